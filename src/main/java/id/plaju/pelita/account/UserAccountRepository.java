package id.plaju.pelita.account;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByEmployeeId(Long employeeId);

    @Query("select count(distinct a) from UserAccount a join a.roles r where r = :role and a.enabled = true")
    long countEnabledWithRole(String role);

    @Query("""
            select a from UserAccount a
            where lower(a.username) like :pattern escape '!' or lower(a.displayName) like :pattern escape '!'""")
    Page<UserAccount> search(String pattern, Pageable pageable);

    @Query("""
            select count(a) from UserAccount a
            where lower(a.username) like :pattern escape '!' or lower(a.displayName) like :pattern escape '!'""")
    long countSearch(String pattern);
}
