package id.plaju.pelita.security;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling, read from Spring Security's context. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<Authentication> authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                ? Optional.empty() : Optional.of(auth);
    }

    public static Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    public static boolean hasRole(String role) {
        return authentication().map(a -> a.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + role)::equals)).orElse(false);
    }

    /** The PELITA principal, when the caller signed in through the account store. */
    public static Optional<PelitaUser> principal() {
        return authentication().map(Authentication::getPrincipal)
                .filter(PelitaUser.class::isInstance).map(PelitaUser.class::cast);
    }

    public static Set<Long> headedUnitIds() {
        return principal().map(PelitaUser::getHeadedUnitIds).orElse(Set.of());
    }
}
