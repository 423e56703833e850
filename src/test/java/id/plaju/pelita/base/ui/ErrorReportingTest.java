package id.plaju.pelita.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import id.plaju.pelita.PelitaSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.security.test.context.support.WithUserDetails;

/** A failure in an event and on opening a page reaches the user as a message with an incident id. */
@PelitaSpringTest
class ErrorReportingTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void aFailureInAClickBecomesANotificationWithAnIncidentId() {
        UI.getCurrent().navigate("dashboard");
        ErrorReporting.report(new ErrorEvent(new BadSqlGrammarException("load", "select * from secret_table",
                new java.sql.SQLSyntaxErrorException("near 'wherea.status'"))));

        String text = test(find(Notification.class).single()).getText();
        assertThat(text).startsWith("Maaf, terjadi kesalahan yang tidak terduga. Sebutkan kode insiden ")
                .doesNotContain("secret_table").doesNotContain("wherea").doesNotContain("error.");
        assertThat(text).containsPattern("[0-9A-Z]{4}-[0-9A-Z]{4}");
    }

    @Test
    @WithUserDetails("admin")
    void everySessionUsesThePortalsErrorHandler() {
        assertThat(VaadinSession.getCurrent().getErrorHandler().getClass().getName())
                .contains(ErrorReporting.class.getSimpleName());
    }

    @Test
    @WithUserDetails("pegawai")
    void aPageThatCannotOpenShowsTheReasonNotTheException() {
        FailureView view = new FailureView();
        UI.getCurrent().add(view);
        view.setErrorParameter(null, new com.vaadin.flow.router.ErrorParameter<>(Exception.class,
                new IllegalStateException("java.sql.SQLException: Data too long for column 'name'")));

        String text = find(Paragraph.class).withId("failure-text").single().getText();
        assertThat(text).contains("kode insiden").doesNotContain("SQL").doesNotContain("Data too long");
    }
}
