package id.plaju.pelita.base.database;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells Hibernate which server it talks to, read from {@code SELECT VERSION()}, instead of letting
 * it read JDBC metadata through MySQL Connector/J. Connector/J misreports MariaDB: 10.11 appears as
 * "MySQL 5.5.5" (an unsupported MySQL), and 11.x as "MySQL 11", for which Connector/J queries a
 * MySQL-only column ({@code INFORMATION_SCHEMA.KEYWORDS.RESERVED}) and fails. With the product and
 * version given, Hibernate picks MariaDBDialect or MySQLDialect for the real version.
 */
@Configuration(proxyBeanMethods = false)
class HibernateDialectConfiguration {

    private static final Logger log = LoggerFactory.getLogger(HibernateDialectConfiguration.class);

    @Bean
    HibernatePropertiesCustomizer databaseServerDialect(DataSource dataSource) {
        DatabaseServer server = DatabaseServer.detect(dataSource);
        log.info("Database server: {} {}.{} ({})", server.productName(), server.major(), server.minor(),
                server.version());
        return properties -> {
            properties.put("jakarta.persistence.database-product-name", server.productName());
            properties.put("jakarta.persistence.database-product-version", server.version());
            properties.put("jakarta.persistence.database-major-version", String.valueOf(server.major()));
            properties.put("jakarta.persistence.database-minor-version", String.valueOf(server.minor()));
            properties.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        };
    }
}
