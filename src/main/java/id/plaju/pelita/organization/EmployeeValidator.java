package id.plaju.pelita.organization;

import java.util.ArrayList;
import java.util.List;
import org.springframework.util.StringUtils;

/**
 * The rules employee data must follow, in one place for the form and the import. Rules that need
 * the database (unknown unit, NIP already taken) are checked by the services.
 */
final class EmployeeValidator {

    private EmployeeValidator() {
    }

    static List<EmployeeProblem> validate(EmployeeData data) {
        List<EmployeeProblem> problems = new ArrayList<>();
        Nip.Problem nip = Nip.validate(data.nip());
        if (nip != null) {
            problems.add(new EmployeeProblem(EmployeeProblem.Field.NIP, nip.translationKey()));
        }
        if (!StringUtils.hasText(data.fullName())) {
            problems.add(new EmployeeProblem(EmployeeProblem.Field.FULL_NAME, "employee.error.name-required"));
        } else if (data.fullName().strip().length() > 150) {
            problems.add(new EmployeeProblem(EmployeeProblem.Field.FULL_NAME, "employee.error.too-long", 150));
        }
        if (data.employmentType() == null) {
            problems.add(new EmployeeProblem(EmployeeProblem.Field.EMPLOYMENT_TYPE, "employee.error.type-required"));
        } else if (data.employmentType() == EmploymentType.PNS && data.golongan() == null) {
            problems.add(new EmployeeProblem(EmployeeProblem.Field.GOLONGAN, "employee.error.golongan-required"));
        }
        if (data.positionFamily() == null) {
            problems.add(new EmployeeProblem(EmployeeProblem.Field.POSITION_FAMILY, "employee.error.family-required"));
        } else if (data.positionFamily() == PositionFamily.PELAKSANA) {
            if (data.positionLevel() != null) {
                problems.add(new EmployeeProblem(EmployeeProblem.Field.POSITION_LEVEL, "employee.error.level-not-allowed"));
            }
        } else if (data.positionLevel() == null) {
            problems.add(new EmployeeProblem(EmployeeProblem.Field.POSITION_LEVEL, "employee.error.level-required"));
        } else if (data.positionLevel().family() != data.positionFamily()) {
            problems.add(new EmployeeProblem(EmployeeProblem.Field.POSITION_LEVEL, "employee.error.level-mismatch"));
        }
        if (!StringUtils.hasText(data.positionTitle())) {
            problems.add(new EmployeeProblem(EmployeeProblem.Field.POSITION_TITLE, "employee.error.title-required"));
        } else if (data.positionTitle().strip().length() > 150) {
            problems.add(new EmployeeProblem(EmployeeProblem.Field.POSITION_TITLE, "employee.error.too-long", 150));
        }
        if (data.unitId() == null) {
            problems.add(new EmployeeProblem(EmployeeProblem.Field.UNIT, "employee.error.unit-required"));
        }
        return problems;
    }
}
