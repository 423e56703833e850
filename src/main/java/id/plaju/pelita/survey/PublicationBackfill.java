package id.plaju.pelita.survey;

import id.plaju.pelita.base.database.StartupLock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes, at start-up, the closed rounds that have no decided figures yet — rounds closed before
 * figures were stored (databases from before migration V008). Oldest first, so each round's
 * trained / not-trained comparison can check the round before it.
 */
@Component
@Order(40)
class PublicationBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PublicationBackfill.class);

    private final JdbcClient jdbc;
    private final RoundPublisher publisher;
    private final StartupLock startupLock;

    PublicationBackfill(JdbcClient jdbc, RoundPublisher publisher, StartupLock startupLock) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.startupLock = startupLock;
    }

    /** Under the start-up lock, so that two instances started together decide each round once. */
    @Override
    public void run(ApplicationArguments args) {
        startupLock.run("the figures of closed rounds", this::publishUndecided);
    }

    private void publishUndecided() {
        List<Long> rounds = jdbc.sql("select id from survey_round where status = 'CLOSED' and published_at is null"
                + " order by opens_on, id").query(Long.class).list();
        rounds.forEach(publisher::publish);
        if (!rounds.isEmpty()) {
            log.info("Decided the published figures of {} closed survey rounds", rounds.size());
        }
    }
}
