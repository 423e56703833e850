package id.plaju.pelita.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.learning.Obstacle;
import id.plaju.pelita.learning.Outcome;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The pages of learning and application, as the demo users use them. */
@PelitaSpringTest
@Transactional
class LearningViewsTest extends SpringBrowserlessTest {

    static final String TESTED = "Pelayanan Prima Administrasi Kependudukan";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Today today;

    private long employee(String username) {
        return jdbc.sql("select employee_id from user_account where username = ?").param(username).query(Long.class)
                .single();
    }

    private long session(String title, LocalDateTime start, String status) {
        long programme = jdbc.sql("select id from training_programme where title = ?").param(title).query(Long.class)
                .single();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into training_session (programme_id, starts_at, ends_at, place, capacity, jp, status)
                values (?, ?, ?, 'Aula', 20, 4, ?)""").params(programme, start, start.plusHours(4), status).update(key);
        return key.getKey().longValue();
    }

    private void take(long session, long employee, String status) {
        jdbc.sql("insert into participation (session_id, employee_id, status, updated_at) values (?, ?, ?, now(6))")
                .params(session, employee, status).update();
    }

    private Button button(String id) {
        return find(Button.class).withId(id).single();
    }

    @Test
    @WithUserDetails("pegawai")
    void aParticipantTakesThePreTestOnItsOwnPageAndSeesTheScore() {
        long session = session(TESTED, today.dateTime().plusDays(2), "OPEN");
        take(session, employee("pegawai"), "REGISTERED");
        UI.getCurrent().navigate("surveys");
        test(button("test-pre-" + session)).click();
        TestView view = (TestView) UI.getCurrent().getCurrentView();
        assertThat(view.answers).hasSize(5);

        view.answers.subList(0, 4).forEach(group -> group.setValue(group.getListDataView().getItem(0)));
        test(button("test-submit")).click();
        assertThat(view.answers.get(4).isInvalid()).isTrue();
        assertThat(jdbc.sql("select count(*) from knowledge_test_attempt where session_id = ?").param(session)
                .query(Long.class).single()).isZero();

        view.answers.forEach(group -> group.setValue(group.getListDataView().getItem(1)));
        test(button("test-submit")).click();
        assertThat(view.stage.getElement().getTextRecursively()).contains("dari 5 soal");
        assertThat(jdbc.sql("select phase from knowledge_test_attempt where session_id = ?").param(session)
                .query(String.class).single()).isEqualTo("PRE");

        UI.getCurrent().navigate("surveys/test/" + session + "/pre");
        TestView again = (TestView) UI.getCurrent().getCurrentView();
        assertThat(again.answers).isEmpty();
        assertThat(again.stage.getElement().getTextRecursively()).contains("tidak dapat dikerjakan");
    }

    @Test
    @WithUserDetails("pegawai")
    void theEvaluationAsksForAtLeastOneActionAndStoresThePlanWithIt() {
        long session = session("Pengelolaan Keuangan dan Aset Kelurahan", today.dateTime().minusDays(1), "DONE");
        take(session, employee("pegawai"), "HADIR");
        UI.getCurrent().navigate("surveys");
        test(button("evaluate-" + session)).click();
        EvaluationDialog dialog = find(EvaluationDialog.class).single();
        for (var group : List.of(dialog.relevance, dialog.usefulness, dialog.intent, dialog.trainer)) {
            group.setValue(4);
        }
        dialog.clash.setValue(false);
        test(dialog.submit).click();
        assertThat(dialog.actions.get(0).isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();

        dialog.actions.get(0).setValue("Membuat buku kas pembantu kelurahan");
        dialog.targets.get(0).setValue(today.date().plusMonths(1));
        test(dialog.submit).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.sql("select action from action_plan where session_id = ?").param(session).query(String.class)
                .single()).isEqualTo("Membuat buku kas pembantu kelurahan");
        assertThat(jdbc.sql("select count(*) from training_evaluation where session_id = ?").param(session)
                .query(Long.class).single()).isOne();
    }

    @Test
    @WithUserDetails("pegawai")
    void aDueFollowUpIsFilledPerAction() {
        long session = session("Pengelolaan Keuangan dan Aset Kelurahan", today.dateTime().minusDays(100), "DONE");
        long pegawai = employee("pegawai");
        take(session, pegawai, "HADIR");
        jdbc.sql("""
                insert into action_plan (session_id, employee_id, position, action, target_date)
                values (?, ?, 1, 'Membuat buku kas pembantu', ?)""").params(session, pegawai,
                today.date().minusDays(60)).update();
        UI.getCurrent().navigate("surveys");
        test(button("follow-up-" + session)).click();
        FollowUpDialog dialog = find(FollowUpDialog.class).single();
        dialog.outcomes.get(0).setValue(Outcome.IN_PROGRESS);
        test(dialog.submit).click();
        assertThat(dialog.isOpened()).as("the obstacle is missing").isTrue();
        dialog.obstacles.get(0).setValue(Obstacle.NO_MEANS);
        test(dialog.submit).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.sql("select concat(outcome, '/', obstacle) from action_plan where session_id = ?").param(session)
                .query(String.class).single()).isEqualTo("IN_PROGRESS/NO_MEANS");
        assertThat(find(Button.class).withId("follow-up-" + session).all()).isEmpty();
    }

    @Test
    @WithUserDetails("kepala")
    void theHeadIsToldOnTheDashboardAndRatesOnTheSurveysPage() {
        long session = session("Pengelolaan Keuangan dan Aset Kelurahan", today.dateTime().minusDays(100), "DONE");
        long pegawai = employee("pegawai");
        take(session, pegawai, "HADIR");
        jdbc.sql("""
                insert into action_plan (session_id, employee_id, position, action, target_date)
                values (?, ?, 1, 'Membuat buku kas pembantu', ?)""").params(session, pegawai,
                today.date().minusDays(60)).update();
        UI.getCurrent().navigate("dashboard");
        assertThat(UI.getCurrent().getCurrentView().getElement().getTextRecursively()).contains("menunggu penilaian");

        UI.getCurrent().navigate("surveys");
        test(button("rate-" + session + "-" + pegawai)).click();
        RatingDialog dialog = find(RatingDialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).contains("Membuat buku kas pembantu");
        test(dialog.submit).click();
        assertThat(dialog.rating.isInvalid()).isTrue();
        dialog.rating.setValue(4);
        dialog.note.setValue("Buku kas sudah dipakai");
        test(dialog.submit).click();
        assertThat(jdbc.sql("select concat(rated_by, ':', rating) from application_rating where session_id = ?")
                .param(session).query(String.class).single()).isEqualTo("kepala:4");
        assertThat(find(Button.class).withId("rate-" + session + "-" + pegawai).all()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void anAdminWritesATestAndABadLineIsShownInTheField() {
        TestAdminView view = navigate(TestAdminView.class);
        assertThat(test(view.grid).size()).isEqualTo(
                jdbc.sql("select count(*) from training_programme").query(Integer.class).single());
        long programme = jdbc.sql("select id from training_programme where title = ?")
                .param("Pengelolaan Keuangan dan Aset Kelurahan").query(Long.class).single();
        var grid = test(view.grid);
        int row = IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).id() == programme)
                .findFirst().orElseThrow();
        test((Button) grid.getCellComponent(row, 5)).click();
        KnowledgeTestDialog dialog = find(KnowledgeTestDialog.class).single();
        dialog.text.setValue("Apa itu BKU?\n* Buku Kas Umum\n* Buku Kerja Utama");
        test(dialog.save).click();
        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(dialog.text.getErrorMessage()).contains("tepat satu jawaban benar");
        dialog.text.setValue("Apa itu BKU?\n* Buku Kas Umum\n- Buku Kerja Utama");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.sql("select count(*) from knowledge_test where programme_id = ?").param(programme)
                .query(Long.class).single()).isOne();
    }
}
