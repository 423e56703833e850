package id.plaju.pelita.organization;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to units and employees. Headcounts are aggregated in the database. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OrganizationService {

    private final UnitRepository units;
    private final EmployeeRepository employees;

    OrganizationService(UnitRepository units, EmployeeRepository employees) {
        this.units = units;
        this.employees = employees;
    }

    /** Active employees per active unit, largest first; units without staff are left out. */
    public List<UnitHeadcount> headcountPerUnit() {
        return units.headcountPerUnit();
    }

    public long countActiveEmployees() {
        return employees.countByActiveTrue();
    }
}
