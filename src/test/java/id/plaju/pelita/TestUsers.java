package id.plaju.pelita;

import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.security.Roles;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signed-in users a test can be, without an account in the database. */
public final class TestUsers {

    private TestUsers() {
    }

    public static PelitaUser admin() {
        return user("test-admin", Roles.ADMIN, null, Set.of());
    }

    public static PelitaUser head(String name, Set<Long> headedUnits) {
        return user(name, Roles.HEAD, null, headedUnits);
    }

    public static PelitaUser employee(long employeeId) {
        return user("e" + employeeId, Roles.EMPLOYEE, employeeId, Set.of());
    }

    public static void signIn(PelitaUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** Runs a step as an admin (closing a fixture's rounds, say), then restores whoever was signed in. */
    public static void asAdmin(Runnable step) {
        SecurityContext before = SecurityContextHolder.getContext();
        signIn(admin());
        try {
            step.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private static PelitaUser user(String name, String role, Long employeeId, Set<Long> headedUnits) {
        return new PelitaUser(name, "", true, true, List.of(new SimpleGrantedAuthority("ROLE_" + role)), employeeId,
                headedUnits, false);
    }
}
