package id.plaju.pelita.training;

import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.organization.UnitScopeService;
import id.plaju.pelita.security.Roles;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running a session: invite whole units or single employees, record attendance (Hadir, Terlambat,
 * Izin, Sakit, Alpa) and close the session, after which Hadir and Terlambat count as JP and the
 * attendees find an evaluation to fill in.
 */
@Service
@Transactional
@PreAuthorize(Roles.IS_ADMIN)
public class AttendanceService {

    private final JdbcClient jdbc;
    private final UnitScopeService scope;
    private final Clock clock;

    AttendanceService(JdbcClient jdbc, UnitScopeService scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ParticipantRow> participants(long sessionId) {
        return jdbc.sql("""
                select pa.id, e.id as employee_id, e.nip, e.full_name, u.name as unit_name, pa.status
                from participation pa join employee e on e.id = pa.employee_id join unit u on u.id = e.unit_id
                where pa.session_id = ? order by u.name, e.full_name""").param(sessionId)
                .query((rs, i) -> new ParticipantRow(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("nip"),
                        rs.getString("full_name"), rs.getString("unit_name"),
                        ParticipationStatus.valueOf(rs.getString("status")))).list();
    }

    /** Invites every active employee of the units and their sub-units; returns how many were new. */
    public int inviteUnits(long sessionId, Collection<Long> unitIds) {
        requireNotDone(sessionId);
        if (unitIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                insert into participation (session_id, employee_id, status, updated_at)
                select :session, e.id, 'INVITED', :now from current_employee e
                where e.unit_id in (:units)
                  and not exists (select 1 from participation p where p.session_id = :session and p.employee_id = e.id)""")
                .param("session", sessionId).param("units", scope.withDescendants(unitIds)).param("now", now())
                .update();
    }

    public void inviteEmployee(long sessionId, long employeeId) {
        requireNotDone(sessionId);
        jdbc.sql("""
                insert into participation (session_id, employee_id, status, updated_at)
                select ?, ?, 'INVITED', ? from dual
                where not exists (select 1 from participation p where p.session_id = ? and p.employee_id = ?)""")
                .params(sessionId, employeeId, now(), sessionId, employeeId).update();
    }

    public void setStatus(long participationId, ParticipationStatus status) {
        if (!ParticipationStatus.ATTENDANCE.contains(status)) {
            throw new UserFacingException("training.error.attendance-value");
        }
        int updated = jdbc.sql("""
                update participation pa join training_session s on s.id = pa.session_id
                set pa.status = ?, pa.updated_at = ? where pa.id = ? and s.status <> 'DONE'""")
                .params(status.name(), now(), participationId).update();
        if (updated == 0) {
            throw new UserFacingException("training.error.session-closed");
        }
    }

    /** Everyone invited or registered is marked Hadir; single rows can be changed afterwards. */
    public int markAllPresent(long sessionId) {
        requireNotDone(sessionId);
        return jdbc.sql("""
                update participation set status = 'HADIR', updated_at = ?
                where session_id = ? and status in ('INVITED', 'REGISTERED')""").params(now(), sessionId).update();
    }

    /** Closes the session: registered people without attendance count as Alpa. */
    public void close(long sessionId) {
        requireNotDone(sessionId);
        jdbc.sql("update participation set status = 'ALPA', updated_at = ? where session_id = ? and status = 'REGISTERED'")
                .params(now(), sessionId).update();
        jdbc.sql("update training_session set status = 'DONE', version = version + 1 where id = ?").param(sessionId)
                .update();
    }

    private void requireNotDone(long sessionId) {
        String status = jdbc.sql("select status from training_session where id = ?").param(sessionId)
                .query(String.class).optional()
                .orElseThrow(() -> new UserFacingException("training.error.session-not-found"));
        if (SessionStatus.DONE.name().equals(status)) {
            throw new UserFacingException("training.error.session-closed");
        }
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }
}
