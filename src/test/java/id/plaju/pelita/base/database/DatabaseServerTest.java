package id.plaju.pelita.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DatabaseServerTest {

    @ParameterizedTest
    @CsvSource({
            "11.4.5-MariaDB, MARIADB, 11, 4",
            "10.11.19-MariaDB-0+deb12u1, MARIADB, 10, 11",
            "5.5.5-10.11.6-MariaDB, MARIADB, 10, 11",
            "8.4.3, MYSQL, 8, 4",
            "8.0.40-0ubuntu0.22.04.1, MYSQL, 8, 0"})
    void recognisesTheServer(String version, DatabaseServer.Product product, int major, int minor) {
        DatabaseServer server = DatabaseServer.parse(version);
        assertThat(server.product()).isEqualTo(product);
        assertThat(server.major()).isEqualTo(major);
        assertThat(server.minor()).isEqualTo(minor);
    }

    @Test
    void productNamesMatchHibernatesDialectResolution() {
        assertThat(DatabaseServer.parse("11.4.5-MariaDB").productName()).isEqualTo("MariaDB");
        assertThat(DatabaseServer.parse("8.4.3").productName()).isEqualTo("MySQL");
    }

    @Test
    void refusesGarbage() {
        assertThatThrownBy(() -> DatabaseServer.parse("PostgreSQL")).isInstanceOf(IllegalArgumentException.class);
    }
}
