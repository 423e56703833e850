package id.plaju.pelita.organization;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmployeeRepository extends JpaRepository<Employee, Long> {

    long countByActiveTrue();
}
