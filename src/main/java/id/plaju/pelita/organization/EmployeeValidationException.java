package id.plaju.pelita.organization;

import id.plaju.pelita.base.UserFacingException;
import java.util.List;

/** Employee data that breaks a rule; the view puts each problem on its field. */
public class EmployeeValidationException extends UserFacingException {

    private final transient List<EmployeeProblem> problems;

    EmployeeValidationException(List<EmployeeProblem> problems) {
        super(problems.getFirst().key(), problems.getFirst().args());
        this.problems = List.copyOf(problems);
    }

    public List<EmployeeProblem> getProblems() {
        return problems;
    }
}
