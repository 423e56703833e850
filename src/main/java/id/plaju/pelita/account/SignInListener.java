package id.plaju.pelita.account;

import id.plaju.pelita.security.audit.AuditAction;
import id.plaju.pelita.security.audit.AuditService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Audits every sign-in attempt and starts the failed-login count again after a success (the count
 * itself is kept by {@link LoginAttempts} before each password check). Attempts on unknown
 * usernames are audited too.
 */
@Component
class SignInListener {

    private final LoginAttempts attempts;
    private final AuditService audit;

    SignInListener(LoginAttempts attempts, AuditService audit) {
        this.attempts = attempts;
        this.audit = audit;
    }

    /** Not one transaction with the audit rows: each write commits on its own, so none is lost. */
    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        attempts.succeeded(auth.getName());
        audit.recordAs(auth.getName(), AuditAction.LOGIN, auth.getName(), null, remoteAddress(auth));
    }

    /** Every failed attempt is audited, a refused one on a locked account too; the count is {@link LoginAttempts}'. */
    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        String username = auth.getName() == null ? "" : auth.getName().strip();
        audit.recordAs(username, AuditAction.LOGIN_FAILED, username, event.getException().getClass().getSimpleName(),
                remoteAddress(auth));
    }

    /** The client address the sign-in came from, if it came over the web. */
    static String remoteAddress(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
