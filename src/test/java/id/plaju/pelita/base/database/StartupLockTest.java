package id.plaju.pelita.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two instances' start-up work on one database, played by two threads with their own connections. */
@PelitaSpringTest
class StartupLockTest {

    @Autowired
    StartupLock lock;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FlywayMigrationStrategy migrationStrategy;

    @Autowired
    Flyway flyway;

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from app_secret where name like 'startup-lock-test%'").update();
    }

    @Test
    void startUpWorkOfTwoInstancesRunsOneAfterTheOtherSoItIsDoneOnce() {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        List<CompletableFuture<Void>> instances = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < 3; i++) {
            instances.add(CompletableFuture.runAsync(() -> {
                await(go);
                lock.run("the test's start-up work", () -> {
                    mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    // check, then write after a pause: without the lock all three see "none yet"
                    long written = jdbc.sql("select count(*) from app_secret where name = 'startup-lock-test'")
                            .query(Long.class).single();
                    pause(300);
                    if (written == 0) {
                        jdbc.sql("insert into app_secret (name, value) values ('startup-lock-test', ?)")
                                .param(Thread.currentThread().getName()).update();
                    }
                    inside.decrementAndGet();
                });
            }));
        }
        go.countDown();
        CompletableFuture.allOf(instances.toArray(CompletableFuture[]::new)).join();

        assertThat(mostInside).hasValue(1);
        assertThat(jdbc.sql("select count(*) from app_secret where name = 'startup-lock-test'").query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void migrationsWaitForTheStartUpWorkOfAnotherInstance() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<Void> otherInstance = holdLockUntil(done);

        CompletableFuture<Void> migration = CompletableFuture.runAsync(() -> migrationStrategy.migrate(flyway));
        Thread.sleep(1_500);
        assertThat(migration).as("waits while the other instance holds the lock").isNotDone();

        done.countDown();
        otherInstance.join();
        migration.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void anInstanceThatWaitsTooLongStopsWithAClearMessageAndTheLockIsFreeAfterwards() {
        StartupLock impatient = new StartupLock(dataSource, Duration.ofSeconds(1));
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<Void> holder = holdLockUntil(done);

        assertThatThrownBy(() -> impatient.run("the demo data", () -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("start-up lock").hasMessageContaining("the demo data was not run");

        done.countDown();
        holder.join();
        AtomicInteger ran = new AtomicInteger();
        impatient.run("after the holder", ran::incrementAndGet);
        assertThat(ran).hasValue(1);
    }

    /** Another instance's start-up work, holding the lock until {@code done}; returns once it holds it. */
    private CompletableFuture<Void> holdLockUntil(CountDownLatch done) {
        CountDownLatch held = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> lock.run("another instance", () -> {
            held.countDown();
            await(done);
        }));
        await(held);
        return holder;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
