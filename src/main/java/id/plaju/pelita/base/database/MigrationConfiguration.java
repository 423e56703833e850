package id.plaju.pelita.base.database;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

    /**
     * One instance runs all pending migrations while any other instance starting on the same database
     * waits, then finds none left. Flyway's own lock is per migration: two instances started together
     * would share the migrations out between them, and the one that finished first could go on with a
     * schema the other was still changing.
     */
    @Bean
    FlywayMigrationStrategy migrateUnderStartupLock(StartupLock startupLock) {
        return flyway -> startupLock.run("the database migrations", () -> flyway.migrate());
    }
}
