package id.plaju.pelita.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import id.plaju.pelita.PelitaSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@PelitaSpringTest
class SurveyViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("pegawai")
    void theSurveysPageListsTheOpenRoundAndTheEvaluations() {
        SurveysView view = navigate(SurveysView.class);
        assertThat(view.openRounds.getElement().getTextRecursively()).contains("Akhir Tahun 2026");
        assertThat(view.pending.getElement().getTextRecursively()).isNotBlank();
    }

    @Test
    @WithUserDetails("kepala")
    void aHeadSeesResponseRatesOfTheirUnitOnly() {
        ResponseRateView view = navigate(ResponseRateView.class);
        assertThat(view.round.getValue()).isNotNull();
        assertThat(test(view.panel.rates).size()).isEqualTo(1);
        assertThat(test(view.panel.rates).getRow(0).unitName()).isEqualTo("Kelurahan Plaju Ulu");
        assertThat(view.panel.missing.getElement().getTextRecursively()).contains("Kelurahan Plaju Ulu");
    }

    @Test
    @WithUserDetails("pegawai")
    void employeesDoNotSeeRatesOrRounds() {
        for (String route : new String[] {"surveys/rates", "admin/rounds", "admin/instruments"}) {
            UI.getCurrent().navigate(route);
            assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).as(route).contains("Error");
        }
    }

    @Test
    @WithUserDetails("admin")
    void adminsSeeRoundsAndTheInstrumentItems() {
        RoundAdminView rounds = navigate(RoundAdminView.class);
        assertThat(test(rounds.grid).size()).isEqualTo(
                jdbc.sql("select count(*) from survey_round").query(Integer.class).single());
        InstrumentAdminView instruments = navigate(InstrumentAdminView.class);
        assertThat(test(instruments.items).size()).isEqualTo(20);
        assertThat(instruments.publish.isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("pegawai")
    void theFillViewStartsWithWhatHappensToTheAnswers() {
        long round = jdbc.sql("select id from survey_round where status = 'OPEN'").query(Long.class).single();
        SurveyFillView view = navigate(SurveyFillView.class, round);
        assertThat(view.stage.getElement().getTextRecursively()).contains("Jawaban Anda rahasia");
        Button start = find(Button.class).withId("survey-start").single();
        test(start).click();
        assertThat(view.progressText.getText()).isEqualTo("0 dari 20 pernyataan terjawab");
    }
}
