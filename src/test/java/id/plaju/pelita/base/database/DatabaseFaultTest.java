package id.plaju.pelita.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.base.ui.Failure;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database that accepts connections and then says nothing (a stalled server, a dead network path):
 * with the portal's own pool settings a request gives up within 10 s with a failure the user reads as
 * "Basis data tidak dapat dihubungi", and the health check says DOWN.
 */
@PelitaSpringTest
class DatabaseFaultTest {

    @Autowired
    DataSource dataSource;

    /** The portal's pool, pointed at a server that never answers. */
    private HikariDataSource stalled(int port) {
        HikariDataSource portal = (HikariDataSource) dataSource;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:mysql://127.0.0.1:" + port + "/pelita");
        config.setUsername("pelita");
        config.setPassword("x");
        config.setConnectionTimeout(portal.getConnectionTimeout());
        config.setValidationTimeout(portal.getValidationTimeout());
        config.setDataSourceProperties(portal.getDataSourceProperties());
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    @Test
    void theConfiguredTimeoutsAreShort() {
        HikariDataSource portal = (HikariDataSource) dataSource;
        assertThat(portal.getConnectionTimeout()).isLessThanOrEqualTo(5_000);
        assertThat(portal.getDataSourceProperties()).containsEntry("connectTimeout", "4000")
                .containsEntry("socketTimeout", "9000");
    }

    @Test
    void aStalledDatabaseIsReportedWithinTenSecondsAndHealthIsDown() throws Exception {
        List<Socket> held = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                while (!silent.isClosed()) {
                    try {
                        held.add(silent.accept()); // accept, then never send the server greeting
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            try (HikariDataSource pool = stalled(silent.getLocalPort())) {
                long start = System.nanoTime();
                assertThatThrownBy(() -> {
                    try (Connection c = pool.getConnection()) {
                        new JdbcTemplate(pool).queryForObject("select 1", Integer.class);
                    }
                }).satisfies(e -> assertThat(Failure.of(new CannotGetJdbcConnectionException("test",
                        (java.sql.SQLException) e)).key()).isEqualTo("error.database"));
                double seconds = (System.nanoTime() - start) / 1e9;
                assertThat(seconds).as("seconds until the user is told").isLessThan(10);

                DataSourceHealthIndicator health = new DataSourceHealthIndicator(pool, "select 1");
                assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            }
            acceptor.interrupt();
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }
}
