package id.plaju.pelita.base.database;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB when no {@code spring.datasource.url} is set and hands its address to
 * Spring Boot's datasource auto-configuration as {@link JdbcConnectionDetails}, so pool settings,
 * Flyway and JPA work exactly as with an external server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties,
            ObjectProvider<EmbeddedMariaDbEarlyStart.Started> early) {
        EmbeddedMariaDbEarlyStart.Started started = early.getIfAvailable();
        return started != null ? started.join() : EmbeddedMariaDb.start(properties);
    }

    @Bean
    JdbcConnectionDetails embeddedMariaDbConnectionDetails(EmbeddedMariaDb db) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return db.username();
            }

            @Override
            public String getPassword() {
                return db.password();
            }

            @Override
            public String getJdbcUrl() {
                return db.jdbcUrl();
            }

            @Override
            public String getDriverClassName() {
                return DatabaseDriver.MYSQL.getDriverClassName();
            }
        };
    }
}
