package id.plaju.pelita.security;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user as Spring Security holds it: besides username and roles, the employee the
 * account belongs to (if any) and the units it heads. Read by the scoping rules, so that a head's
 * scope does not need a database look-up of the account on every query.
 */
public class PelitaUser extends User {

    private final Long employeeId;
    private final Set<Long> headedUnitIds;
    private final boolean mustChangePassword;
    private final long securityStamp;

    /** A user not backed by a stored account (tests, the demo-data loader): its sessions are not stamped. */
    public PelitaUser(String username, String password, boolean enabled, boolean accountNonLocked,
            Collection<? extends GrantedAuthority> authorities, Long employeeId, Set<Long> headedUnitIds,
            boolean mustChangePassword) {
        this(username, password, enabled, accountNonLocked, authorities, employeeId, headedUnitIds, mustChangePassword,
                UNSTAMPED);
    }

    /** @param securityStamp the account's stamp at sign-in; its sessions end when the stored stamp moves on */
    public PelitaUser(String username, String password, boolean enabled, boolean accountNonLocked,
            Collection<? extends GrantedAuthority> authorities, Long employeeId, Set<Long> headedUnitIds,
            boolean mustChangePassword, long securityStamp) {
        super(username, password, enabled, true, true, accountNonLocked, authorities);
        this.employeeId = employeeId;
        this.headedUnitIds = Set.copyOf(headedUnitIds);
        this.mustChangePassword = mustChangePassword;
        this.securityStamp = securityStamp;
    }

    public static final long UNSTAMPED = -1;

    public long getSecurityStamp() {
        return securityStamp;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public Set<Long> getHeadedUnitIds() {
        return headedUnitIds;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }
}
