package id.plaju.pelita.account;

import id.plaju.pelita.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A sign-in account. Linked to an employee by id only (an admin account need not be one); the
 * units a HEAD heads are kept as unit ids, so the account feature does not depend on the
 * organization feature.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 150)
    private String displayName;

    @Column(name = "employee_id")
    private Long employeeId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "preferred_locale", length = 10)
    private String preferredLocale;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    /** Raised to end every open session of the account (see {@code SessionStampFilter}). */
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role", length = 20)
    private Set<String> roles = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_head_unit", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "unit_id")
    private Set<Long> headedUnitIds = new TreeSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, Collection<String> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles.addAll(roles);
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getSecurityStamp() {
        return securityStamp;
    }

    /** Ends every open session of this account at its next request, on every instance. */
    public void endSessions() {
        securityStamp++;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public void setPreferredLocale(String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        endSessions();
    }

    void setRoles(Collection<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
        endSessions();
    }

    void setHeadedUnitIds(Collection<Long> unitIds) {
        this.headedUnitIds.clear();
        this.headedUnitIds.addAll(unitIds);
        endSessions();
    }

    void setPassword(String passwordHash, boolean mustChangePassword) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        endSessions();
    }

    void linkEmployee(Long employeeId) {
        this.employeeId = employeeId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public Set<Long> getHeadedUnitIds() {
        return Set.copyOf(headedUnitIds);
    }
}
