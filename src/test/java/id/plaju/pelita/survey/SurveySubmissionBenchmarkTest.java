package id.plaju.pelita.survey;

import static org.assertj.core.api.Assertions.assertThat;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.organization.Gender;
import id.plaju.pelita.organization.Nip;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 500 employees submit the same round at once — each twice, as a double click would — through the
 * service on the real database. Prints throughput, p50/p95 latency, lost and duplicated responses.
 * Run with {@code ./mvnw -Pbench test}.
 */
@PelitaSpringTest
@Tag("bench")
class SurveySubmissionBenchmarkTest {

    @Autowired
    Today today;

    private static final int EMPLOYEES = 500;
    private static final int THREADS = 32;

    @Autowired
    SurveyResponseService responses;

    @Autowired
    InstrumentService instruments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    private long unit;
    private long round;

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from survey_response where round_id = ?").param(round).update();
        jdbc.sql("delete from survey_completion where round_id = ?").param(round).update();
        jdbc.sql("delete from survey_round where id = ?").param(round).update();
        jdbc.sql("delete from employee where unit_id = ?").param(unit).update();
        jdbc.sql("delete from unit where id = ?").param(unit).update();
    }

    @Test
    void fiveHundredConcurrentSubmissions() throws Exception {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into unit (code, name, type, active) values ('BENCH-SURVEY', 'Bench', 'SEKSI', true)").update(key);
        unit = key.getKey().longValue();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < EMPLOYEES; i++) {
            rows.add(new Object[] {Nip.of(LocalDate.of(1970, 1, 1).plusDays(i), YearMonth.of(2000, 3), Gender.MALE,
                    1 + i % 999).value(), "Bench " + i, unit});
        }
        template.batchUpdate("""
                insert into employee (nip, full_name, birth_date, gender, golongan, employment_type, position_family,
                    position_title, unit_id, active) values (?, ?, '1970-01-01', 'MALE', 'III_A', 'PNS', 'PELAKSANA',
                    'Pengelola Data', ?, true)""", rows);
        List<Long> employees = jdbc.sql("select id from employee where unit_id = ?").param(unit).query(Long.class).list();
        long instrument = jdbc.sql("select id from survey_instrument where code = 'PELITA-MOTIVASI' and instrument_version = 1")
                .query(Long.class).single();
        GeneratedKeyHolder roundKey = new GeneratedKeyHolder();
        jdbc.sql("insert into survey_round (instrument_id, title, opens_on, closes_on, status) values (?, 'Bench', ?, ?, 'OPEN')")
                .params(instrument, today.date().minusDays(1), today.date().plusDays(1)).update(roundKey);
        round = roundKey.getKey().longValue();
        SurveyResponseServiceTest.signInAs(employees.getFirst());
        Map<Long, Integer> answers = new HashMap<>();
        instruments.load(instrument).items().forEach(i -> answers.put(i.id(), 1 + (int) (i.id() % 5)));
        SecurityContextHolder.clearContext();

        List<Long> attempts = new ArrayList<>(employees);
        attempts.addAll(employees);
        Collections.shuffle(attempts, new Random(7));
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refusedAsDuplicate = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        for (long employee : attempts) {
            pool.submit(() -> {
                SurveyResponseServiceTest.signInAs(employee);
                try {
                    start.await();
                    long t0 = System.nanoTime();
                    responses.submit(round, answers);
                    latencies.add(System.nanoTime() - t0);
                    accepted.incrementAndGet();
                } catch (UserFacingException e) {
                    refusedAsDuplicate.incrementAndGet();
                } catch (Exception e) {
                    failed.incrementAndGet();
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return null;
            });
        }
        long begin = System.nanoTime();
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        double seconds = (System.nanoTime() - begin) / 1e9;

        int responsesStored = jdbc.sql("select count(*) from survey_response where round_id = ?").param(round)
                .query(Integer.class).single();
        int distinct = jdbc.sql("select count(distinct pseudonym) from survey_response where round_id = ?").param(round)
                .query(Integer.class).single();
        List<Long> sorted = latencies.stream().sorted().toList();
        long p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1_000_000;
        long p95 = sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.95)) / 1_000_000;
        int lost = accepted.get() - responsesStored;
        int duplicated = responsesStored - distinct;
        System.out.printf("%nBENCHMARK survey submissions: %d employees × 2 attempts on %d threads in %.2f s — "
                        + "%.0f accepted/s, p50 %d ms, p95 %d ms; accepted %d, refused as already submitted %d, "
                        + "errors %d; lost %d, duplicated %d%n%n", EMPLOYEES, THREADS, seconds, accepted.get() / seconds,
                p50, p95, accepted.get(), refusedAsDuplicate.get(), failed.get(), lost, duplicated);

        assertThat(accepted.get()).isEqualTo(EMPLOYEES);
        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
        assertThat(responsesStored).isEqualTo(EMPLOYEES);
    }
}
