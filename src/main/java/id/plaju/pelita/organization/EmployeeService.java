package id.plaju.pelita.organization;

import id.plaju.pelita.base.Like;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.security.audit.AuditAction;
import id.plaju.pelita.security.audit.AuditService;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The employee registry. Lists are scoped: admins see everyone, heads the staff of their units
 * (and sub-units), in the query itself; a unit filter outside the caller's scope is refused.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
public class EmployeeService {

    private final EmployeeRepository employees;
    private final UnitRepository units;
    private final UnitScopeService scope;
    private final AuditService audit;

    EmployeeService(EmployeeRepository employees, UnitRepository units, UnitScopeService scope, AuditService audit) {
        this.employees = employees;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
    }

    public Page<EmployeeRow> page(EmployeeFilter filter, Pageable pageable) {
        return employees.findAll(specification(filter), pageable).map(EmployeeRow::of);
    }

    public long count(EmployeeFilter filter) {
        return employees.count(specification(filter));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public EmployeeRow get(long id) {
        return employees.findById(id).map(EmployeeRow::of)
                .orElseThrow(() -> new UserFacingException("employee.error.not-found"));
    }

    /** Creates ({@code id == null}) or updates an employee; every rule is checked first. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public EmployeeRow save(Long id, EmployeeData data) {
        List<EmployeeProblem> problems = new ArrayList<>(EmployeeValidator.validate(data));
        Unit unit = data.unitId() == null ? null : units.findById(data.unitId()).orElse(null);
        if (data.unitId() != null && unit == null) {
            problems.add(new EmployeeProblem(EmployeeProblem.Field.UNIT, "employee.error.unit-unknown"));
        }
        if (Nip.isValid(data.nip())) {
            employees.findByNip(data.nip().strip()).filter(other -> !other.getId().equals(id)).ifPresent(other ->
                    problems.add(new EmployeeProblem(EmployeeProblem.Field.NIP, "employee.error.nip-taken",
                            other.getFullName())));
        }
        if (!problems.isEmpty()) {
            throw new EmployeeValidationException(problems);
        }
        Employee employee;
        if (id == null) {
            employee = employees.save(new Employee(data, unit));
            audit.record(AuditAction.EMPLOYEE_CREATED, employee.getNip(), employee.getFullName());
        } else {
            employee = employees.findById(id).orElseThrow(() -> new UserFacingException("employee.error.not-found"));
            employee.apply(data, unit);
            audit.record(AuditAction.EMPLOYEE_CHANGED, employee.getNip(), employee.getFullName());
        }
        return EmployeeRow.of(employee);
    }

    private Specification<Employee> specification(EmployeeFilter filter) {
        Set<Long> unitIds;
        if (filter.unitId() != null) {
            scope.requireVisible(filter.unitId());
            unitIds = scope.withDescendants(List.of(filter.unitId()));
        } else {
            unitIds = scope.seesAllUnits() ? null : scope.visibleUnitIds();
        }
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (unitIds != null) {
                predicates.add(unitIds.isEmpty() ? cb.disjunction() : root.get("unit").get("id").in(unitIds));
            }
            if (StringUtils.hasText(filter.text())) {
                String text = filter.text().strip().toLowerCase(Locale.ROOT);
                predicates.add(cb.or(cb.like(root.get("nip"), Like.startsWith(text), Like.ESCAPE),
                        cb.like(cb.lower(root.get("fullName")), Like.contains(text), Like.ESCAPE)));
            }
            if (filter.golongan() != null) {
                predicates.add(cb.equal(root.get("golongan"), filter.golongan()));
            }
            if (filter.active() != null) {
                predicates.add(cb.equal(root.get("active"), filter.active()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
