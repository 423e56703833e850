package id.plaju.pelita.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.plaju.pelita.account.TemporaryPassword;

/** Shows a temporary password once; it is not stored anywhere it could be read again. */
class TemporaryPasswordDialog extends Dialog {

    TemporaryPasswordDialog(TemporaryPassword temporary) {
        setHeaderTitle(getTranslation("users.temporary.title"));
        Span password = new Span(temporary.password());
        password.setId("temporary-password");
        password.addClassName("temporary-password");
        add(new Paragraph(getTranslation("users.temporary.text", temporary.username())), password,
                new Paragraph(getTranslation("users.temporary.once")));
        Button ok = new Button(getTranslation("action.close"), e -> close());
        ok.setId("temporary-close");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(ok);
        setCloseOnOutsideClick(false);
    }
}
