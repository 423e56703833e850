package id.plaju.pelita.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning and application for the demo data, from the training history (so counted back from
 * today): a five-item test for three programmes with pre- and post-test results of their attendees;
 * a Rencana Tindak Lanjut for every evaluation; for sessions that ended at least 90 days ago the
 * follow-up and the atasan's rating — except the most recent due ones, left waiting so that
 * {@code pegawai} and {@code kepala} find something to do. One programme, the one the catalogue rule
 * already flags, is rarely applied, and its curriculum review (decision: revise) is under way.
 * Fixed seed: the same every start.
 */
@Component
@Conditional(DemoDataCondition.class)
class LearningDemoData {

    static final long SEED = 20_261_213L;
    /** Follow-ups of sessions that ended this many days ago or fewer (but due) are left waiting. */
    static final int WAITING_DAYS = 150;
    static final int FOLLOW_UP_DAYS = 90;

    private static final Logger log = LoggerFactory.getLogger(LearningDemoData.class);

    /** The programmes with a test, by title, and the mean gain their attendees make. */
    private static final Map<String, Integer> TESTED = Map.of(
            "Pelayanan Prima Administrasi Kependudukan", 2,
            "Penyusunan SKP dan Manajemen Kinerja", 1,
            "Komunikasi Publik dan Penanganan Pengaduan", 2);

    private static final List<String[]> ITEMS = List.of(
            new String[] {"Berapa JP pengembangan kompetensi yang menjadi hak setiap ASN per tahun?", "10 JP",
                "*20 JP", "40 JP"},
            new String[] {"Apa kepanjangan SKP?", "*Sasaran Kinerja Pegawai", "Standar Kompetensi Pegawai",
                "Surat Keputusan Pegawai"},
            new String[] {"Indeks Kepuasan Masyarakat diukur menurut peraturan apa?", "*PermenPAN-RB 14/2017",
                "PP 11/2017", "UU 5/2014"},
            new String[] {"Mutu pelayanan dengan IKM 80 termasuk kategori?", "A", "*B", "C", "D"},
            new String[] {"Langkah pertama menangani pengaduan warga adalah?", "*Mencatat dan memberi nomor tiket",
                "Meneruskan ke camat", "Menunggu pengaduan kedua"});

    private static final List<String> ACTIONS = List.of(
            "Menerapkan antrean bernomor untuk layanan administrasi kependudukan",
            "Menyusun SOP singkat pelayanan di loket kelurahan",
            "Berbagi materi pelatihan kepada rekan satu seksi",
            "Membuat rekap pengaduan warga setiap bulan",
            "Memperbarui papan informasi persyaratan layanan",
            "Menggunakan format laporan baru untuk laporan bulanan");

    private static final List<String> EXAMPLES = List.of(
            "Antrean bernomor sudah dipakai sejak bulan lalu.", "SOP ditempel di loket dan dibagikan ke rekan.",
            "Materi dibagikan dalam rapat seksi.", "Rekap pengaduan dikirim ke sekcam tiap akhir bulan.");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LearningDemoData(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    private record Attended(long sessionId, long employeeId, long unitId, String title, LocalDateTime endsAt,
            boolean evaluated) {
    }

    @Transactional
    public void load(DemoCalendar calendar) {
        if (jdbc.sql("select count(*) from knowledge_test").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from action_plan").query(Long.class).single() > 0) {
            return;
        }
        Random random = new Random(SEED);
        LocalDate today = calendar.today();
        Timestamp now = Timestamp.valueOf(today.atStartOfDay());
        Map<String, Long> tests = new HashMap<>();
        jdbc.sql("select id, title from training_programme").query(rs -> {
            if (TESTED.containsKey(rs.getString("title"))) {
                tests.put(rs.getString("title"), insertTest(rs.getLong("id"), now));
            }
        });
        List<Attended> attended = jdbc.sql("""
                select ca.session_id, ca.employee_id, e.unit_id, p.title, s.ends_at,
                    exists (select 1 from training_evaluation v where v.session_id = ca.session_id
                        and v.employee_id = ca.employee_id) as evaluated
                from credited_attendance ca join training_session s on s.id = ca.session_id
                join training_programme p on p.id = ca.programme_id join employee e on e.id = ca.employee_id
                order by s.ends_at, ca.session_id, ca.employee_id""")
                .query((rs, i) -> new Attended(rs.getLong("session_id"), rs.getLong("employee_id"),
                        rs.getLong("unit_id"), rs.getString("title"),
                        rs.getObject("ends_at", LocalDateTime.class), rs.getBoolean("evaluated")))
                .list();
        Atasan atasan = atasan();
        List<Object[]> attempts = new ArrayList<>();
        List<Object[]> actions = new ArrayList<>();
        List<Object[]> ratings = new ArrayList<>();
        for (Attended a : attended) {
            Long test = tests.get(a.title());
            if (test != null && random.nextDouble() < 0.9) {
                int pre = Math.min(5, Math.max(0, 2 + random.nextInt(2) - (random.nextDouble() < 0.2 ? 1 : 0)));
                int post = Math.min(5, pre + TESTED.get(a.title()) + random.nextInt(2) - (random.nextDouble() < 0.15 ? 1 : 0));
                Timestamp preAt = Timestamp.valueOf(a.endsAt().minusDays(3));
                Timestamp postAt = Timestamp.valueOf(a.endsAt().minusHours(1));
                attempts.add(attempt(test, a, "PRE", pre, preAt));
                attempts.add(attempt(test, a, "POST", Math.max(0, post), postAt));
            }
            if (!a.evaluated()) {
                continue;
            }
            boolean flagged = TrainingDemoData.FLAGGED_PROGRAMME.equals(a.title());
            LocalDate ended = a.endsAt().toLocalDate();
            boolean due = !ended.plusDays(FOLLOW_UP_DAYS).isAfter(today);
            boolean waiting = due && ended.plusDays(WAITING_DAYS).isAfter(today);
            int count = 1 + random.nextInt(flagged ? 1 : 3);
            for (int position = 1; position <= count; position++) {
                String action = ACTIONS.get(random.nextInt(ACTIONS.size()));
                LocalDate target = ended.plusDays(14 + random.nextInt(60));
                if (!due || (waiting && random.nextDouble() < 0.5)) {
                    actions.add(new Object[] {a.sessionId(), a.employeeId(), position, action, target, null, null,
                        null, null});
                    continue;
                }
                double r = random.nextDouble();
                String outcome = r < (flagged ? 0.12 : 0.62) ? "DONE" : r < (flagged ? 0.35 : 0.85) ? "IN_PROGRESS"
                        : "NOT_STARTED";
                String obstacle = "DONE".equals(outcome) ? null
                        : flagged ? (random.nextDouble() < 0.7 ? "NOT_RELEVANT" : "NO_TIME")
                        : List.of("NO_TIME", "NO_SUPPORT", "NO_MEANS", "NO_TIME").get(random.nextInt(4));
                String example = "DONE".equals(outcome) ? EXAMPLES.get(random.nextInt(EXAMPLES.size())) : null;
                actions.add(new Object[] {a.sessionId(), a.employeeId(), position, action, target, outcome, example,
                    obstacle, Timestamp.valueOf(ended.plusDays(FOLLOW_UP_DAYS + random.nextInt(14)).atTime(10, 0))});
            }
            String ratedBy = atasan.of(a.unitId(), a.employeeId());
            if (due && !waiting && ratedBy != null && random.nextDouble() < 0.85) {
                int rating = flagged ? 1 + random.nextInt(3) : 3 + random.nextInt(3) - (random.nextDouble() < 0.2 ? 1 : 0);
                ratings.add(new Object[] {a.sessionId(), a.employeeId(), ratedBy, rating,
                    Timestamp.valueOf(ended.plusDays(FOLLOW_UP_DAYS + 7).atTime(9, 0))});
            }
        }
        template.batchUpdate("""
                insert into knowledge_test_attempt (test_id, session_id, employee_id, phase, correct, items, score, passed,
                    submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", attempts);
        template.batchUpdate("""
                insert into action_plan (session_id, employee_id, position, action, target_date, outcome, example, obstacle,
                    reported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", actions);
        template.batchUpdate("""
                insert into application_rating (session_id, employee_id, rated_by, rating, rated_at)
                values (?, ?, ?, ?, ?)""", ratings);
        log.info("Demo learning: {} tests, {} test attempts, {} planned actions, {} atasan ratings", tests.size(),
                attempts.size(), actions.size(), ratings.size());
        insertReview(today);
    }

    /** The review under way of the programme whose alumni apply least (and which its participants find least relevant). */
    private void insertReview(LocalDate today) {
        LocalDateTime opened = today.minusDays(20).atTime(9, 30);
        jdbc.sql("""
                insert into curriculum_review (programme_id, reasons, findings, decision, owner, due_date, status,
                    opened_by, opened_at, updated_by, updated_at)
                select id, 'LOW_APPLICATION,LOW_RELEVANCE', ?, 'REVISE', 'Subbagian Umum dan Kepegawaian', ?,
                    'IN_PROGRESS', 'admin', ?, 'admin', ?
                from training_programme where title = ?""")
                .params("""
                        Materi terlalu teoretis: peserta menilai relevansi rendah dan sedikit rencana tindak lanjut                         yang terlaksana. Hambatan yang paling sering disebut: tidak relevan dengan tugas di kelurahan.                         Revisi: studi kasus pelayanan di kelurahan, latihan menyusun SOP, dan pendampingan 30 hari.""",
                        today.plusDays(40), opened, opened, TrainingDemoData.FLAGGED_PROGRAMME)
                .update();
    }

    private static Object[] attempt(long test, Attended a, String phase, int correct, Timestamp at) {
        BigDecimal score = BigDecimal.valueOf(correct * 20L);
        return new Object[] {test, a.sessionId(), a.employeeId(), phase, correct, ITEMS.size(), score,
            score.intValue() >= 70, at};
    }

    private long insertTest(long programmeId, Timestamp now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into knowledge_test (programme_id, version_no, pass_mark, created_by, created_at)
                values (?, 1, 70, 'admin', ?)""").params(programmeId, now).update(key);
        long testId = key.getKey().longValue();
        int position = 1;
        for (String[] item : ITEMS) {
            GeneratedKeyHolder itemKey = new GeneratedKeyHolder();
            jdbc.sql("insert into knowledge_test_item (test_id, position, question) values (?, ?, ?)")
                    .params(testId, position++, item[0]).update(itemKey);
            for (int o = 1; o < item.length; o++) {
                boolean correct = item[o].startsWith("*");
                jdbc.sql("insert into knowledge_test_option (item_id, position, label, correct) values (?, ?, ?, ?)")
                        .params(itemKey.getKey().longValue(), o, correct ? item[o].substring(1) : item[o], correct)
                        .update();
            }
        }
        return testId;
    }

    /** The demo's heads by unit, to name the atasan who rated (the nearest head up, not oneself). */
    private record Atasan(Map<Long, Long> parents, Map<Long, String> headOf, Map<String, Long> employeeOf) {

        String of(long unitId, long employeeId) {
            Set<Long> seen = new HashSet<>();
            for (Long unit = unitId; unit != null && seen.add(unit); unit = parents.get(unit)) {
                String head = headOf.get(unit);
                if (head != null && !Long.valueOf(employeeId).equals(employeeOf.get(head))) {
                    return head;
                }
            }
            return null;
        }
    }

    private Atasan atasan() {
        Map<Long, Long> parents = new HashMap<>();
        jdbc.sql("select id, parent_id from unit").query(rs -> {
            parents.put(rs.getLong("id"), rs.getObject("parent_id", Long.class));
        });
        Map<Long, String> headOf = new HashMap<>();
        Map<String, Long> employeeOf = new HashMap<>();
        jdbc.sql("""
                select h.unit_id, a.username, a.employee_id from user_account_head_unit h
                join user_account a on a.id = h.user_account_id""").query(rs -> {
            headOf.put(rs.getLong("unit_id"), rs.getString("username"));
            employeeOf.put(rs.getString("username"), rs.getObject("employee_id", Long.class));
        });
        return new Atasan(parents, headOf, employeeOf);
    }
}
