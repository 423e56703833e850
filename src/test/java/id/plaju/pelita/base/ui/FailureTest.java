package id.plaju.pelita.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.plaju.pelita.base.UserFacingException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

class FailureTest {

    @Test
    void anUnexpectedFailureGetsAnIncidentIdAndNoneOfItsOwnText() {
        Failure failure = Failure.of(new InvalidDataAccessResourceUsageException("bad SQL",
                new SQLSyntaxErrorException("near 'wherea.status")));
        assertThat(failure.key()).isEqualTo("error.unexpected");
        assertThat(failure.status()).isEqualTo(500);
        assertThat(failure.incident()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(failure.arguments()).containsExactly(failure.incident());
        assertThat(Failure.of(new RuntimeException()).incident()).isNotEqualTo(failure.incident());
    }

    @Test
    void aRefusalKeepsItsOwnMessageKey() {
        Failure failure = Failure.of(new RuntimeException(new UserFacingException("training.error.session-not-found")));
        assertThat(failure.key()).isEqualTo("training.error.session-not-found");
        assertThat(failure.incident()).isNull();
    }

    @Test
    void anUnreachableDatabaseIsSaidSo() {
        Failure failure = Failure.of(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("timeout")));
        assertThat(failure.key()).isEqualTo("error.database");
        assertThat(failure.status()).isEqualTo(503);
        assertThat(failure.incident()).isNotNull();
    }

    @Test
    void aForbiddenActionAndAConcurrentChangeHaveTheirOwnMessages() {
        assertThat(Failure.of(new AccessDeniedException("no")).key()).isEqualTo("error.forbidden");
        assertThat(Failure.of(new ObjectOptimisticLockingFailureException("Unit", 1L)).key()).isEqualTo("error.conflict");
    }
}
