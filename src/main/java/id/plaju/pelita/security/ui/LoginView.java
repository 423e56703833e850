package id.plaju.pelita.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.plaju.pelita.security.LockoutProperties;
import id.plaju.pelita.security.SignIn;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/** The sign-in page at {@code /login}; Spring Security processes the form post. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    private final long lockMinutes;

    private final SignIn signIn;

    public LoginView(LockoutProperties lockout, SignIn signIn) {
        this.lockMinutes = lockout.duration().toMinutes();
        this.signIn = signIn;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        copyForm(i18n);
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        // no form action: the form fires a login event in a Vaadin request (CSRF-protected)
        login.addLoginListener(event -> attempt(event.getUsername(), event.getPassword()));

        H1 brand = new H1("PELITA");
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("login-tagline");
        Div header = new Div(brand, tagline);
        header.addClassName("login-header");
        add(header, login);
    }

    private void attempt(String username, String password) {
        try {
            String next = signIn.signIn(username, password);
            getUI().ifPresent(ui -> ui.getPage().setLocation(next));
        } catch (LockedException locked) {
            refused(getTranslation("login.locked.title"), getTranslation("login.locked.message", lockMinutes));
        } catch (AuthenticationException wrong) {
            refused(getTranslation("login.error.title"), getTranslation("login.error.message"));
        }
    }

    /** The refusal shown in place, above the form, which is ready for the next try. */
    private void refused(String title, String message) {
        LoginI18n i18n = LoginI18n.createDefault();
        copyForm(i18n);
        i18n.getErrorMessage().setTitle(title);
        i18n.getErrorMessage().setMessage(message);
        login.setI18n(i18n);
        login.setError(true);
        login.setEnabled(true);
    }

    private void copyForm(LoginI18n i18n) {
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password-required"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
