package id.plaju.pelita.demo;

import id.plaju.pelita.training.Jp;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two years of training history for the demo data, counted back from today ({@link DemoCalendar}):
 * programmes, about two sessions a month with invitations, attendance and evaluations, a few
 * nonklasikal activities, and open sessions in the coming weeks. Each employee has a fixed "diligence", so some end up green, some amber, some
 * red; one programme is rated irrelevant often enough to be flagged for curriculum review.
 */
@Component
@Conditional(DemoDataCondition.class)
class TrainingDemoData {

    static final long SEED = 20_251_001L;
    static final String FLAGGED_PROGRAMME = "Teori Administrasi Publik Lanjutan";

    private static final Logger log = LoggerFactory.getLogger(TrainingDemoData.class);

    private record Programme(String title, String delivery, String mode, String competency, String topic,
            String organizer, double relevance) {
    }

    private static final List<Programme> PROGRAMMES = List.of(
            new Programme("Pelayanan Prima Administrasi Kependudukan", "WORKSHOP", "KLASIKAL", "TEKNIS",
                    "Pelayanan publik", "Dinas Dukcapil Kota Palembang", 4.4),
            new Programme("Penyusunan SKP dan Manajemen Kinerja", "SEMINAR", "KLASIKAL", "MANAJERIAL",
                    "Manajemen kinerja", "BKPSDM Kota Palembang", 4.1),
            new Programme("Literasi Digital dan Keamanan Data", "ONLINE_COURSE", "NONKLASIKAL", "TEKNIS",
                    "Transformasi digital", "Diskominfo Kota Palembang", 3.9),
            new Programme("Coaching Kepemimpinan Pengawas", "COACHING", "NONKLASIKAL", "MANAJERIAL",
                    "Kepemimpinan", "Sekretariat Kecamatan Plaju", 4.2),
            new Programme("Komunikasi Publik dan Penanganan Pengaduan", "WORKSHOP", "KLASIKAL", "SOSIAL_KULTURAL",
                    "Komunikasi", "Kecamatan Plaju", 4.3),
            new Programme("Pengelolaan Keuangan dan Aset Kelurahan", "WORKSHOP", "KLASIKAL", "TEKNIS",
                    "Keuangan", "BPKAD Kota Palembang", 3.8),
            new Programme(FLAGGED_PROGRAMME, "SEMINAR", "KLASIKAL", "MANAJERIAL", "Administrasi publik",
                    "Lembaga pelatihan swasta", 2.3),
            new Programme("Mentoring Pelayanan Terpadu Kecamatan", "MENTORING", "NONKLASIKAL", "TEKNIS",
                    "Pelayanan terpadu", "Kecamatan Plaju", 4.0));

    private static final List<String> GOOD_COMMENTS = List.of(
            "Materinya langsung bisa dipakai di loket pelayanan.", "Contoh kasusnya sesuai dengan kondisi Plaju.",
            "Narasumber menguasai materi dan menjawab pertanyaan dengan jelas.",
            "Perlu sesi lanjutan untuk praktik.", "Sangat membantu penyusunan laporan bulanan.");
    private static final List<String> POOR_COMMENTS = List.of(
            "Terlalu teoretis, tidak terkait pekerjaan sehari-hari di kelurahan.",
            "Jadwalnya bentrok dengan pelayanan pagi.", "Materi lebih cocok untuk pejabat di tingkat kota.",
            "Sulit diterapkan dalam 30 hari ke depan.");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    TrainingDemoData(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Transactional
    public void load(DemoCalendar calendar) {
        if (jdbc.sql("select count(*) from training_programme").query(Long.class).single() > 0) {
            return;
        }
        List<Long> employees = jdbc.sql("select id from current_employee order by id").query(Long.class).list();
        if (employees.isEmpty()) {
            return;
        }
        Random random = new Random(SEED);
        Map<Long, Double> diligence = new HashMap<>();
        for (Long employee : employees) {
            diligence.put(employee, 0.15 + 0.85 * random.nextDouble());
        }
        List<Long> programmeIds = new ArrayList<>();
        for (Programme p : PROGRAMMES) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into training_programme (title, description, delivery, mode, competency, topic, organizer, active)
                    values (?, ?, ?, ?, ?, ?, ?, true)""")
                    .params(p.title(), "Program pengembangan kompetensi: " + p.topic().toLowerCase() + ".",
                            p.delivery(), p.mode(), p.competency(), p.topic(), p.organizer()).update(key);
            programmeIds.add(key.getKey().longValue());
        }

        History history = new History(programmeIds, employees, diligence);
        for (LocalDate month : calendar.historyMonths()) {
            history.month(random, month, start -> true);
        }
        // this month's sessions so far, from their own draws: the months before stay the same every day
        history.month(new Random(SEED + calendar.thisMonth().toEpochDay()), calendar.thisMonth(), calendar::isPast);
        List<Object[]> participations = history.participations;
        List<Object[]> evaluations = history.evaluations;
        int sessions = history.sessions;
        template.batchUpdate("insert into participation (session_id, employee_id, status, updated_at) values (?, ?, ?, ?)",
                participations);
        template.batchUpdate("""
                insert into training_evaluation (session_id, employee_id, relevance, usefulness, intent_to_apply,
                    trainer_quality, clashed_with_work, comment, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                evaluations);
        template.batchUpdate("update training_session s join (select ca.session_id, count(*) as attended"
                + " from credited_attendance ca group by ca.session_id) c on c.session_id = s.id"
                + " set s.seats_taken = c.attended");

        for (int i = 0; i < 4; i++) {
            Programme programme = PROGRAMMES.get(i == 3 ? 4 : i);
            LocalDateTime start = calendar.openSession(i);
            insertSession(programmeIds.get(i == 3 ? 4 : i), start, start.plusHours(6), i == 2 ? 2 : 25, "OPEN", programme);
        }
        LocalDateTime planned = calendar.plannedSession();
        insertSession(programmeIds.get(5), planned, planned.plusMinutes(390), 30, "PLANNED", PROGRAMMES.get(5));

        List<Object[]> activities = new ArrayList<>();
        for (Long employee : employees) {
            if (random.nextDouble() < 0.3) {
                LocalDate date = calendar.activityDate(12 * random.nextInt(2) + random.nextInt(10), 1 + random.nextInt(27));
                boolean pending = random.nextDouble() < 0.15;
                activities.add(new Object[] {employee, "Kursus daring ASN Belajar: " + List.of("Manajemen Risiko",
                        "Pelayanan Publik Digital", "Penulisan Naskah Dinas").get(random.nextInt(3)), "ONLINE_COURSE",
                        "TEKNIS", Date.valueOf(date), BigDecimal.valueOf(2 + random.nextInt(7)),
                        "Sertifikat penyelesaian kursus nomor " + (1000 + random.nextInt(9000)),
                        pending ? "PENDING" : "APPROVED"});
            }
        }
        template.batchUpdate("""
                insert into nonklasikal_activity (employee_id, title, delivery, competency, activity_date, jp, evidence, status)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", activities);
        log.info("Training demo data: {} programmes, {} sessions, {} participations, {} evaluations, {} activities",
                PROGRAMMES.size(), sessions + 5, participations.size(), evaluations.size(), activities.size());
    }

    private long insertSession(long programmeId, LocalDateTime start, LocalDateTime end, int capacity, String status,
            Programme programme) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into training_session (programme_id, starts_at, ends_at, place, capacity, jp, status)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(programmeId, start, end, programme.mode().equals("KLASIKAL")
                        ? "Aula Kantor Camat Plaju, Jl. D.I. Panjaitan" : "Daring (Zoom) — tautan dikirim lewat email",
                        capacity, Jp.between(start, end), status).update(key);
        return key.getKey().longValue();
    }

    private static Object[] evaluation(Random random, long session, long employee, Programme programme,
            LocalDateTime end) {
        int relevance = score(random, programme.relevance());
        boolean poor = programme.relevance() < 3;
        boolean clash = random.nextDouble() < (poor ? 0.55 : 0.15);
        String comment = random.nextDouble() < 0.35
                ? (relevance <= 2 ? POOR_COMMENTS : GOOD_COMMENTS).get(random.nextInt(relevance <= 2
                        ? POOR_COMMENTS.size() : GOOD_COMMENTS.size())) : null;
        return new Object[] {session, employee, relevance, score(random, programme.relevance() + 0.1),
                score(random, programme.relevance() - 0.2), score(random, programme.relevance() + 0.3), clash, comment,
                Timestamp.valueOf(end.plusHours(1))};
    }

    private static int score(Random random, double mean) {
        return (int) Math.max(1, Math.min(5, Math.round(mean + random.nextGaussian() * 0.8)));
    }

    /** The sessions of the history with their participations and evaluations, month by month. */
    private final class History {

        private final List<Long> programmeIds;
        private final List<Long> employees;
        private final Map<Long, Double> diligence;
        private final List<Object[]> participations = new ArrayList<>();
        private final List<Object[]> evaluations = new ArrayList<>();
        private int sessions;

        History(List<Long> programmeIds, List<Long> employees, Map<Long, Double> diligence) {
            this.programmeIds = programmeIds;
            this.employees = employees;
            this.diligence = diligence;
        }

        void month(Random random, LocalDate month, Predicate<LocalDateTime> include) {
            for (int n = 0; n < 2; n++) {
                int index = random.nextInt(PROGRAMMES.size());
                Programme programme = PROGRAMMES.get(index);
                LocalDateTime start = month.withDayOfMonth(3 + n * 12 + random.nextInt(8)).atTime(LocalTime.of(8, 30));
                LocalDateTime end = start.plusMinutes(135 + 45L * random.nextInt(7));
                if (!include.test(start)) {
                    continue;
                }
                long session = insertSession(programmeIds.get(index), start, end, 40, "DONE", programme);
                sessions++;
                for (Long employee : employees) {
                    double d = diligence.get(employee);
                    if (random.nextDouble() > 0.06 + 0.22 * d) {
                        continue;
                    }
                    String status;
                    double r = random.nextDouble();
                    if (r < d) {
                        status = random.nextDouble() < 0.12 ? "TERLAMBAT" : "HADIR";
                    } else {
                        status = List.of("IZIN", "SAKIT", "ALPA").get(random.nextInt(3));
                    }
                    participations.add(new Object[] {session, employee, status, Timestamp.valueOf(end)});
                    if ((status.equals("HADIR") || status.equals("TERLAMBAT")) && random.nextDouble() < 0.85) {
                        evaluations.add(evaluation(random, session, employee, programme, end));
                    }
                }
            }
        }
    }
}
