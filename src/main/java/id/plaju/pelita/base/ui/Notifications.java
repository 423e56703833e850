package id.plaju.pelita.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.plaju.pelita.base.UserFacingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The two kinds of notification PELITA shows: a confirmation and a refusal the user can act on. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification notification = Notification.show(text, 7000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Runs an action the user asked for; a refusal is shown in the user's language instead of
     * escaping as an error.
     *
     * @return whether the action succeeded
     */
    public static boolean attempt(Component owner, Runnable action) {
        return attempt(owner, null, action);
    }

    /**
     * Like {@link #attempt(Component, Runnable)}; a value the service's Bean Validation refuses (a
     * text longer than its column, say) is also marked on the field of {@code form} that carries
     * the same label, with the message under it.
     */
    public static boolean attempt(Component owner, Component form, Runnable action) {
        try {
            action.run();
            return true;
        } catch (UserFacingException refusal) {
            error(owner, refusal);
            return false;
        } catch (ConstraintViolationException invalid) {
            // on the field where it has one (a notification in the middle would cover it), else here
            List<String> unmarked = new ArrayList<>();
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                String text = message(owner, violation);
                if (form == null || !mark(form, owner.getTranslation(violation.getMessage()), text)) {
                    unmarked.add(text);
                }
            }
            if (!unmarked.isEmpty()) {
                error(String.join(" · ", unmarked));
            }
            return false;
        }
    }

    /** "Nama unit: paling banyak 150 karakter (sekarang 10000)"; the constraint's message is the field's label key. */
    static String message(Component owner, ConstraintViolation<?> violation) {
        String label = owner.getTranslation(violation.getMessage());
        if (violation.getConstraintDescriptor().getAnnotation() instanceof Size size) {
            int now = violation.getInvalidValue() instanceof CharSequence text ? text.length() : 0;
            return owner.getTranslation("error.too-long", label, size.max(), now);
        }
        return owner.getTranslation("error.invalid-input", label);
    }

    /** @return whether a field of {@code form} with that label was found and marked */
    private static boolean mark(Component form, String label, String text) {
        boolean marked = false;
        for (Component child : form.getChildren().toList()) {
            if (child instanceof HasValidation field && child instanceof HasLabel labelled
                    && label.equals(labelled.getLabel())) {
                field.setErrorMessage(text);
                field.setInvalid(true);
                marked = true;
            }
            marked |= mark(child, label, text);
        }
        return marked;
    }

    /** Shows the refusal in the language of {@code where}. */
    public static void error(Component where, UserFacingException refusal) {
        error(where.getTranslation(refusal.getTranslationKey(), refusal.getArguments()));
    }
}
