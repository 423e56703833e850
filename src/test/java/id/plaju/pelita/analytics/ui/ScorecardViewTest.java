package id.plaju.pelita.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import id.plaju.pelita.PelitaSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The programme scorecard and its curriculum reviews, as the camat, the admin and a head use them. */
@PelitaSpringTest
@Transactional
class ScorecardViewTest extends SpringBrowserlessTest {

    static final String FLAGGED = "Teori Administrasi Publik Lanjutan";

    @Autowired
    JdbcClient jdbc;

    private long flagged() {
        return jdbc.sql("select id from training_programme where title = ? and revises_id is null").param(FLAGGED).query(Long.class).single();
    }

    private long review() {
        return jdbc.sql("select id from curriculum_review where programme_id = ?").param(flagged()).query(Long.class)
                .single();
    }

    private ScorecardView open(long programme) {
        return navigate(ScorecardView.address(programme), ScorecardView.class);
    }

    private String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("camat")
    void theCamatFindsTheProgrammeAppliedLeastAndItsReviewUnderWay() {
        DashboardView dashboard = navigate(DashboardView.class);
        // the demo's follow-ups fall in last year's sessions early in a year: use the year the chain has data for
        if (!dashboard.lowestApplication.isVisible()) {
            dashboard.year.setValue(dashboard.year.getListDataView().getItem(1));
        }
        assertThat(dashboard.lowestApplication.isVisible()).isTrue();
        assertThat(text(dashboard.lowestApplication)).contains(FLAGGED, "sedang berjalan", "revisi");
        RouterLink link = find(RouterLink.class).withId("lowest-application-scorecard").single();
        ScorecardView view = navigate(link.getHref(), ScorecardView.class);

        assertThat(view.scorecard.newest().version().id()).isEqualTo(flagged());
        assertThat(test(view.table).size()).isGreaterThanOrEqualTo(17);
        assertThat(text(view)).contains("korelasi, bukan bukti sebab-akibat", "Subbagian Umum dan Kepegawaian");
        assertThat(view.table.getListDataView().getItems().map(ScorecardView.Line::label))
                .contains("Penerapan: tindakan sudah dilakukan", "Pembelajaran: kenaikan (poin)")
                .anyMatch(label -> label.matches("Kinerja 20\\d\\d: alumni dengan predikat Baik ke atas"));
        assertThat(view.table.getListDataView().getItems().filter(l -> l.key().equals("application")).findFirst()
                .orElseThrow().values().getFirst()).endsWith("%");
        assertThat(text(view.flags)).contains("penerapan rendah");
        assertThat(find(Button.class).withId("review-edit-" + review()).all()).as("heads only read").isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void anAdminEditsTheReviewAndAnEmptyOwnerIsMarkedOnTheField() {
        ScorecardView view = open(flagged());
        long review = review();
        test(find(Button.class).withId("review-edit-" + review).single()).click();
        ReviewDialog dialog = find(ReviewDialog.class).single();
        dialog.owner.setValue("");
        test(dialog.save).click();
        assertThat(dialog.owner.isInvalid()).isTrue();
        assertThat(dialog.owner.getErrorMessage()).isEqualTo("Isi penanggung jawab.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.sql("select owner from curriculum_review where id = ?").param(review).query(String.class)
                .single()).isEqualTo("Subbagian Umum dan Kepegawaian");

        dialog.owner.setValue("Sekretaris Kecamatan");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.sql("select owner from curriculum_review where id = ?").param(review).query(String.class)
                .single()).isEqualTo("Sekretaris Kecamatan");
        assertThat(text(find(Div.class).withId("review-" + review).single())).contains("Sekretaris Kecamatan");
        assertThat(view.isAttached()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void anAdminRevisesAndTheNewVersionShowsBeforeAndAfter() {
        open(flagged());
        long review = review();
        test(find(Button.class).withId("review-revise-" + review).single()).click();
        ScorecardView revised = (ScorecardView) UI.getCurrent().getCurrentView();
        assertThat(revised.scorecard.versions()).hasSize(2);
        assertThat(revised.scorecard.newest().version().versionNo()).isEqualTo(2);
        assertThat(test(revised.table).getHeaderCell(1)).isEqualTo("Versi 1 (sebelum)");
        assertThat(test(revised.table).getHeaderCell(2)).isEqualTo("Versi 2 (sesudah)");
        assertThat(jdbc.sql("select active from training_programme where id = ?").param(flagged())
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void aFlaggedProgrammeWithoutAnOpenReviewOffersOne() {
        jdbc.sql("update curriculum_review set status = 'DONE', decision = 'KEEP' where programme_id = ?")
                .param(flagged()).update();
        open(flagged());
        test(find(Button.class).withId("review-open").single()).click();
        ReviewDialog dialog = find(ReviewDialog.class).single();
        dialog.owner.setValue("Subbagian Umum");
        dialog.findings.setValue("Studi kasus pelayanan ditambah");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.sql("select count(*) from curriculum_review where programme_id = ? and status = 'OPEN'")
                .param(flagged()).query(Long.class).single()).isOne();
        assertThat(find(Button.class).withId("review-open").all()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void anUnknownProgrammeSaysSo() {
        ScorecardView view = open(99999999L);
        assertThat(view.scorecard).isNull();
        assertThat(text(view)).contains("Program tidak ditemukan");
    }
}
