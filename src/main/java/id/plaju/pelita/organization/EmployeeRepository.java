package id.plaju.pelita.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface EmployeeRepository extends JpaRepository<Employee, Long>, JpaSpecificationExecutor<Employee> {

    Optional<Employee> findByNip(String nip);

    @Query("select e.nip from Employee e where e.nip in :nips")
    List<String> findExistingNips(Collection<String> nips);

    @Override
    @EntityGraph(attributePaths = "unit")
    Page<Employee> findAll(Specification<Employee> specification, Pageable pageable);
}
