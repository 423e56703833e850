package id.plaju.pelita.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import id.plaju.pelita.account.AccountService;
import id.plaju.pelita.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Sends a user who signed in with a temporary password to {@link ChangePasswordView} whatever
 * page they ask for, until the password is changed. Checked once per session after that.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    static final String CHECKED = PasswordChangeGuard.class.getName() + ".checked";

    private final AccountService accounts;

    PasswordChangeGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || Boolean.TRUE.equals(session.getAttribute(CHECKED))
                || event.getNavigationTarget() == ChangePasswordView.class || CurrentUser.authentication().isEmpty()) {
            return;
        }
        if (accounts.mustChangeOwnPassword()) {
            event.forwardTo(ChangePasswordView.class);
        } else {
            session.setAttribute(CHECKED, Boolean.TRUE);
        }
    }
}
