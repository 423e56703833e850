package id.plaju.pelita.learning;

import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.PelitaUser;

/** The employee record of the signed-in user, for the services that act for "me". */
final class Me {

    private Me() {
    }

    static long employeeId() {
        return CurrentUser.principal().map(PelitaUser::getEmployeeId)
                .orElseThrow(() -> new UserFacingException("training.error.no-employee"));
    }

    static String username() {
        return CurrentUser.username().orElseThrow();
    }
}
