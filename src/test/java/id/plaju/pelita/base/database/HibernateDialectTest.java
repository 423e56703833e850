package id.plaju.pelita.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import id.plaju.pelita.PelitaSpringTest;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Hibernate's dialect matches the server it really talks to, with its real version. */
@PelitaSpringTest
class HibernateDialectTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    DataSource dataSource;

    @Test
    void dialectMatchesTheServer() {
        DatabaseServer server = DatabaseServer.detect(dataSource);
        Dialect dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();

        assertThat(dialect).isInstanceOf(server.product() == DatabaseServer.Product.MARIADB
                ? MariaDBDialect.class : MySQLDialect.class);
        assertThat(dialect.getVersion().getDatabaseMajorVersion()).isEqualTo(server.major());
        assertThat(dialect.getVersion().getDatabaseMinorVersion()).isEqualTo(server.minor());
    }
}
