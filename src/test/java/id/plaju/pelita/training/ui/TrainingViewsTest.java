package id.plaju.pelita.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.training.SessionRow;
import id.plaju.pelita.training.SessionStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@PelitaSpringTest
class TrainingViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("pegawai")
    void theCatalogueShowsUpcomingSessionsAndOffersRegistration() {
        TrainingCatalogView view = navigate(TrainingCatalogView.class);

        assertThat(test(view.grid).size()).isPositive();
        SessionRow first = test(view.grid).getRow(0);
        assertThat(first.status()).isIn(SessionStatus.OPEN, SessionStatus.PLANNED);
        view.grid.select(first);
        assertThat(view.details.isVisible()).isTrue();
        assertThat(view.register.isVisible()).isEqualTo(first.status() == SessionStatus.OPEN && first.myStatus() == null);

        test(view.when).selectItem("Sudah lewat");
        assertThat(test(view.grid).getRow(0).status()).isEqualTo(SessionStatus.DONE);
    }

    @Test
    @WithUserDetails("kepala")
    void aHeadSeesTheJpOfTheirUnitOnly() {
        JpView view = navigate(JpView.class);

        assertThat(test(view.units).size()).isEqualTo(1);
        assertThat(test(view.units).getRow(0).unitName()).isEqualTo("Kelurahan Plaju Ulu");
        assertThat(test(view.staff).size()).isEqualTo(16);
        assertThat(view.pending.isAttached()).isFalse();
    }

    @Test
    @WithUserDetails("pegawai")
    void anEmployeeSeesOwnJpWithoutUnitFigures() {
        JpView view = navigate(JpView.class);
        assertThat(view.mine.getElement().getTextRecursively()).contains("JP pada " + view.year.getValue());
        assertThat(view.units.isAttached()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void anAdminApprovesAPendingActivityAndTheEmployeeSeesItsStatus() {
        activityOfPegawai("Kursus daring uji", "PENDING");
        try {
            JpView view = navigate(JpView.class);
            int pending = test(view.pending).size();
            assertThat(pending).isPositive();
            int row = java.util.stream.IntStream.range(0, pending)
                    .filter(i -> test(view.pending).getRow(i).title().equals("Kursus daring uji")).findFirst().orElseThrow();
            test((Button) test(view.pending).getCellComponent(row, 4).getChildren().findFirst().orElseThrow()).click();

            assertThat(test(view.pending).size()).isEqualTo(pending - 1);
            assertThat(jdbc.sql("select status from nonklasikal_activity where title = 'Kursus daring uji'")
                    .query(String.class).single()).isEqualTo("APPROVED");
        } finally {
            jdbc.sql("delete from nonklasikal_activity where title = 'Kursus daring uji'").update();
        }
    }

    @Test
    @WithUserDetails("pegawai")
    void anEmployeeSeesTheirOwnActivitiesWithTheirStatus() {
        activityOfPegawai("Mentoring uji", "REJECTED");
        try {
            JpView view = navigate(JpView.class);
            assertThat(view.mine.getElement().getTextRecursively()).contains("Kegiatan nonklasikal saya");
            var own = (com.vaadin.flow.component.grid.Grid<?>) view.mine.getChildren()
                    .filter(c -> c.getId().orElse("").equals("my-activities")).findFirst().orElseThrow();
            assertThat(own.getGenericDataView().getItems().map(Object::toString)).anyMatch(r -> r.contains("Mentoring uji")
                    && r.contains("REJECTED"));
        } finally {
            jdbc.sql("delete from nonklasikal_activity where title = 'Mentoring uji'").update();
        }
    }

    @Test
    @WithUserDetails("admin")
    void theProgrammeListFlagsTheIrrelevantProgrammeWithItsComments() {
        TrainingAdminView view = navigate(TrainingAdminView.class);

        var grid = test(view.programmes);
        int flagged = -1;
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).needsReview()) {
                flagged = row;
            }
        }
        assertThat(flagged).isNotNegative();
        Button review = (Button) grid.getCellComponent(flagged, 6);
        assertThat(review.getText()).isEqualTo("Perlu tinjauan kurikulum");
        test(review).click();

        Dialog comments = find(Dialog.class).single();
        assertThat(comments.getHeaderTitle()).contains("Teori Administrasi Publik Lanjutan");
        assertThat(test(view.programmes).size()).isEqualTo(
                jdbc.sql("select count(*) from training_programme").query(Integer.class).single());
    }

    @Test
    @WithUserDetails("admin")
    void aSessionIsEditedWithItsCurrentValues() {
        long id = jdbc.sql("select id from training_session where status = 'OPEN' order by starts_at limit 1")
                .query(Long.class).single();
        SessionAdminView view = navigate(SessionAdminView.class, id);
        assertThat(test(view.participants).size()).isGreaterThanOrEqualTo(0);

        test(view.edit).click();
        SessionDialog dialog = find(SessionDialog.class).single();

        assertThat(dialog.programme.getValue()).isNotNull();
        assertThat(dialog.start.getValue()).isEqualTo(
                jdbc.sql("select starts_at from training_session where id = ?").param(id)
                        .query(java.time.LocalDateTime.class).single());
        assertThat(dialog.capacity.getValue()).isNotNull();
    }

    @Test
    @WithUserDetails("admin")
    @org.springframework.transaction.annotation.Transactional
    void aClosedSessionListsItsCertificatesAndAnAdminRevokesOneGivingAReason() {
        long id = jdbc.sql("""
                select ca.session_id from credited_attendance ca group by ca.session_id order by max(ca.starts_at) desc
                limit 1""").query(Long.class).single();
        long employee = jdbc.sql("select employee_id from credited_attendance where session_id = ? order by id limit 1")
                .param(id).query(Long.class).single();
        SessionAdminView view = navigate(SessionAdminView.class, id);
        assertThat(view.participants.getColumnByKey("certificate").isVisible()).isTrue();
        assertThat(view.certificatesZip.isVisible()).isTrue();
        var grid = test(view.participants);
        int row = java.util.stream.IntStream.range(0, grid.size()).filter(r -> grid.getRow(r).employeeId() == employee)
                .findFirst().orElseThrow();
        var cell = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) grid.getCellComponent(row, "certificate");
        assertThat(((com.vaadin.flow.component.html.Span) cell.getComponentAt(0)).getText()).matches("(\\w{4}-){4}\\w{4}");

        test((Button) cell.getComponentAt(1)).click();
        Button confirm = find(Button.class).withId("revoke-confirm").single();
        test(confirm).click();
        var reason = find(com.vaadin.flow.component.textfield.TextArea.class).withId("revoke-reason").single();
        assertThat(reason.isInvalid()).as("no reason: marked on the field").isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Alasan pencabutan wajib diisi.");

        reason.setValue("Peserta tidak hadir; daftar hadir salah");
        test(confirm).click();
        assertThat(find(Dialog.class).all()).as("closed once revoked").isEmpty();
        assertThat(jdbc.sql("""
                select c.revoke_reason from certificate c join participation pa on pa.id = c.participation_id
                where pa.session_id = ? and pa.employee_id = ?""").params(id, employee).query(String.class).single())
                .isEqualTo("Peserta tidak hadir; daftar hadir salah");
        var after = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(view.participants)
                .getCellComponent(row, "certificate");
        assertThat(after.getElement().getTextRecursively()).contains("Dicabut");
    }

    @Test
    @WithUserDetails("kepala")
    void onlyAdminsManageTraining() {
        UI.getCurrent().navigate("admin/trainings");
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).contains("Error");
    }


    /** A nonklasikal activity of the demo employee {@code pegawai}, in the given status. */
    private void activityOfPegawai(String title, String status) {
        jdbc.sql("""
                insert into nonklasikal_activity (employee_id, title, delivery, competency, activity_date, jp, evidence,
                    status) select employee_id, ?, 'ONLINE_COURSE', 'TEKNIS', current_date, 2, 'Sertifikat', ?
                from user_account where username = 'pegawai'""").params(title, status).update();
    }
}
