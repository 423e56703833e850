package id.plaju.pelita.base.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * A named lock in the database ({@code GET_LOCK}, in MySQL and MariaDB alike) held while an instance
 * runs a start-up write — the demo data, the first administrator, the figures of rounds closed before
 * V008 — so that two instances started together on one database never both write them: the second
 * waits, then finds the work done. Flyway takes a lock of its own for the migrations.
 *
 * <p>The lock belongs to one connection, held apart from the pool's others for the whole work, and is
 * asked for in short waits, each well within the driver's socket timeout.
 */
@Component
public class StartupLock {

    static final String NAME = "pelita-startup";
    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    private static final int WAIT_SECONDS = 3;

    private final DataSource dataSource;
    private final Duration patience;

    @Autowired
    StartupLock(DataSource dataSource) {
        this(dataSource, Duration.ofMinutes(5));
    }

    StartupLock(DataSource dataSource, Duration patience) {
        this.dataSource = dataSource;
        this.patience = patience;
    }

    /** Runs {@code work} while no other instance runs start-up work on this database. */
    public void run(String what, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            acquire(connection, what);
            try {
                work.run();
            } finally {
                try (PreparedStatement release = connection.prepareStatement("select release_lock(?)")) {
                    release.setString(1, NAME);
                    release.execute();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Start-up lock for " + what + " failed", e);
        }
    }

    private void acquire(Connection connection, String what) throws SQLException {
        long deadline = System.nanoTime() + patience.toNanos();
        boolean waited = false;
        try (PreparedStatement lock = connection.prepareStatement("select get_lock(?, ?)")) {
            lock.setString(1, NAME);
            lock.setInt(2, WAIT_SECONDS);
            while (true) {
                try (ResultSet result = lock.executeQuery()) {
                    result.next();
                    if (result.getInt(1) == 1) {
                        if (waited) {
                            log.info("Start-up lock taken for {} after another instance released it", what);
                        }
                        return;
                    }
                }
                if (!waited) {
                    log.info("Another instance is running its start-up work on this database; {} waits", what);
                    waited = true;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Another PELITA instance held the start-up lock '" + NAME
                            + "' for more than " + patience.toMinutes() + " minutes; " + what + " was not run");
                }
            }
        }
    }
}
