package id.plaju.pelita.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.plaju.pelita.base.UserFacingException;

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
        try {
            action.run();
            return true;
        } catch (UserFacingException refusal) {
            error(owner, refusal);
            return false;
        }
    }

    /** Shows the refusal in the language of {@code where}. */
    public static void error(Component where, UserFacingException refusal) {
        error(where.getTranslation(refusal.getTranslationKey(), refusal.getArguments()));
    }
}
