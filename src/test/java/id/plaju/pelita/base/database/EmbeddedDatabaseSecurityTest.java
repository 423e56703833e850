package id.plaju.pelita.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.plaju.pelita.PelitaSpringTest;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database as a user on the host would try it (issue 10): without the generated
 * password nobody gets in — not root, not the application's user — and the password and the survey
 * pseudonym key sit in owner-only files, not in a table.
 */
@PelitaSpringTest
class EmbeddedDatabaseSecurityTest {

    @Autowired
    ObjectProvider<EmbeddedMariaDb> embedded;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConnectionWithoutThePasswordIsRefused() throws SQLException {
        EmbeddedMariaDb db = embedded.getIfAvailable();
        assumeTrue(db != null, "runs on the embedded database only");
        String url = "jdbc:mysql://127.0.0.1:" + db.port() + "/?connectTimeout=5000";

        for (String[] attempt : new String[][] {{"root", ""}, {"root", "root"}, {EmbeddedMariaDb.USER, ""},
                {EmbeddedMariaDb.USER, "pelita123"}, {"", ""}}) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, attempt[0], attempt[1]).close())
                    .as("user '%s' with password '%s'", attempt[0], attempt[1])
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        }
        try (var connection = DriverManager.getConnection(url, db.username(), db.password())) {
            assertThat(connection.isValid(2)).isTrue();
        }
    }

    @Test
    void theSecretsAreOwnerOnlyFilesAndNotInTheDatabase() throws Exception {
        EmbeddedMariaDb db = embedded.getIfAvailable();
        assumeTrue(db != null, "runs on the embedded database only");
        var directory = db.secrets().directory();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
        for (String file : new String[] {EmbeddedMariaDb.PASSWORD_FILE, "survey-pseudonym.key"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve(file))))
                    .as(file).isEqualTo("rw-------");
        }
        assertThat(Files.list(directory)).as("the start-up script with the password is gone")
                .noneMatch(p -> p.getFileName().toString().endsWith(".sql"));
        assertThat(jdbc.sql("select name from app_secret").query(String.class).list())
                .as("no key in the database, only the key's check value").containsExactly("survey-pseudonym-check");
    }
}
