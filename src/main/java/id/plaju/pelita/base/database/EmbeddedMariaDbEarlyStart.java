package id.plaju.pelita.base.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded MariaDB on a thread of its own as soon as the environment is known, while
 * Spring builds the rest of the application (on two cores that overlaps about four seconds of the
 * start-up); the {@code embeddedMariaDb} bean then takes the server it started. Registered by
 * {@code Application.main}; without it (e.g. in tests) the bean starts the server itself.
 */
public final class EmbeddedMariaDbEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN = "embeddedMariaDbEarlyStart";

    /** The server being started. */
    record Started(CompletableFuture<EmbeddedMariaDb> server) {

        EmbeddedMariaDb join() {
            try {
                return server.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!EmbeddedDatabaseCondition.isEmbedded(context.getEnvironment())) {
            return;
        }
        EmbeddedDatabaseProperties properties = Binder.get(context.getEnvironment())
                .bindOrCreate("pelita.embedded-db", EmbeddedDatabaseProperties.class);
        CompletableFuture<EmbeddedMariaDb> server = new CompletableFuture<>();
        Thread.ofPlatform().name("embedded-mariadb-start").start(() -> {
            try {
                server.complete(EmbeddedMariaDb.start(properties));
            } catch (RuntimeException | Error e) {
                server.completeExceptionally(e);
            }
        });
        context.getBeanFactory().registerSingleton(BEAN, new Started(server));
    }
}
