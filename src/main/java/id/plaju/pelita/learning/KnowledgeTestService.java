package id.plaju.pelita.learning;

import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.security.audit.AuditAction;
import id.plaju.pelita.security.audit.AuditService;
import id.plaju.pelita.training.ParticipationStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pre- and post-test of a programme (Kirkpatrick level 2). An admin writes the items; a version
 * that has been taken is never changed — saving creates the next version, so every attempt keeps
 * the items it was scored on. A participant of a session takes the pre-test from registering
 * until the session ends, and the post-test from its start until it is closed; each once.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class KnowledgeTestService {

    public static final int DEFAULT_PASS_MARK = 70;

    /** Participation statuses that may take a test: registered, or already marked present. */
    private static final String TAKING = Stream.of(ParticipationStatus.values())
            .filter(s -> s == ParticipationStatus.REGISTERED || s.creditsJp())
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    private final JdbcClient jdbc;
    private final Today today;
    private final AuditService audit;

    KnowledgeTestService(JdbcClient jdbc, Today today, AuditService audit) {
        this.jdbc = jdbc;
        this.today = today;
        this.audit = audit;
    }

    /** The newest version of the programme's test, if it has one. */
    @PreAuthorize(Roles.IS_ADMIN)
    public Optional<TestVersion> current(long programmeId) {
        return currentVersion(programmeId);
    }

    private Optional<TestVersion> currentVersion(long programmeId) {
        return jdbc.sql("""
                select t.id, t.version_no, t.pass_mark, (select count(*) from knowledge_test_attempt a where a.test_id = t.id) as attempts
                from knowledge_test t where t.programme_id = ? order by t.version_no desc limit 1""")
                .param(programmeId)
                .query((rs, i) -> new TestVersion(rs.getLong("id"), programmeId, rs.getInt("version_no"),
                        rs.getInt("pass_mark"), items(rs.getLong("id"), true), rs.getLong("attempts")))
                .optional();
    }

    /** Per programme with a test: its newest version's number, items and attempts. */
    @PreAuthorize(Roles.IS_ADMIN)
    public Map<Long, TestSummary> summaries() {
        Map<Long, TestSummary> byProgramme = new HashMap<>();
        jdbc.sql("""
                select t.programme_id, t.version_no, t.pass_mark,
                    (select count(*) from knowledge_test_item i where i.test_id = t.id) as items,
                    (select count(*) from knowledge_test_attempt a where a.test_id = t.id) as attempts
                from knowledge_test t
                where t.version_no = (select max(t2.version_no) from knowledge_test t2 where t2.programme_id = t.programme_id)""")
                .query((rs, i) -> new TestSummary(rs.getLong("programme_id"), rs.getInt("version_no"),
                        rs.getInt("pass_mark"), rs.getInt("items"), rs.getLong("attempts")))
                .list().forEach(v -> byProgramme.put(v.programmeId(), v));
        return byProgramme;
    }

    /**
     * Saves the programme's test from its text form. A version nobody has taken is changed in
     * place; otherwise the next version is created. Returns the version now current.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public TestVersion save(long programmeId, String text, int passMark) {
        if (passMark < 1 || passMark > 100) {
            throw new UserFacingException("test.error.pass-mark");
        }
        List<TestItem> items = TestBankText.parse(text);
        if (jdbc.sql("select count(*) from training_programme where id = ?").param(programmeId).query(Long.class)
                .single() == 0) {
            throw new UserFacingException("training.error.programme-not-found");
        }
        Optional<TestVersion> current = currentVersion(programmeId);
        long testId;
        if (current.isPresent() && !current.get().locked()) {
            testId = current.get().id();
            jdbc.sql("update knowledge_test set pass_mark = ? where id = ?").params(passMark, testId).update();
            jdbc.sql("delete from knowledge_test_item where test_id = ?").param(testId).update();
        } else {
            int versionNo = current.map(v -> v.versionNo() + 1).orElse(1);
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into knowledge_test (programme_id, version_no, pass_mark, created_by, created_at)
                    values (?, ?, ?, ?, ?)""")
                    .params(programmeId, versionNo, passMark, Me.username(), today.dateTime()).update(key);
            testId = key.getKey().longValue();
        }
        int position = 1;
        for (TestItem item : items) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into knowledge_test_item (test_id, position, question) values (?, ?, ?)")
                    .params(testId, position++, item.question()).update(key);
            long itemId = key.getKey().longValue();
            int optionPosition = 1;
            for (TestItem.Option option : item.options()) {
                jdbc.sql("insert into knowledge_test_option (item_id, position, label, correct) values (?, ?, ?, ?)")
                        .params(itemId, optionPosition++, option.label(), option.correct()).update();
            }
        }
        TestVersion saved = currentVersion(programmeId).orElseThrow();
        audit.record(AuditAction.KNOWLEDGE_TEST_SAVED, "programme " + programmeId,
                "version " + saved.versionNo() + ", " + items.size() + " items, pass mark " + passMark);
        return saved;
    }

    private List<TestItem> items(long testId, boolean withAnswers) {
        Map<Long, TestItem> items = new LinkedHashMap<>();
        jdbc.sql("""
                select i.id as item_id, i.question, o.id as option_id, o.label, o.correct
                from knowledge_test_item i join knowledge_test_option o on o.item_id = i.id
                where i.test_id = ? order by i.position, o.position""").param(testId)
                .query(rs -> {
                    long itemId = rs.getLong("item_id");
                    if (!items.containsKey(itemId)) {
                        items.put(itemId, new TestItem(itemId, rs.getString("question"), new ArrayList<>()));
                    }
                    items.get(itemId).options().add(new TestItem.Option(rs.getLong("option_id"), rs.getString("label"),
                            withAnswers && rs.getBoolean("correct")));
                });
        return items.values().stream().map(i -> new TestItem(i.id(), i.question(), List.copyOf(i.options()))).toList();
    }

    /** The tests the caller may take now, pre-tests first. */
    public List<PendingTest> pendingForMe() {
        return jdbc.sql("""
                select s.id, p.title, s.starts_at, ph.phase,
                    (select count(*) from knowledge_test_item i where i.test_id = t.id) as items
                from participation pa
                join training_session s on s.id = pa.session_id
                join training_programme p on p.id = s.programme_id
                join knowledge_test t on t.programme_id = p.id
                    and t.version_no = (select max(t2.version_no) from knowledge_test t2 where t2.programme_id = p.id)
                join (select 'PRE' as phase union all select 'POST') ph
                where pa.employee_id = :me and pa.status in %s and s.status in ('PLANNED', 'OPEN')
                  and ((ph.phase = 'PRE' and s.ends_at > :now
                        and not exists (select 1 from knowledge_test_attempt a where a.session_id = s.id and a.employee_id = :me))
                    or (ph.phase = 'POST' and s.starts_at <= :now
                        and not exists (select 1 from knowledge_test_attempt a where a.session_id = s.id
                            and a.employee_id = :me and a.phase = 'POST')))
                order by s.starts_at, ph.phase desc""".formatted(TAKING))
                .param("me", Me.employeeId()).param("now", today.dateTime())
                .query((rs, i) -> new PendingTest(rs.getLong("id"), rs.getString("title"),
                        rs.getObject("starts_at", java.time.LocalDateTime.class), TestPhase.valueOf(rs.getString("phase")),
                        rs.getInt("items")))
                .list();
    }

    /** The items of a test the caller may take now, without the answers; refused otherwise. */
    public List<TestItem> sheet(long sessionId, TestPhase phase) {
        long testId = pendingTestId(sessionId, phase);
        return items(testId, false);
    }

    private long pendingTestId(long sessionId, TestPhase phase) {
        boolean pending = pendingForMe().stream().anyMatch(t -> t.sessionId() == sessionId && t.phase() == phase);
        if (!pending) {
            throw new UserFacingException("test.error.not-open");
        }
        return jdbc.sql("""
                select t.id from training_session s join knowledge_test t on t.programme_id = s.programme_id
                where s.id = ? order by t.version_no desc limit 1""").param(sessionId).query(Long.class).single();
    }

    /** Scores the caller's answers (item id → chosen option id); every item must be answered. */
    @Transactional
    public TestResult submit(long sessionId, TestPhase phase, Map<Long, Long> answers) {
        long testId = pendingTestId(sessionId, phase);
        List<TestItem> items = items(testId, true);
        int correct = 0;
        for (TestItem item : items) {
            Long chosen = answers.get(item.id());
            if (chosen == null) {
                throw new UserFacingException("test.error.unanswered");
            }
            TestItem.Option option = item.options().stream().filter(o -> o.id().equals(chosen)).findFirst()
                    .orElseThrow(() -> new UserFacingException("test.error.unanswered"));
            correct += option.correct() ? 1 : 0;
        }
        int passMark = jdbc.sql("select pass_mark from knowledge_test where id = ?").param(testId).query(Integer.class)
                .single();
        BigDecimal score = BigDecimal.valueOf(100L * correct).divide(BigDecimal.valueOf(items.size()), 2,
                RoundingMode.HALF_UP);
        boolean passed = score.compareTo(BigDecimal.valueOf(passMark)) >= 0;
        try {
            jdbc.sql("""
                    insert into knowledge_test_attempt (test_id, session_id, employee_id, phase, correct, items, score,
                        passed, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(testId, sessionId, Me.employeeId(), phase.name(), correct, items.size(), score, passed,
                            today.dateTime())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("test.error.already");
        }
        return new TestResult(correct, items.size(), score.doubleValue(), passMark, passed);
    }
}
