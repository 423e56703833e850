package id.plaju.pelita.training;

import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.PelitaUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employee registers for an open session, or cancels before it starts. The seat is taken by
 * one conditional UPDATE ({@code seats_taken < capacity}) under a lock of the session's row, so when
 * two people take the last seat at once exactly one of them gets it and the other is told so.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class RegistrationService {

    private final JdbcClient jdbc;
    private final Clock clock;

    RegistrationService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void register(long sessionId) {
        long me = employeeId();
        lockSession(sessionId);
        Optional<String> current = participation(sessionId, me);
        if (current.isPresent() && !current.get().equals(ParticipationStatus.INVITED.name())) {
            throw new UserFacingException("training.error.already-registered");
        }
        int taken = jdbc.sql("""
                update training_session set seats_taken = seats_taken + 1
                where id = :id and status = 'OPEN' and starts_at > :now
                  and (capacity is null or seats_taken < capacity)""")
                .param("id", sessionId).param("now", now()).update();
        if (taken == 0) {
            boolean open = jdbc.sql("select count(*) from training_session where id = ? and status = 'OPEN' and starts_at > ?")
                    .params(sessionId, now()).query(Integer.class).single() > 0;
            throw new UserFacingException(open ? "training.error.full" : "training.error.not-open");
        }
        try {
            if (current.isPresent()) {
                jdbc.sql("update participation set status = 'REGISTERED', updated_at = ? where session_id = ? and employee_id = ?")
                        .params(Timestamp.from(Instant.now(clock)), sessionId, me).update();
            } else {
                jdbc.sql("insert into participation (session_id, employee_id, status, updated_at) values (?, ?, 'REGISTERED', ?)")
                        .params(sessionId, me, Timestamp.from(Instant.now(clock))).update();
            }
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("training.error.already-registered");
        }
    }

    public void cancel(long sessionId) {
        long me = employeeId();
        lockSession(sessionId);
        int removed = jdbc.sql("""
                delete pa from participation pa join training_session s on s.id = pa.session_id
                where pa.session_id = :id and pa.employee_id = :me and pa.status = 'REGISTERED' and s.starts_at > :now""")
                .param("id", sessionId).param("me", me).param("now", now()).update();
        if (removed == 0) {
            throw new UserFacingException("training.error.cannot-cancel");
        }
        jdbc.sql("update training_session set seats_taken = seats_taken - 1 where id = ? and seats_taken > 0")
                .param(sessionId).update();
    }

    /**
     * Every registration and cancellation of a session first locks the session's row, so they run
     * one after another per session — no gap locks on participation, hence no deadlocks.
     */
    private void lockSession(long sessionId) {
        jdbc.sql("select id from training_session where id = ? for update").param(sessionId).query(Long.class)
                .optional().orElseThrow(() -> new UserFacingException("training.error.session-not-found"));
    }

    private Optional<String> participation(long sessionId, long employeeId) {
        return jdbc.sql("select status from participation where session_id = ? and employee_id = ?")
                .params(sessionId, employeeId).query(String.class).optional();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Today.ZONE));
    }

    static long employeeId() {
        return CurrentUser.principal().map(PelitaUser::getEmployeeId)
                .orElseThrow(() -> new UserFacingException("training.error.no-employee"));
    }
}
