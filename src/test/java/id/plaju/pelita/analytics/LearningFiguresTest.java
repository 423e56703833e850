package id.plaju.pelita.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.analytics.DashboardService.ProgrammeChain;
import id.plaju.pelita.base.Today;
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

/** Learning gain, application rate and atasan rating per programme, against hand counts. */
@PelitaSpringTest
@Transactional
@WithUserDetails("admin")
class LearningFiguresTest {

    @Autowired
    DashboardService dashboard;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Today today;

    int year;
    long unit;
    long big;
    long small;
    final List<Long> staff = new ArrayList<>();

    @BeforeEach
    void fixture() {
        year = today.year() - 1;
        TrainingFixture f = new TrainingFixture(jdbc);
        unit = f.unit("SEKSI-UJI-CHAIN", "Seksi Uji Rantai");
        for (int i = 0; i < 8; i++) {
            staff.add(f.employee(unit, "19940101201503" + (1000 + i), "Pegawai Rantai " + i));
        }
        big = f.programme("Rantai Besar", "KLASIKAL", "TEKNIS");
        small = f.programme("Rantai Kecil", "KLASIKAL", "TEKNIS");
        long bigSession = f.session(big, LocalDateTime.of(year, 3, 10, 8, 0), "8", "DONE", 20);
        long otherYear = f.session(big, LocalDateTime.of(year - 1, 3, 10, 8, 0), "8", "DONE", 20);
        long smallSession = f.session(small, LocalDateTime.of(year, 5, 10, 8, 0), "8", "DONE", 20);
        long bigTest = test(big);
        long smallTest = test(small);
        int[] pre = {40, 50, 60, 50, 40, 60};
        int[] post = {80, 70, 90, 60, 70, 80};
        for (int i = 0; i < 6; i++) {
            attempt(bigTest, bigSession, staff.get(i), "PRE", pre[i]);
            attempt(bigTest, bigSession, staff.get(i), "POST", post[i]);
        }
        attempt(bigTest, bigSession, staff.get(6), "POST", 100);
        attempt(bigTest, otherYear, staff.get(7), "POST", 0);
        String[][] outcomes = {{"DONE", "NOT_STARTED"}, {"DONE"}, {"IN_PROGRESS"}, {"DONE"}, {"DONE", "DONE"}};
        for (int i = 0; i < outcomes.length; i++) {
            for (int a = 0; a < outcomes[i].length; a++) {
                action(bigSession, staff.get(i), a + 1, outcomes[i][a]);
            }
        }
        action(bigSession, staff.get(5), 1, null);
        int[] ratings = {4, 3, 5, 2, 4};
        for (int i = 0; i < ratings.length; i++) {
            jdbc.sql("""
                    insert into application_rating (session_id, employee_id, rated_by, rating, rated_at)
                    values (?, ?, 'kepala', ?, now(6))""").params(bigSession, staff.get(i), ratings[i]).update();
        }
        for (int i = 0; i < 3; i++) {
            attempt(smallTest, smallSession, staff.get(i), "POST", 90);
            action(smallSession, staff.get(i), 1, "NOT_STARTED");
        }
    }

    private long test(long programme) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into knowledge_test (programme_id, version_no, pass_mark, created_by, created_at)
                values (?, 1, 70, 'admin', now(6))""").param(programme).update(key);
        return key.getKey().longValue();
    }

    private void attempt(long test, long session, long employee, String phase, int score) {
        jdbc.sql("""
                insert into knowledge_test_attempt (test_id, session_id, employee_id, phase, correct, items, score, passed,
                    submitted_at) values (?, ?, ?, ?, ?, 10, ?, ?, now(6))""")
                .params(test, session, employee, phase, score / 10, score, score >= 70).update();
    }

    private void action(long session, long employee, int position, String outcome) {
        jdbc.sql("""
                insert into action_plan (session_id, employee_id, position, action, target_date, outcome, obstacle,
                    reported_at) values (?, ?, ?, 'Menerapkan materi', ?, ?, ?, ?)""")
                .params(session, employee, position, LocalDateTime.of(year, 6, 1, 0, 0).toLocalDate(), outcome,
                        outcome == null || "DONE".equals(outcome) ? null : "NO_TIME",
                        outcome == null ? null : LocalDateTime.of(year, 7, 1, 0, 0))
                .update();
    }

    @Test
    void learningAndApplicationPerProgrammeMatchTheHandCounts() {
        List<ProgrammeChain> chain = dashboard.kinerja(year, unit).chain();
        assertThat(chain).extracting(ProgrammeChain::title).containsExactly("Rantai Besar", "Rantai Kecil");
        ProgrammeChain b = chain.getFirst();
        assertThat(b.tested()).isEqualTo(7);
        assertThat(b.meanPre()).isCloseTo(50.0, within(1e-9));
        assertThat(b.meanPost()).isCloseTo(550.0 / 7, within(1e-9));
        assertThat(b.gain()).isCloseTo(25.0, within(1e-9));
        assertThat(b.passShare()).isCloseTo(6.0 / 7, within(1e-9));
        assertThat(b.reporters()).isEqualTo(5);
        assertThat(b.applicationRate()).isCloseTo(5.0 / 7, within(1e-9));
        assertThat(b.rated()).isEqualTo(5);
        assertThat(b.meanRating()).isCloseTo(3.6, within(1e-9));
    }

    @Test
    void aPersonWhoTookTheProgrammeTwiceCountsEachTestInTheMeansAndOnceInTheGate() {
        long again = new TrainingFixture(jdbc).session(big, LocalDateTime.of(year, 9, 10, 8, 0), "8", "DONE", 20);
        long bigTest = jdbc.sql("select id from knowledge_test where programme_id = ?").param(big).query(Long.class)
                .single();
        attempt(bigTest, again, staff.getFirst(), "PRE", 20);
        attempt(bigTest, again, staff.getFirst(), "POST", 30);
        ProgrammeChain b = dashboard.kinerja(year, unit).chain().getFirst();
        assertThat(b.tested()).isEqualTo(7);
        assertThat(b.meanPost()).isCloseTo(580.0 / 8, within(1e-9)).isLessThanOrEqualTo(100);
        assertThat(b.passShare()).isCloseTo(6.0 / 8, within(1e-9));
        assertThat(b.meanPre()).isCloseTo(320.0 / 7, within(1e-9));
        assertThat(b.gain()).isCloseTo((480.0 - 320.0) / 7, within(1e-9));
    }

    @Test
    void aProgrammeWithFewerPeopleThanTheThresholdShowsCountsButNoFigures() {
        ProgrammeChain s = dashboard.kinerja(year, unit).chain().get(1);
        assertThat(s.tested()).isEqualTo(3);
        assertThat(s.reporters()).isEqualTo(3);
        assertThat(s.meanPost()).isNull();
        assertThat(s.passShare()).isNull();
        assertThat(s.applicationRate()).isNull();
        assertThat(s.meanRating()).isNull();
    }

    @Test
    void theYearIsTheYearTheSessionEnded() {
        assertThat(dashboard.kinerja(year - 1, unit).chain()).singleElement()
                .satisfies(p -> assertThat(p.tested()).isEqualTo(1));
    }
}
