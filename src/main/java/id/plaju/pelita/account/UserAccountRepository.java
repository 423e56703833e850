package id.plaju.pelita.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    @Query("select count(distinct a) from UserAccount a join a.roles r where r = :role and a.enabled = true")
    long countEnabledWithRole(String role);
}
