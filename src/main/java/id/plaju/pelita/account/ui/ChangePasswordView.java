package id.plaju.pelita.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import id.plaju.pelita.account.AccountService;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.base.ui.Notifications;
import jakarta.annotation.security.PermitAll;

/**
 * Every user changes their own password here; a user with a temporary password (new account,
 * reset by an admin) is sent here until they have.
 */
@Route("change-password")
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    ChangePasswordView(AccountService accounts) {
        setMaxWidth("560px");
        if (accounts.mustChangeOwnPassword()) {
            Paragraph must = new Paragraph(getTranslation("password.must-change"));
            must.setId("must-change");
            must.addClassName("problem");
            add(must);
        }
        current.setLabel(getTranslation("password.current"));
        current.setId("password-current");
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setId("password-new");
        newPassword.setHelperText(getTranslation("password.rules", 10));
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("password-repeat");
        save.setText(getTranslation("password.save"));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            newPassword.setInvalid(false);
            repeat.setInvalid(false);
            current.setInvalid(false);
            if (!newPassword.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.error.repeat"));
                repeat.setInvalid(true);
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), newPassword.getValue());
                VaadinSession.getCurrent().setAttribute(PasswordChangeGuard.CHECKED, Boolean.TRUE);
                Notifications.success(getTranslation("password.changed"));
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (UserFacingException ex) {
                PasswordField field = ex.getTranslationKey().equals("password.error.current-wrong") ? current : newPassword;
                field.setErrorMessage(getTranslation(ex.getTranslationKey(), ex.getArguments()));
                field.setInvalid(true);
            }
        });
        FormLayout form = new FormLayout(current, newPassword, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
