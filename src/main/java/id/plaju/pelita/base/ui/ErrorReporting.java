package id.plaju.pelita.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The one error handler of every session: a failure in a click, a value change or any other event
 * becomes a notification in the user's language ({@link Failure}); the page stays as it was.
 * Failures while opening a page go to {@link FailureView} instead.
 */
@Component
class ErrorReporting implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ErrorReporting::report));
        // a session that has ended (signed out elsewhere, account disabled, password or roles changed)
        // reloads the page at once, which lands on the sign-in page, instead of showing a notice
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }

    static void report(ErrorEvent event) {
        Failure failure = Failure.of(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notifications.error(ui.getTranslation(failure.key(), failure.arguments()));
        }
    }
}
