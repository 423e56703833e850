package id.plaju.pelita.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.TestClock;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.training.TrainingFixture;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** A programme's test: versioned once taken, open in its windows, scored once per phase. */
@PelitaSpringTest
@Transactional
class KnowledgeTestServiceTest {

    static final String TEST = """
            Berapa JP hak pengembangan kompetensi ASN per tahun?
            - 10 JP
            * 20 JP

            Predikat kinerja tertinggi?
            * Sangat Baik
            - Baik
            - Cukup
            """;

    @Autowired
    KnowledgeTestService tests;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Today today;

    @Autowired
    TestClock clock;

    long programme;
    long participant;
    long outsider;
    long upcoming;

    @BeforeEach
    void aProgrammeWithAnUpcomingSession() {
        TrainingFixture f = new TrainingFixture(jdbc);
        long unit = f.unit("SEKSI-UJI-TES", "Seksi Uji Tes");
        participant = f.employee(unit, "199201012015031901", "Gita Uji");
        outsider = f.employee(unit, "199201022015031902", "Hadi Uji");
        programme = f.programme("Uji Tes Pengetahuan", "KLASIKAL", "TEKNIS");
        upcoming = f.session(programme, today.dateTime().plusDays(1), "4", "PLANNED", 10);
        f.attend(upcoming, participant, "REGISTERED");
    }

    @AfterEach
    void signOutAndResetTheClock() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    private TestVersion saveAsAdmin(String text, int passMark) {
        LearningFixture.signIn("admin", null, "ADMIN");
        return tests.save(programme, text, passMark);
    }

    private Map<Long, Long> answers(long sessionId, TestPhase phase, boolean... right) {
        List<TestItem> sheet = tests.sheet(sessionId, phase);
        Map<Long, Long> chosen = new HashMap<>();
        List<TestItem> withAnswers = jdbcItems();
        for (int i = 0; i < sheet.size(); i++) {
            TestItem item = withAnswers.get(i);
            boolean wantRight = right[i];
            chosen.put(item.id(), item.options().stream().filter(o -> o.correct() == wantRight).findFirst()
                    .orElseThrow().id());
        }
        return chosen;
    }

    /** The current version's items with their answers, read as the admin would. */
    private List<TestItem> jdbcItems() {
        var me = SecurityContextHolder.getContext();
        LearningFixture.signIn("admin", null, "ADMIN");
        try {
            return tests.current(programme).orElseThrow().items();
        } finally {
            SecurityContextHolder.setContext(me);
        }
    }

    @Test
    void aTestIsChangedInPlaceUntilTakenThenANewVersionKeepsTheOldAttempts() {
        TestVersion first = saveAsAdmin(TEST, 70);
        assertThat(first.versionNo()).isEqualTo(1);
        assertThat(first.items()).hasSize(2);
        TestVersion edited = saveAsAdmin(TEST + "\nSoal ketiga?\n* ya\n- tidak", 60);
        assertThat(edited.versionNo()).isEqualTo(1);
        assertThat(edited.id()).isEqualTo(first.id());
        assertThat(edited.items()).hasSize(3);
        assertThat(edited.passMark()).isEqualTo(60);

        LearningFixture.signIn("gita", participant, "EMPLOYEE");
        tests.submit(upcoming, TestPhase.PRE, answers(upcoming, TestPhase.PRE, true, true, false));

        TestVersion second = saveAsAdmin(TEST, 70);
        assertThat(second.versionNo()).isEqualTo(2);
        assertThat(second.attempts()).isZero();
        assertThat(tests.summaries().get(programme).versionNo()).isEqualTo(2);
        assertThat(jdbc.sql("select test_id from knowledge_test_attempt where session_id = ?").param(upcoming)
                .query(Long.class).single()).isEqualTo(first.id());
        assertThat(jdbc.sql("select count(*) from knowledge_test_item where test_id = ?").param(first.id())
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void onlyAnAdminWritesTestsAndBadTextChangesNothing() {
        LearningFixture.signIn("gita", participant, "EMPLOYEE");
        assertThatThrownBy(() -> tests.save(programme, TEST, 70)).isInstanceOf(AccessDeniedException.class);
        saveAsAdmin(TEST, 70);
        assertThatThrownBy(() -> saveAsAdmin("Soal?\n- a\n- b", 70)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> saveAsAdmin(TEST, 0)).isInstanceOf(UserFacingException.class);
        assertThat(tests.current(programme).orElseThrow().items()).hasSize(2);
    }

    @Test
    void thePreTestIsOpenBeforeTheSessionAndThePostTestFromItsStartUntilItIsClosed() {
        saveAsAdmin(TEST, 70);
        TrainingFixture f = new TrainingFixture(jdbc);
        long running = f.session(programme, today.dateTime().minusHours(1), "4", "OPEN", 10);
        long endedOpen = f.session(programme, today.dateTime().minusDays(1), "4", "OPEN", 10);
        long closed = f.session(programme, today.dateTime().minusDays(2), "4", "DONE", 10);
        long cancelled = f.session(programme, today.dateTime().plusDays(3), "4", "CANCELLED", 10);
        for (long s : List.of(running, endedOpen, closed, cancelled)) {
            f.attend(s, participant, "REGISTERED");
        }
        LearningFixture.signIn("gita", participant, "EMPLOYEE");
        assertThat(pending()).containsExactlyInAnyOrder(upcoming + "PRE", running + "PRE", running + "POST",
                endedOpen + "POST");

        clock.advance(Duration.ofDays(1).plusHours(1));
        assertThat(pending()).contains(upcoming + "PRE", upcoming + "POST");

        LearningFixture.signIn("hadi", outsider, "EMPLOYEE");
        assertThat(tests.pendingForMe()).isEmpty();
        assertThatThrownBy(() -> tests.sheet(upcoming, TestPhase.PRE)).isInstanceOfSatisfying(
                UserFacingException.class, e -> assertThat(e.getTranslationKey()).isEqualTo("test.error.not-open"));
    }

    private List<String> pending() {
        return tests.pendingForMe().stream().map(t -> t.sessionId() + t.phase().name()).toList();
    }

    @Test
    void theSheetHidesTheAnswersAndEachPhaseIsScoredOnce() {
        saveAsAdmin(TEST, 70);
        LearningFixture.signIn("gita", participant, "EMPLOYEE");
        assertThat(tests.sheet(upcoming, TestPhase.PRE)).allSatisfy(item -> assertThat(item.options())
                .noneMatch(TestItem.Option::correct));

        Map<Long, Long> oneRight = answers(upcoming, TestPhase.PRE, true, false);
        Map<Long, Long> missing = new HashMap<>(oneRight);
        missing.remove(missing.keySet().iterator().next());
        assertThatThrownBy(() -> tests.submit(upcoming, TestPhase.PRE, missing)).isInstanceOfSatisfying(
                UserFacingException.class, e -> assertThat(e.getTranslationKey()).isEqualTo("test.error.unanswered"));
        TestResult pre = tests.submit(upcoming, TestPhase.PRE, oneRight);
        assertThat(pre.correct()).isEqualTo(1);
        assertThat(pre.score()).isEqualTo(50.0);
        assertThat(pre.passed()).isFalse();
        assertThatThrownBy(() -> tests.submit(upcoming, TestPhase.PRE, oneRight))
                .isInstanceOf(UserFacingException.class);

        clock.advance(Duration.ofDays(1).plusHours(1));
        TestResult post = tests.submit(upcoming, TestPhase.POST, answers(upcoming, TestPhase.POST, true, true));
        assertThat(post.score()).isEqualTo(100.0);
        assertThat(post.passed()).isTrue();
        assertThat(tests.pendingForMe()).noneMatch(t -> t.sessionId() == upcoming);
        assertThat(jdbc.sql("select count(*) from knowledge_test_attempt where session_id = ?").param(upcoming)
                .query(Long.class).single()).isEqualTo(2);
    }
}
