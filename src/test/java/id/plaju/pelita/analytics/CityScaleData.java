package id.plaju.pelita.analytics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole city's worth of data for the dashboard benchmark, separate from the demo data: 200 units
 * (a city root, 19 kecamatan, 180 kelurahan), 20,000 employees, six years of training (24,000
 * sessions, ≈ 600,000 participations, evaluations, nonklasikal activities) and 24 quarterly survey
 * rounds (≈ 400,000 responses with their six subscale scores and completions).
 *
 * <p>Rows are written with multi-row INSERTs of generated numbers and dates (no user input) and
 * fixed ids above the current maximum; a fixed seed makes every run the same. Raw item answers
 * ({@code survey_answer}) are not generated: the dashboards read only the scores stored at
 * submission. Run once per database; {@link #exists} tells whether it already ran.
 */
public final class CityScaleData {

    static final String ROOT_CODE = "CITY-ROOT";
    static final int KECAMATAN = 19;
    static final int KELURAHAN = 180;
    static final int EMPLOYEES = 20_000;
    static final int FIRST_YEAR = 2021;
    static final int YEARS = 6;
    static final int SESSIONS_PER_YEAR = 4_000;
    static final int SEATS = 25;
    static final int ROUNDS = 24;
    static final double RESPONSE_RATE = 0.835;
    private static final int CHUNK = 2_000;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] COMMENTS = {"Materi sangat relevan dengan pekerjaan sehari-hari.",
        "Waktunya bentrok dengan pelayanan di kantor.", "Narasumber menguasai materi.",
        "Perlu lebih banyak praktik.", "Ruangan terlalu panas.", "Bermanfaat untuk penyusunan SKP."};

    private final JdbcTemplate jdbc;
    private final Random random = new Random(2026);

    long rootId;
    final List<Long> kelurahanIds = new ArrayList<>();
    final List<Long> roundIds = new ArrayList<>();

    CityScaleData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The city data of this database: generated now if it is not there yet. */
    public static synchronized CityScaleData ensure(JdbcTemplate jdbc) {
        CityScaleData data = new CityScaleData(jdbc);
        if (!exists(jdbc)) {
            long start = System.nanoTime();
            data.generate(step -> System.out.printf(Locale.ROOT, "[city data] %-70s %6.1f s%n", step,
                    (System.nanoTime() - start) / 1e9));
            return data;
        }
        return data.load();
    }

    public long rootId() {
        return rootId;
    }

    public long kelurahanId() {
        return kelurahanIds.getFirst();
    }

    public long latestRoundId() {
        return roundIds.getLast();
    }

    static boolean exists(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from unit where code = ?", Long.class, ROOT_CODE) > 0;
    }

    /** Reads the ids of data generated earlier into this database. */
    CityScaleData load() {
        rootId = jdbc.queryForObject("select id from unit where code = ?", Long.class, ROOT_CODE);
        kelurahanIds.addAll(jdbc.queryForList("select id from unit where code like 'CITY-KEL-%' order by id", Long.class));
        roundIds.addAll(jdbc.queryForList("select id from survey_round where title like 'Bench %' order by opens_on",
                Long.class));
        return this;
    }

    void generate(Consumer<String> log) {
        long unitBase = next("unit");
        rootId = unitBase;
        List<String> rows = new ArrayList<>();
        rows.add(row(rootId, q(ROOT_CODE), q("Kota Palembang (bench)"), q("KECAMATAN"), "null"));
        long[] unitOf = new long[KECAMATAN + KELURAHAN];
        int[] kecamatanOf = new int[KECAMATAN + KELURAHAN];
        for (int k = 0; k < KECAMATAN; k++) {
            long id = unitBase + 1 + k;
            unitOf[k] = id;
            kecamatanOf[k] = k;
            rows.add(row(id, q("CITY-KEC-" + k), q("Bench Kecamatan " + (k + 1)), q("KECAMATAN"), rootId));
        }
        for (int l = 0; l < KELURAHAN; l++) {
            long id = unitBase + 1 + KECAMATAN + l;
            int k = l % KECAMATAN;
            unitOf[KECAMATAN + l] = id;
            kecamatanOf[KECAMATAN + l] = k;
            kelurahanIds.add(id);
            rows.add(row(id, q("CITY-KEL-" + l), q("Bench Kelurahan " + (k + 1) + "-" + (l / KECAMATAN + 1)),
                    q("KELURAHAN"), unitBase + 1 + k));
        }
        insert("unit (id, code, name, type, parent_id, active)", rows.stream().map(r -> r.replaceFirst("\\)$", ", true)"))
                .toList());

        // employees: kecamatan offices ≈ 40 staff each, kelurahan the rest
        long employeeBase = next("employee");
        long[] employeeUnit = new long[EMPLOYEES];
        List<List<Integer>> staffOfKecamatan = new ArrayList<>();
        for (int k = 0; k < KECAMATAN; k++) {
            staffOfKecamatan.add(new ArrayList<>());
        }
        rows.clear();
        for (int e = 0; e < EMPLOYEES; e++) {
            int u = e < KECAMATAN * 40 ? e % KECAMATAN : KECAMATAN + (e % KELURAHAN);
            employeeUnit[e] = unitOf[u];
            staffOfKecamatan.get(kecamatanOf[u]).add(e);
            LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(12_000));
            String nip = String.format(Locale.ROOT, "%s%04d%02d%d%03d", birth.toString().replace("-", ""),
                    1990 + random.nextInt(34), 1 + random.nextInt(12), 1 + random.nextInt(2), e % 1000);
            rows.add(row(employeeBase + e, q("9" + nip.substring(1, 8) + String.format(Locale.ROOT, "%010d", e)),
                    q("Pegawai Bench " + e), q(birth.toString()), q(e % 2 == 0 ? "MALE" : "FEMALE"), q("III_A"), q("PNS"),
                    q("PELAKSANA"), q("Pengelola"), employeeUnit[e], "true"));
        }
        insert("employee (id, nip, full_name, birth_date, gender, golongan, employment_type, position_family,"
                + " position_title, unit_id, active)", rows);
        log.accept("units and employees");

        long programmeBase = next("training_programme");
        String[] competencies = {"TEKNIS", "MANAJERIAL", "SOSIAL_KULTURAL"};
        rows.clear();
        for (int p = 0; p < 60; p++) {
            rows.add(row(programmeBase + p, q("Bench Program " + (p + 1)), q("WORKSHOP"), q("KLASIKAL"),
                    q(competencies[p % 3]), "true"));
        }
        insert("training_programme (id, title, delivery, mode, competency, active)", rows);

        long sessionBase = next("training_session");
        long participationBase = next("participation");
        long evaluationBase = next("training_evaluation");
        List<String> sessions = new ArrayList<>();
        List<String> participations = new ArrayList<>();
        List<String> evaluations = new ArrayList<>();
        long participation = participationBase;
        long evaluation = evaluationBase;
        int session = 0;
        for (int y = 0; y < YEARS; y++) {
            for (int s = 0; s < SESSIONS_PER_YEAR; s++, session++) {
                long sessionId = sessionBase + session;
                LocalDateTime start = LocalDate.of(FIRST_YEAR + y, 1, 1).plusDays(random.nextInt(365)).atTime(8, 0);
                int jp = 2 + random.nextInt(23);
                sessions.add(row(sessionId, programmeBase + random.nextInt(60), ts(start),
                        ts(start.plusHours(jp * 45 / 60)), q("Aula"), SEATS, SEATS, jp, q("DONE")));
                List<Integer> pool = staffOfKecamatan.get(random.nextInt(KECAMATAN));
                Set<Integer> seated = new HashSet<>();
                while (seated.size() < SEATS) {
                    seated.add(pool.get(random.nextInt(pool.size())));
                }
                for (int e : seated) {
                    double roll = random.nextDouble();
                    String status = roll < 0.85 ? "HADIR" : roll < 0.90 ? "TERLAMBAT" : roll < 0.95 ? "IZIN" : "ALPA";
                    participations.add(row(participation++, sessionId, employeeBase + e, q(status),
                            ts(start.plusDays(1))));
                    if ((status.equals("HADIR") || status.equals("TERLAMBAT")) && random.nextDouble() < 0.3) {
                        int relevance = 2 + random.nextInt(4);
                        evaluations.add(row(evaluation++, sessionId, employeeBase + e, relevance, 3 + random.nextInt(3),
                                3 + random.nextInt(3), 3 + random.nextInt(3), random.nextDouble() < 0.25,
                                random.nextDouble() < 0.3 ? q(COMMENTS[random.nextInt(COMMENTS.length)]) : "null",
                                ts(start.plusDays(2))));
                    }
                }
            }
            flush("training_session (id, programme_id, starts_at, ends_at, place, capacity, seats_taken, jp, status)",
                    sessions);
            flush("participation (id, session_id, employee_id, status, updated_at)", participations);
            flush("training_evaluation (id, session_id, employee_id, relevance, usefulness, intent_to_apply,"
                    + " trainer_quality, clashed_with_work, comment, submitted_at)", evaluations);
        }
        rows.clear();
        for (int y = 0; y < YEARS; y++) {
            for (int e = 0; e < EMPLOYEES; e++) {
                if (random.nextDouble() < 0.3) {
                    rows.add(row(employeeBase + e, q("Kursus daring"), q("ONLINE_COURSE"), q(competencies[e % 3]),
                            q(LocalDate.of(FIRST_YEAR + y, 1, 1).plusDays(random.nextInt(365)).toString()),
                            2 + random.nextInt(15), q("Sertifikat"), q("APPROVED")));
                }
            }
        }
        flush("nonklasikal_activity (employee_id, title, delivery, competency, activity_date, jp, evidence, status)", rows);
        log.accept("training: " + session + " sessions, " + (participation - participationBase) + " participations, "
                + (evaluation - evaluationBase) + " evaluations");

        // an instrument of its own, so the benchmark rounds pair with each other and not with the demo rounds
        long instrument = next("survey_instrument");
        jdbc.update("""
                insert into survey_instrument (id, code, instrument_version, name_id, name_en, scale_min, scale_max, status)
                values (?, 'PELITA-BENCH', 1, 'Bench', 'Bench', 1, 5, 'PUBLISHED')""", instrument);
        jdbc.update("""
                insert into survey_subscale (instrument_id, code, name_id, name_en, in_index, position)
                select ?, code, name_id, name_en, in_index, position from survey_subscale
                where instrument_id = (select id from survey_instrument where code = 'PELITA-MOTIVASI'
                                       and instrument_version = 1)""", instrument);
        List<Long> subscales = jdbc.queryForList("select id from survey_subscale where instrument_id = ? order by position",
                Long.class, instrument);
        long roundBase = next("survey_round");
        rows.clear();
        for (int r = 0; r < ROUNDS; r++) {
            LocalDate opens = LocalDate.of(FIRST_YEAR + r / 4, 1 + 3 * (r % 4), 1);
            roundIds.add(roundBase + r);
            rows.add(row(roundBase + r, instrument, q("Bench " + opens.getYear() + " T" + (r % 4 + 1)), q(opens.toString()),
                    q(opens.plusDays(20).toString()), q("CLOSED")));
        }
        insert("survey_round (id, instrument_id, title, opens_on, closes_on, status)", rows);

        long responseBase = next("survey_response");
        long response = responseBase;
        double[] baseline = new double[EMPLOYEES];
        for (int e = 0; e < EMPLOYEES; e++) {
            baseline[e] = 55 + random.nextGaussian() * 8;
        }
        List<String> responses = new ArrayList<>();
        List<String> scores = new ArrayList<>();
        List<String> completions = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            long round = roundBase + r;
            LocalDate day = LocalDate.of(FIRST_YEAR + r / 4, 1 + 3 * (r % 4), 10);
            for (int e = 0; e < EMPLOYEES; e++) {
                if (random.nextDouble() >= RESPONSE_RATE) {
                    continue;
                }
                boolean trained = random.nextDouble() < 0.45;
                if (trained) {
                    baseline[e] = Math.min(90, baseline[e] + 0.8);
                }
                double index = clamp(baseline[e] + random.nextGaussian() * 5);
                responses.add(row(response, round, employeeUnit[e], q("III"), trained,
                        q(String.format(Locale.ROOT, "%064x", employeeBase + e)), fixed(index)));
                for (long subscale : subscales) {
                    scores.add(row(response, subscale, round, employeeUnit[e], fixed(clamp(index + random.nextGaussian() * 6))));
                }
                completions.add(row(round, employeeBase + e, ts(day.atTime(9, 0))));
                response++;
            }
            if (r % 4 == 3 || r == ROUNDS - 1) {
                flush("survey_response (id, round_id, unit_id, grade_band, attended_training, pseudonym,"
                        + " motivation_index)", responses);
                flush("survey_response_score (response_id, subscale_id, round_id, unit_id, score)", scores);
                flush("survey_completion (round_id, employee_id, completed_at)", completions);
            }
        }
        log.accept("surveys: " + ROUNDS + " rounds, " + (response - responseBase) + " responses");
        for (String table : List.of("unit", "employee", "training_session", "participation", "training_evaluation",
                "nonklasikal_activity", "survey_response", "survey_response_score", "survey_completion")) {
            jdbc.execute("analyze table " + table);
        }
    }

    private long next(String table) {
        return jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from " + table, Long.class);
    }

    private void flush(String into, List<String> rows) {
        insert(into, rows);
        rows.clear();
    }

    private void insert(String into, List<String> rows) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            jdbc.execute("insert into " + into + " values " + String.join(",", rows.subList(from,
                    Math.min(rows.size(), from + CHUNK))));
        }
    }

    private static String row(Object... values) {
        StringBuilder row = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            row.append(i == 0 ? "" : ",").append(values[i]);
        }
        return row.append(')').toString();
    }

    /** A generated literal (never user input) in quotes. */
    private static String q(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A date and time as a quoted SQL literal. */
    private static String ts(LocalDateTime value) {
        return q(value.format(TIMESTAMP));
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(100, value));
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
