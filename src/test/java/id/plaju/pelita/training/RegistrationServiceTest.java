package id.plaju.pelita.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Registration on the real database, committed, including people racing for the last seats. */
@PelitaSpringTest
class RegistrationServiceTest {

    @Autowired
    Today today;

    @Autowired
    RegistrationService registration;

    @Autowired
    JdbcClient jdbc;

    private TrainingFixture fixture;
    private long programme;
    private List<Long> employees;

    @BeforeEach
    void setUp() {
        fixture = new TrainingFixture(jdbc);
        programme = fixture.programme("Uji Pendaftaran", "KLASIKAL", "TEKNIS");
        employees = jdbc.sql("select id from employee where active order by id limit 8").query(Long.class).list();
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete pa from participation pa join training_session s on s.id = pa.session_id where s.programme_id = ?")
                .param(programme).update();
        jdbc.sql("delete from training_session where programme_id = ?").param(programme).update();
        jdbc.sql("delete from training_programme where id = ?").param(programme).update();
    }

    private long openSession(Integer capacity) {
        return fixture.session(programme, today.dateTime().plusDays(10), "4.0", "OPEN", capacity);
    }

    private int seatsTaken(long session) {
        return jdbc.sql("select seats_taken from training_session where id = ?").param(session).query(Integer.class).single();
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.getTranslationKey()).isEqualTo(key));
    }

    @Test
    void registerTakesASeatAndCancelGivesItBack() {
        long session = openSession(5);
        TrainingFixture.signInAs("a", employees.get(0));

        registration.register(session);
        assertThat(seatsTaken(session)).isEqualTo(1);
        assertRefused(() -> registration.register(session), "training.error.already-registered");

        registration.cancel(session);
        assertThat(seatsTaken(session)).isZero();
        assertRefused(() -> registration.cancel(session), "training.error.cannot-cancel");
    }

    @Test
    void onlyOpenFutureSessionsTakeRegistrations() {
        long planned = fixture.session(programme, today.dateTime().plusDays(3), "2.0", "PLANNED", 10);
        long started = fixture.session(programme, today.dateTime().minusHours(1), "2.0", "OPEN", 10);
        TrainingFixture.signInAs("a", employees.get(0));

        assertRefused(() -> registration.register(planned), "training.error.not-open");
        assertRefused(() -> registration.register(started), "training.error.not-open");
    }

    @Test
    void anInvitedEmployeeRegistersIntoTheInvitation() {
        long session = openSession(1);
        fixture.attend(session, employees.get(0), "INVITED");
        TrainingFixture.signInAs("a", employees.get(0));

        registration.register(session);

        assertThat(jdbc.sql("select status from participation where session_id = ? and employee_id = ?")
                .params(session, employees.get(0)).query(String.class).single()).isEqualTo("REGISTERED");
        TrainingFixture.signInAs("b", employees.get(1));
        assertRefused(() -> registration.register(session), "training.error.full");
    }

    /** Eight people at once for three seats: exactly three get one, five are told it is full. */
    @RepeatedTest(5)
    void theLastSeatsGoToExactlyAsManyPeopleAsThereAreSeats() throws Exception {
        long session = openSession(3);
        ExecutorService pool = Executors.newFixedThreadPool(employees.size());
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < employees.size(); i++) {
            long employee = employees.get(i);
            String username = "racer" + i;
            results.add(pool.submit(() -> {
                TrainingFixture.signInAs(username, employee);
                start.await();
                try {
                    registration.register(session);
                    return true;
                } catch (UserFacingException e) {
                    refusals.add(e.getTranslationKey());
                    return false;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        long winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(winners).isEqualTo(3);
        assertThat(refusals).hasSize(employees.size() - 3).containsOnly("training.error.full");
        assertThat(seatsTaken(session)).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from participation where session_id = ?").param(session)
                .query(Integer.class).single()).isEqualTo(3);
    }
}
