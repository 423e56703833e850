package id.plaju.pelita.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * The form dialog every admin page uses: content, Cancel and Save. Save runs the action; on
 * success it confirms, closes and calls {@code afterSave}; a refusal is shown and the dialog stays
 * open with what the user typed.
 */
public final class SaveDialog {

    private SaveDialog() {
    }

    public static Dialog open(Component owner, String title, Component content, String saveId, Runnable save,
            String confirmation, Runnable afterSave) {
        Dialog dialog = new Dialog(title);
        dialog.setWidth("min(720px, 100vw)");
        dialog.add(content);
        Button ok = new Button(owner.getTranslation("action.save"), e -> {
            if (Notifications.attempt(owner, content, save)) {
                dialog.close();
                Notifications.success(confirmation);
                afterSave.run();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId(saveId);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
        return dialog;
    }
}
