package id.plaju.pelita.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.analytics.PanelData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Riwayat pelatihan as the employee and the head open it on the demo data. */
@PelitaSpringTest
@Transactional
class TranscriptViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("pegawai")
    void anEmployeeSeesTheirYearsAgainst20JpWithACertificatePerSession() {
        TranscriptView view = navigate(TranscriptView.class);
        String text = view.years.getElement().getTextRecursively();
        assertThat(text).contains("JP dari 20 JP");
        long sessions = jdbc.sql("""
                select count(*) from credited_attendance ca join user_account a on a.employee_id = ca.employee_id
                where a.username = 'pegawai'""").query(Long.class).single();
        assertThat(find(Anchor.class).all().stream().filter(a -> a.getId().orElse("").startsWith("certificate-")))
                .hasSize((int) sessions);
        assertThat(find(Anchor.class).withId("transcript-pdf").exists()).isTrue();
        assertThat(view.siasnYear.isAttached()).as("no SIASN export for an employee").isFalse();
    }

    @Test
    @WithUserDetails("kepala")
    void aHeadExportsTheirUnitsForSiasnAndNoOneElses() {
        TranscriptView view = navigate(TranscriptView.class);
        assertThat(view.siasnYear.isAttached()).isTrue();
        view.siasnYear.setValue(view.siasnYear.getListDataView().getItem(1));
        PanelData data = view.siasn();
        assertThat(data.rows()).isNotEmpty();
        var outside = jdbc.sql("""
                select e.nip from employee e join unit u on u.id = e.unit_id where u.name <> 'Kelurahan Plaju Ulu'""")
                .query(String.class).list();
        assertThat(data.rows()).extracting(row -> (String) row.getFirst()).doesNotContainAnyElementsOf(outside);
    }
}
