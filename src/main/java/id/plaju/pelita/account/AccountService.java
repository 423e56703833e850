package id.plaju.pelita.account;

import id.plaju.pelita.base.Like;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.organization.EmployeeRow;
import id.plaju.pelita.organization.EmployeeService;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.SessionStampFilter;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.security.audit.AuditAction;
import id.plaju.pelita.security.audit.AuditService;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Administration of sign-in accounts: create for an employee, roles and headed units, enable and
 * disable, unlock, reset password — each audited. The last enabled administrator can neither lose
 * the role nor be disabled. Every user may change their own password.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_ADMIN)
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,60}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final EmployeeService employees;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditService audit;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, EmployeeService employees, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, AuditService audit, Clock clock) {
        this.accounts = accounts;
        this.employees = employees;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of accounts whose username or name contains {@code text}, for a lazy grid. */
    public Page<AccountSummary> page(String text, Pageable pageable) {
        Instant now = Instant.now(clock);
        Page<UserAccount> page = StringUtils.hasText(text)
                ? accounts.search(Like.contains(text.strip().toLowerCase(Locale.ROOT)), pageable)
                : accounts.findAll(pageable);
        return page.map(a -> AccountSummary.of(a, now));
    }

    public Page<AccountSummary> page(Pageable pageable) {
        return page(null, pageable);
    }

    public long count() {
        return accounts.count();
    }

    public long count(String text) {
        return StringUtils.hasText(text)
                ? accounts.countSearch(Like.contains(text.strip().toLowerCase(Locale.ROOT))) : accounts.count();
    }

    /**
     * Creates an account for an employee with a temporary password that must be changed at first
     * sign-in. The username defaults to the employee's NIP.
     */
    @Transactional
    public TemporaryPassword create(long employeeId, String username, Collection<String> roles,
            Collection<Long> headedUnitIds) {
        EmployeeRow employee = employees.get(employeeId);
        String name = StringUtils.hasText(username) ? username.strip() : employee.nip();
        if (!USERNAME.matcher(name).matches()) {
            throw new UserFacingException("account.error.username-format");
        }
        if (accounts.existsByUsername(name)) {
            throw new UserFacingException("account.error.username-taken", name);
        }
        if (accounts.existsByEmployeeId(employeeId)) {
            throw new UserFacingException("account.error.employee-has-account", employee.fullName());
        }
        Set<String> cleanRoles = checkRoles(roles, headedUnitIds);
        String password = randomPassword();
        UserAccount account = new UserAccount(name, passwordEncoder.encode(password), employee.fullName(), cleanRoles);
        account.linkEmployee(employeeId);
        account.setHeadedUnitIds(cleanRoles.contains(Roles.HEAD) ? headedUnitIds : List.of());
        account.requirePasswordChange();
        accounts.save(account);
        audit.record(AuditAction.ACCOUNT_CREATED, name, "roles " + cleanRoles + ", units " + account.getHeadedUnitIds());
        return new TemporaryPassword(name, password);
    }

    /** Sets roles and, for HEAD, the headed units; effective at the user's next sign-in. */
    @Transactional
    public void updateRoles(long accountId, Collection<String> roles, Collection<Long> headedUnitIds) {
        UserAccount account = load(accountId);
        Set<String> cleanRoles = checkRoles(roles, headedUnitIds);
        if (account.getRoles().contains(Roles.ADMIN) && !cleanRoles.contains(Roles.ADMIN) && isLastAdmin(account)) {
            throw new UserFacingException("account.error.last-admin");
        }
        Set<Long> cleanUnits = cleanRoles.contains(Roles.HEAD) ? new TreeSet<>(headedUnitIds) : Set.of();
        if (!account.getRoles().equals(cleanRoles)) {
            audit.record(AuditAction.ROLES_CHANGED, account.getUsername(),
                    new TreeSet<>(account.getRoles()) + " → " + cleanRoles);
            account.setRoles(cleanRoles);
        }
        if (!account.getHeadedUnitIds().equals(cleanUnits)) {
            audit.record(AuditAction.HEAD_UNITS_CHANGED, account.getUsername(),
                    new TreeSet<>(account.getHeadedUnitIds()) + " → " + cleanUnits);
            account.setHeadedUnitIds(cleanUnits);
        }
    }

    @Transactional
    public void setEnabled(long accountId, boolean enabled) {
        UserAccount account = load(accountId);
        if (account.isEnabled() == enabled) {
            return;
        }
        if (!enabled && account.getRoles().contains(Roles.ADMIN) && isLastAdmin(account)) {
            throw new UserFacingException("account.error.last-admin");
        }
        account.setEnabled(enabled);
        audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, account.getUsername(), null);
    }

    @Transactional
    public void unlock(long accountId) {
        UserAccount account = load(accountId);
        account.unlock();
        audit.record(AuditAction.ACCOUNT_UNLOCKED, account.getUsername(), null);
    }

    /** A new temporary password, shown once; the user must change it at the next sign-in. */
    @Transactional
    public TemporaryPassword resetPassword(long accountId) {
        UserAccount account = load(accountId);
        String password = randomPassword();
        account.setPassword(passwordEncoder.encode(password), true);
        account.unlock();
        audit.record(AuditAction.PASSWORD_RESET, account.getUsername(), null);
        return new TemporaryPassword(account.getUsername(), password);
    }

    /** The signed-in user changes their own password. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = CurrentUser.username().flatMap(accounts::findByUsername)
                .orElseThrow(() -> new UserFacingException("account.error.not-found"));
        if (currentPassword == null || currentPassword.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES
                || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new UserFacingException("password.error.current-wrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new UserFacingException("password.error.same");
        }
        passwordPolicy.check(account.getUsername(), newPassword);
        account.setPassword(passwordEncoder.encode(newPassword), false);
        // every other session of the account ends; this one goes on under the new stamp
        SessionStampFilter.keepCurrentSession(account.getSecurityStamp());
        audit.record(AuditAction.PASSWORD_CHANGED, account.getUsername(), null);
    }

    /** Whether the signed-in user still has to replace a temporary password. */
    @PreAuthorize("isAuthenticated()")
    public boolean mustChangeOwnPassword() {
        return CurrentUser.username().flatMap(accounts::findByUsername)
                .map(UserAccount::isMustChangePassword).orElse(false);
    }

    static String randomPassword() {
        StringBuilder sb = new StringBuilder(14);
        for (int i = 0; i < 14; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private boolean isLastAdmin(UserAccount account) {
        return account.isEnabled() && accounts.countEnabledWithRole(Roles.ADMIN) <= 1;
    }

    private static Set<String> checkRoles(Collection<String> roles, Collection<Long> headedUnitIds) {
        Set<String> clean = new TreeSet<>(roles == null ? List.of() : roles);
        if (clean.isEmpty()) {
            throw new UserFacingException("account.error.role-required");
        }
        if (!Roles.ALL.containsAll(clean)) {
            throw new UserFacingException("account.error.role-unknown");
        }
        if (clean.contains(Roles.HEAD) && (headedUnitIds == null || headedUnitIds.isEmpty())) {
            throw new UserFacingException("account.error.head-needs-unit");
        }
        return clean;
    }

    private UserAccount load(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new UserFacingException("account.error.not-found"));
    }
}
