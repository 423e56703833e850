package id.plaju.pelita.training;

import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.organization.UnitScopeService;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.security.audit.AuditAction;
import id.plaju.pelita.security.audit.AuditService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A head (or an admin) invites their own staff to an open session, e.g. from the dashboard's
 * "Perlu tindak lanjut" list. Every employee must be active and in a unit of the caller's scope:
 * a forged id is refused before anything is written, and each invitation is audited.
 */
@Service
@Transactional
@PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
public class StaffInvitationService {

    private final JdbcClient jdbc;
    private final UnitScopeService scope;
    private final AuditService audit;
    private final Clock clock;

    StaffInvitationService(JdbcClient jdbc, UnitScopeService scope, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Invites the employees to the session, which must be open and not yet started.
     *
     * @return how many were newly invited (those already invited or registered are left as they are)
     */
    public int invite(long sessionId, Collection<Long> employeeIds) {
        Set<Long> ids = new TreeSet<>(employeeIds);
        if (ids.isEmpty()) {
            return 0;
        }
        // the session's row is locked, as registrations lock it, so a session closing now waits for us
        boolean open = jdbc.sql("select status = 'OPEN' and starts_at > ? from training_session where id = ? for update")
                .params(LocalDateTime.now(clock.withZone(Today.ZONE)), sessionId).query(Boolean.class)
                .optional().orElseThrow(() -> new UserFacingException("training.error.session-not-found"));
        if (!open) {
            throw new UserFacingException("training.error.not-open");
        }
        List<Long> units = jdbc.sql("select unit_id from current_employee where id in (:ids)").param("ids", ids)
                .query(Long.class).list();
        if (units.size() != ids.size()) {
            throw new AccessDeniedException("Employees " + ids + " are not all active employees");
        }
        scope.requireVisible(Set.copyOf(units));
        int invited = jdbc.sql("""
                insert into participation (session_id, employee_id, status, updated_at)
                select :session, e.id, 'INVITED', :now from employee e
                where e.id in (:ids)
                  and not exists (select 1 from participation p where p.session_id = :session and p.employee_id = e.id)""")
                .param("session", sessionId).param("ids", ids).param("now", Timestamp.from(Instant.now(clock)))
                .update();
        String who = ids.size() <= 50 ? " " + ids : "";
        audit.record(AuditAction.STAFF_INVITED, "session " + sessionId, invited + " of " + ids.size() + " employees" + who);
        return invited;
    }
}
