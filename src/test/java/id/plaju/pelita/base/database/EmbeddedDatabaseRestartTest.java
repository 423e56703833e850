package id.plaju.pelita.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import id.plaju.pelita.PelitaSpringTest;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded database process is killed under a running portal: the watchdog starts it again on
 * the same port and data, and the portal answers again by itself, with nothing lost. The test waits
 * until it does, so the tests after it find the database as before.
 */
@PelitaSpringTest
class EmbeddedDatabaseRestartTest {

    @Autowired
    ObjectProvider<EmbeddedMariaDb> embedded;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aKilledDatabaseIsStartedAgainAndThePortalRecovers() throws Exception {
        EmbeddedMariaDb db = embedded.getIfAvailable();
        Assumptions.assumeTrue(db != null, "runs on the embedded database only");
        int restartsBefore = db.restarts();
        long units = jdbc.queryForObject("select count(*) from unit", Long.class);
        jdbc.update("insert into audit_log (occurred_at, actor, action, target) values (now(6), 'test', 'LOGIN', 'before-kill')");

        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("--port=" + db.port())).toList();
        assertThat(servers).as("the mariadbd process on port " + db.port()).isNotEmpty();
        servers.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle server : servers) {
            server.onExit().get();
        }

        long deadline = System.nanoTime() + 60_000_000_000L;
        Long after = null;
        while (after == null && System.nanoTime() < deadline) {
            try {
                after = jdbc.queryForObject("select count(*) from unit", Long.class);
            } catch (RuntimeException stillDown) {
                Thread.sleep(500);
            }
        }
        assertThat(after).as("units after the restart").isEqualTo(units);
        assertThat(db.restarts()).isEqualTo(restartsBefore + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where target = 'before-kill'", Long.class))
                .isEqualTo(1);
    }
}
