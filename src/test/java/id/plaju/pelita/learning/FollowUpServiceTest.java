package id.plaju.pelita.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.TestClock;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.training.EvaluationData;
import id.plaju.pelita.training.TrainingFixture;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Rencana Tindak Lanjut: written with the evaluation (both or neither), followed up by the
 * participant when due, and rated by the atasan — the head of the nearest unit up that has a head
 * other than the participant — and by no one else.
 */
@PelitaSpringTest
@Transactional
class FollowUpServiceTest {

    static final EvaluationData GOOD = new EvaluationData(4, 4, 5, 4, false, null);

    @Autowired
    FollowUpService followUps;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Today today;

    @Autowired
    TestClock clock;

    @Autowired
    FollowUpProperties properties;

    long bidang;
    long seksi;
    long staff;
    long seksiHead;
    long session;
    LocalDate sessionDate;

    /** Bidang ▸ Seksi; the Seksi's head is also its staff; one more staff member attended a closed session. */
    @BeforeEach
    void aClosedSessionInASeksiUnderABidang() {
        LearningFixture l = new LearningFixture(jdbc);
        TrainingFixture f = new TrainingFixture(jdbc);
        bidang = l.unit("BIDANG-UJI-RTL", null);
        seksi = l.unit("SEKSI-UJI-RTL", bidang);
        staff = f.employee(seksi, "199301012015031701", "Indah Uji");
        seksiHead = f.employee(seksi, "198001012005031702", "Joko Uji");
        long programme = f.programme("Uji Rencana Tindak Lanjut", "KLASIKAL", "TEKNIS");
        session = f.session(programme, today.dateTime().minusDays(2), "4", "DONE", 10);
        sessionDate = today.date().minusDays(2);
        f.attend(session, staff, "HADIR");
        f.attend(session, seksiHead, "HADIR");
        l.headAccount("kasi-uji", seksiHead, seksi);
        l.headAccount("kabid-uji", null, bidang);
        l.headAccount("kabid-lain", null, l.unit("BIDANG-LAIN-RTL", null));
    }

    @AfterEach
    void signOutAndResetTheClock() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    private static PlannedAction action(String text, LocalDate target) {
        return new PlannedAction(text, target);
    }

    private long evaluations() {
        return jdbc.sql("select count(*) from training_evaluation where session_id = ?").param(session)
                .query(Long.class).single();
    }

    @Test
    void aBadPlanRefusesTheEvaluationToo() {
        LearningFixture.signIn("indah", staff, "EMPLOYEE");
        LocalDate target = sessionDate.plusMonths(1);
        assertRefused(List.of(), "follow-up.error.action-count");
        assertRefused(Arrays.asList(action("", null), null), "follow-up.error.action-count");
        assertRefused(List.of(action("a", target), action("b", target), action("c", target), action("d", target)),
                "follow-up.error.action-count");
        assertRefused(List.of(action("terlalu", target)), "follow-up.error.action-short");
        assertRefused(List.of(action("x".repeat(301), target)), "follow-up.error.action-long");
        assertRefused(List.of(action("Menerapkan antrean daring", sessionDate.minusDays(1))),
                "follow-up.error.target-date");
        assertRefused(List.of(action("Menerapkan antrean daring", sessionDate.plusYears(1).plusDays(1))),
                "follow-up.error.target-date");
        assertRefused(List.of(action("Menerapkan antrean daring", null)), "follow-up.error.target-date");
        assertThat(evaluations()).isZero();

        followUps.submitEvaluation(session, GOOD, List.of(action("Menerapkan antrean daring", target),
                action("", null), action("Melatih dua rekan seksi", target.plusDays(10))));
        assertThat(evaluations()).isOne();
        assertThat(jdbc.sql("select action from action_plan where session_id = ? and employee_id = ? order by position")
                .params(session, staff).query(String.class).list())
                .containsExactly("Menerapkan antrean daring", "Melatih dua rekan seksi");
    }

    @Test
    void aRefusedEvaluationWritesNoPlan() {
        LearningFixture.signIn("indah", staff, "EMPLOYEE");
        assertThatThrownBy(() -> followUps.submitEvaluation(session, new EvaluationData(9, 4, 4, 4, false, null),
                List.of(action("Menerapkan antrean daring", sessionDate)))).isInstanceOf(UserFacingException.class);
        assertThat(jdbc.sql("select count(*) from action_plan where session_id = ?").param(session).query(Long.class)
                .single()).isZero();
    }

    private void assertRefused(List<PlannedAction> plan, String key) {
        assertThatThrownBy(() -> followUps.submitEvaluation(session, GOOD, plan)).isInstanceOfSatisfying(
                UserFacingException.class, e -> assertThat(e.getTranslationKey()).isEqualTo(key));
    }

    @Test
    void theFollowUpIsDueTheConfiguredDaysAfterTheSessionAndTakesEveryActionAtOnce() {
        LearningFixture.signIn("indah", staff, "EMPLOYEE");
        followUps.submitEvaluation(session, GOOD, List.of(action("Menerapkan antrean daring", sessionDate),
                action("Melatih dua rekan seksi", sessionDate.plusMonths(2))));
        assertThat(followUps.pendingForMe()).isEmpty();
        int days = properties.days();
        clock.advance(Duration.ofDays(days - 3));
        assertThat(followUps.pendingForMe()).as("one day before it is due").isEmpty();
        assertThatThrownBy(() -> followUps.report(session, List.of())).isInstanceOfSatisfying(
                UserFacingException.class, e -> assertThat(e.getTranslationKey()).isEqualTo("follow-up.error.not-due"));
        clock.advance(Duration.ofDays(1));
        List<PendingFollowUp> due = followUps.pendingForMe();
        assertThat(due).singleElement().satisfies(f -> {
            assertThat(f.sessionId()).isEqualTo(session);
            assertThat(f.actions()).hasSize(2);
        });
        List<ActionItem> actions = due.get(0).actions();
        assertThatThrownBy(() -> followUps.report(session, List.of(
                new ActionReport(actions.get(0).id(), Outcome.DONE, "Antrean sudah jalan", null)))).isInstanceOfSatisfying(
                UserFacingException.class, e -> assertThat(e.getTranslationKey()).isEqualTo("follow-up.error.outcome"));
        assertThatThrownBy(() -> followUps.report(session, List.of(
                new ActionReport(actions.get(0).id(), Outcome.DONE, null, null),
                new ActionReport(actions.get(1).id(), Outcome.IN_PROGRESS, null, null)))).isInstanceOfSatisfying(
                UserFacingException.class, e -> assertThat(e.getTranslationKey()).isEqualTo("follow-up.error.obstacle"));
        followUps.report(session, List.of(
                new ActionReport(actions.get(0).id(), Outcome.DONE, "Antrean sudah jalan", Obstacle.NO_TIME),
                new ActionReport(actions.get(1).id(), Outcome.NOT_STARTED, "", Obstacle.NO_SUPPORT)));
        assertThat(followUps.pendingForMe()).isEmpty();
        assertThat(jdbc.sql("select concat(outcome, '/', coalesce(obstacle, '-')) from action_plan where session_id = ? order by position")
                .param(session).query(String.class).list()).containsExactly("DONE/-", "NOT_STARTED/NO_SUPPORT");
    }

    @Test
    void theAtasanIsTheNearestHeadOtherThanTheParticipantAndNoOneElseMayRate() {
        LocalDate target = sessionDate.plusMonths(1);
        LearningFixture.signIn("indah", staff, "EMPLOYEE");
        followUps.submitEvaluation(session, GOOD, List.of(action("Menerapkan antrean daring", target)));
        LearningFixture.signIn("joko", seksiHead, "EMPLOYEE", "HEAD");
        followUps.submitEvaluation(session, GOOD, List.of(action("Menyusun SOP layanan seksi", target)));

        LearningFixture.signIn("kasi-uji", seksiHead, "EMPLOYEE", "HEAD");
        assertThat(followUps.pendingRatingsForMe()).as("not due yet").isEmpty();
        clock.advance(Duration.ofDays(properties.days()));

        assertThat(followUps.pendingRatingsForMe()).as("the seksi head rates his staff, not himself")
                .singleElement().satisfies(r -> {
                    assertThat(r.employeeId()).isEqualTo(staff);
                    assertThat(r.actions()).extracting(ActionItem::action).containsExactly("Menerapkan antrean daring");
                });
        assertThatThrownBy(() -> followUps.rate(session, seksiHead, 5, null)).as("rating himself")
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.getTranslationKey()).isEqualTo("follow-up.error.not-yours"));

        LearningFixture.signIn("kabid-uji", null, "HEAD");
        assertThat(followUps.pendingRatingsForMe()).as("the bidang head rates the seksi head")
                .singleElement().satisfies(r -> assertThat(r.employeeId()).isEqualTo(seksiHead));
        assertThatThrownBy(() -> followUps.rate(session, staff, 4, null)).as("skipping the seksi head")
                .isInstanceOf(UserFacingException.class);

        LearningFixture.signIn("kabid-lain", null, "HEAD");
        assertThat(followUps.pendingRatingsForMe()).isEmpty();
        assertThatThrownBy(() -> followUps.rate(session, staff, 4, null)).as("a forged id from another bidang")
                .isInstanceOf(UserFacingException.class);

        LearningFixture.signIn("indah", staff, "EMPLOYEE");
        assertThatThrownBy(() -> followUps.pendingRatingsForMe()).isInstanceOf(AccessDeniedException.class);

        LearningFixture.signIn("kasi-uji", seksiHead, "EMPLOYEE", "HEAD");
        assertThatThrownBy(() -> followUps.rate(session, staff, 6, null)).isInstanceOfSatisfying(
                UserFacingException.class, e -> assertThat(e.getTranslationKey()).isEqualTo("follow-up.error.rating"));
        followUps.rate(session, staff, 4, "Antrean daring sudah dipakai warga");
        assertThat(followUps.pendingRatingsForMe()).isEmpty();
        assertThatThrownBy(() -> followUps.rate(session, staff, 5, null)).as("a second rating")
                .isInstanceOf(UserFacingException.class);
        assertThat(jdbc.sql("select concat(rated_by, ':', rating) from application_rating where session_id = ?")
                .param(session).query(String.class).list()).containsExactly("kasi-uji:4");
    }
}
