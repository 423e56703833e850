package id.plaju.pelita.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.analytics.ScorecardService.Scorecard;
import id.plaju.pelita.analytics.ScorecardService.VersionFigures;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.survey.AnonymityProperties;
import id.plaju.pelita.training.CurriculumReviewService;
import id.plaju.pelita.training.ReviewData;
import id.plaju.pelita.training.ReviewDecision;
import id.plaju.pelita.training.ReviewReason;
import id.plaju.pelita.training.ReviewStatus;
import id.plaju.pelita.training.TrainingFixture;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's scorecard against hand counts: reaction, learning, application and its alumni's
 * predikat beside their peers; a revision's figures beside the version it revises; the flags
 * from the configured thresholds; a head's scope.
 */
@PelitaSpringTest
@Transactional
@WithUserDetails("admin")
class ScorecardServiceTest {

    @Autowired
    ScorecardService scorecards;

    @Autowired
    CurriculumReviewService reviews;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Today today;

    @Autowired
    AnonymityProperties anonymity;

    int year;
    long programme;
    long test;
    final List<Long> staff = new ArrayList<>();
    TrainingFixture f;

    @BeforeEach
    void fixture() {
        year = today.year() - 1;
        f = new TrainingFixture(jdbc);
        long unit = f.unit("SEKSI-UJI-RAPOR", "Seksi Uji Rapor");
        for (int i = 0; i < 12; i++) {
            staff.add(f.employee(unit, "19950101201603" + (1000 + i), "Pegawai Rapor " + i));
        }
        programme = f.programme("Rapor Uji", "KLASIKAL", "TEKNIS");
        long session = f.session(programme, LocalDateTime.of(year, 3, 10, 8, 0), "4", "DONE", 20);
        test = test(programme);
        int[] relevance = {2, 3, 2, 3, 2, 3};
        int[] pre = {40, 50, 60, 50, 40, 60};
        int[] post = {45, 55, 60, 50, 50, 60};
        int[] ratings = {2, 2, 3, 2, 1};
        for (int i = 0; i < 6; i++) {
            f.attend(session, staff.get(i), "HADIR");
            evaluate(session, staff.get(i), relevance[i]);
            attempt(session, staff.get(i), "PRE", pre[i]);
            attempt(session, staff.get(i), "POST", post[i]);
            action(session, staff.get(i), i == 0 ? "DONE" : "NOT_STARTED");
            if (i < ratings.length) {
                rate(session, staff.get(i), ratings[i]);
            }
        }
        String[] predikat = {"BAIK", "BAIK", "BAIK", "BAIK", "BUTUH_PERBAIKAN", "BUTUH_PERBAIKAN",
            "BAIK", "BAIK", "BAIK", "KURANG", "KURANG", "KURANG"};
        for (int i = 0; i < 12; i++) {
            jdbc.sql("""
                    insert into performance_rating (employee_id, rating_year, predikat, source, updated_by, updated_at)
                    values (?, ?, ?, 'ADMIN', 'admin', now(6))""").params(staff.get(i), year, predikat[i]).update();
        }
    }

    private long test(long programmeId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into knowledge_test (programme_id, version_no, pass_mark, created_by, created_at)
                values (?, 1, 70, 'admin', now(6))""").param(programmeId).update(key);
        return key.getKey().longValue();
    }

    private void evaluate(long session, long employee, int relevance) {
        jdbc.sql("""
                insert into training_evaluation (session_id, employee_id, relevance, usefulness, intent_to_apply,
                    trainer_quality, clashed_with_work, submitted_at) values (?, ?, ?, 4, 3, 5, false, now(6))""")
                .params(session, employee, relevance).update();
    }

    private void attempt(long session, long employee, String phase, int score) {
        jdbc.sql("""
                insert into knowledge_test_attempt (test_id, session_id, employee_id, phase, correct, items, score, passed,
                    submitted_at) values (?, ?, ?, ?, ?, 10, ?, ?, now(6))""")
                .params(test, session, employee, phase, score / 10, score, score >= 70).update();
    }

    private void action(long session, long employee, String outcome) {
        jdbc.sql("""
                insert into action_plan (session_id, employee_id, position, action, target_date, outcome, obstacle,
                    reported_at) values (?, ?, 1, 'Menerapkan materi', ?, ?, ?, now(6))""")
                .params(session, employee, LocalDateTime.of(year, 6, 1, 0, 0).toLocalDate(), outcome,
                        "DONE".equals(outcome) ? null : "NO_TIME").update();
    }

    private void rate(long session, long employee, int rating) {
        jdbc.sql("""
                insert into application_rating (session_id, employee_id, rated_by, rating, rated_at)
                values (?, ?, 'kepala', ?, now(6))""").params(session, employee, rating).update();
    }

    @Test
    void everyFigureMatchesTheHandCountsAndTheWeakOnesAreFlagged() {
        Scorecard card = scorecards.scorecard(programme);
        assertThat(card.versions()).hasSize(1);
        VersionFigures v = card.newest();
        assertThat(v.sessions()).isOne();
        assertThat(v.participants()).isEqualTo(6);
        assertThat(v.jp()).isEqualByComparingTo("24");
        assertThat(v.evaluations()).isEqualTo(6);
        assertThat(v.relevance()).isCloseTo(2.5, within(1e-9));
        assertThat(v.usefulness()).isCloseTo(4.0, within(1e-9));
        assertThat(v.intent()).isCloseTo(3.0, within(1e-9));
        assertThat(v.trainer()).isCloseTo(5.0, within(1e-9));
        assertThat(v.chain().tested()).isEqualTo(6);
        assertThat(v.chain().meanPre()).isCloseTo(50.0, within(1e-9));
        assertThat(v.chain().meanPost()).isCloseTo(320.0 / 6, within(1e-9));
        assertThat(v.chain().gain()).isCloseTo(20.0 / 6, within(1e-9));
        assertThat(v.chain().passShare()).isZero();
        assertThat(v.chain().applicationRate()).isCloseTo(1.0 / 6, within(1e-9));
        assertThat(v.chain().meanRating()).isCloseTo(2.0, within(1e-9));
        assertThat(card.ratingYears()).contains(year);
        assertThat(v.alumni().get(year)).satisfies(a -> {
            assertThat(a.alumni()).isEqualTo(6);
            assertThat(a.alumniGood()).isCloseTo(4.0 / 6, within(1e-9));
            assertThat(a.peers()).isEqualTo(6);
            assertThat(a.peersGood()).isCloseTo(3.0 / 6, within(1e-9));
        });
        assertThat(card.flags()).containsExactlyInAnyOrder(ReviewReason.LOW_RELEVANCE, ReviewReason.LOW_GAIN,
                ReviewReason.LOW_APPLICATION);
        assertThat(card.minGroupSize()).isEqualTo(anonymity.minGroupSize());
    }

    @Test
    void aRevisionShowsItsFiguresBesideTheVersionItRevises() {
        long review = reviews.open(programme, scorecards.scorecard(programme).flags(), new ReviewData(
                "Terlalu teoretis", ReviewDecision.REVISE, "Subbagian Umum", today.date().plusDays(30),
                ReviewStatus.IN_PROGRESS));
        long revision = reviews.revise(review);
        long session = f.session(revision, LocalDateTime.of(year, 9, 10, 8, 0), "6", "DONE", 20);
        // the revision came with a copy of the programme's test; its attempts count for the new version
        test = jdbc.sql("select id from knowledge_test where programme_id = ?").param(revision).query(Long.class).single();
        for (int i = 0; i < 5; i++) {
            f.attend(session, staff.get(i), "HADIR");
            if (i < 4) {
                evaluate(session, staff.get(i), 4);
            }
            attempt(session, staff.get(i), "PRE", 40);
            attempt(session, staff.get(i), "POST", i == 4 ? 90 : 80);
            action(session, staff.get(i), "DONE");
        }

        Scorecard card = scorecards.scorecard(programme);
        assertThat(card.versions()).extracting(v -> v.version().id()).containsExactly(programme, revision);
        VersionFigures before = card.versions().getFirst();
        VersionFigures after = card.newest();
        assertThat(before.participants()).isEqualTo(6);
        assertThat(before.chain().gain()).isCloseTo(20.0 / 6, within(1e-9));
        assertThat(after.version().versionNo()).isEqualTo(2);
        assertThat(after.participants()).isEqualTo(5);
        assertThat(after.jp()).isEqualByComparingTo("30");
        assertThat(after.evaluations()).isEqualTo(4);
        assertThat(after.relevance()).as("four evaluations are fewer than k").isNull();
        assertThat(after.chain().gain()).isCloseTo(42.0, within(1e-9));
        assertThat(after.chain().passShare()).isEqualTo(1.0);
        assertThat(after.chain().applicationRate()).isEqualTo(1.0);
        assertThat(after.chain().meanRating()).isNull();
        assertThat(card.flags()).as("the newest version is what the flags judge").isEmpty();
        assertThat(card.reviews()).singleElement().satisfies(r -> assertThat(r.revisionId()).isEqualTo(revision));
        assertThat(scorecards.scorecard(revision).versions()).hasSize(2);
    }

    @Test
    @WithUserDetails("kepala")
    void aHeadSeesTheFiguresOfTheirOwnUnitsOnly() {
        Scorecard card = scorecards.scorecard(programme);
        assertThat(card.newest().participants()).isZero();
        assertThat(card.newest().chain().tested()).isZero();
        assertThat(card.flags()).isEmpty();
    }

    @Test
    void thresholdsComeFromTheConfiguration() {
        VersionFigures v = scorecards.scorecard(programme).newest();
        ScorecardService gainOnly = new ScorecardService(null, null, null, null, null, null, new ReviewProperties(5, 0.1));
        assertThat(gainOnly.flags(v)).containsExactly(ReviewReason.LOW_RELEVANCE, ReviewReason.LOW_GAIN);
        ScorecardService relevanceOnly = new ScorecardService(null, null, null, null, null, null,
                new ReviewProperties(0, 0));
        assertThat(relevanceOnly.flags(v)).containsExactly(ReviewReason.LOW_RELEVANCE);
        assertThatThrownBy(() -> new ReviewProperties(-1, 0.4)).hasMessageContaining("min-gain");
        assertThatThrownBy(() -> new ReviewProperties(10, 1.5)).hasMessageContaining("min-application");
    }
}
