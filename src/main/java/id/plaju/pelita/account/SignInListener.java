package id.plaju.pelita.account;

import id.plaju.pelita.security.LockoutProperties;
import id.plaju.pelita.security.audit.AuditAction;
import id.plaju.pelita.security.audit.AuditService;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits every sign-in attempt and keeps the failed-login count: a wrong password counts, a
 * success resets it, the fifth failure in a row locks the account (see {@link LockoutProperties}).
 * Attempts on unknown usernames are audited too, but there is no account to count them on.
 */
@Component
class SignInListener {

    private final UserAccountRepository accounts;
    private final AuditService audit;
    private final LockoutProperties lockout;
    private final Clock clock;

    SignInListener(UserAccountRepository accounts, AuditService audit, LockoutProperties lockout, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.lockout = lockout;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        accounts.findByUsername(auth.getName()).ifPresent(UserAccount::recordSuccessfulLogin);
        audit.recordAs(auth.getName(), AuditAction.LOGIN, auth.getName(), null, remoteAddress(auth));
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        String username = auth.getName() == null ? "" : auth.getName().strip();
        String address = remoteAddress(auth);
        audit.recordAs(username, AuditAction.LOGIN_FAILED, username, event.getException().getClass().getSimpleName(),
                address);
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            accounts.findByUsername(username).ifPresent(account -> {
                if (account.recordFailedLogin(lockout.maxFailures(), lockout.duration(), Instant.now(clock))) {
                    audit.recordAs(username, AuditAction.ACCOUNT_LOCKED, username,
                            "until " + account.getLockedUntil(), address);
                }
            });
        }
    }

    private static String remoteAddress(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
