package id.plaju.pelita.base.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded MariaDB server that runs when no external datasource is configured.
 *
 * @param dataDir  where the server keeps its files; data survive a restart
 * @param port     TCP port on 127.0.0.1; 0 picks a free one
 * @param database schema the application uses
 * @param innodbBufferPoolSize InnoDB buffer pool size (e.g. {@code 1G}); empty keeps the server's default
 * @param watchdogInterval how often PELITA checks that the server still answers (it restarts a server
 *                         that missed two checks in a row); 0 turns the check off
 */
@ConfigurationProperties("pelita.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/mariadb") Path dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("pelita") String database,
        @DefaultValue("") String innodbBufferPoolSize,
        @DefaultValue("5s") Duration watchdogInterval) {
}
