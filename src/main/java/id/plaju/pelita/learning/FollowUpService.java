package id.plaju.pelita.learning;

import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.training.EvaluationData;
import id.plaju.pelita.training.EvaluationService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Application on the job (Kirkpatrick level 3). With the evaluation of a session, the participant
 * writes a Rencana Tindak Lanjut of one to three actions with target dates. When the follow-up is
 * due ({@link FollowUpProperties#days()} after the session ended, once it is closed), the
 * participant reports on each action, and their atasan — the head of the nearest unit up from the
 * participant's unit that has a head other than the participant — rates whether they applied what
 * they learned.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class FollowUpService {

    private final JdbcClient jdbc;
    private final Today today;
    private final EvaluationService evaluations;
    private final FollowUpProperties properties;

    FollowUpService(JdbcClient jdbc, Today today, EvaluationService evaluations, FollowUpProperties properties) {
        this.jdbc = jdbc;
        this.today = today;
        this.evaluations = evaluations;
        this.properties = properties;
    }

    /** The day a session ending on {@code sessionDate} is followed up. */
    public LocalDate dueOn(LocalDate sessionDate) {
        return sessionDate.plusDays(properties.days());
    }

    /**
     * Stores the evaluation and the action plan together: both or neither. Refuses a plan with no
     * action, more than three, an action shorter than {@value PlannedAction#MIN_LENGTH} characters,
     * or a target date before the session or more than a year after it.
     */
    @Transactional
    public void submitEvaluation(long sessionId, EvaluationData evaluation, List<PlannedAction> actions) {
        List<PlannedAction> plan = actions.stream()
                .filter(a -> a != null && (a.action() != null && !a.action().isBlank() || a.targetDate() != null))
                .toList();
        if (plan.size() < PlannedAction.MIN_ACTIONS || plan.size() > PlannedAction.MAX_ACTIONS) {
            throw new UserFacingException("follow-up.error.action-count", PlannedAction.MIN_ACTIONS,
                    PlannedAction.MAX_ACTIONS);
        }
        LocalDate sessionDate = jdbc.sql("select starts_at from training_session where id = ?").param(sessionId)
                .query(LocalDateTime.class).optional().map(LocalDateTime::toLocalDate)
                .orElseThrow(() -> new UserFacingException("training.error.session-not-found"));
        for (PlannedAction action : plan) {
            String text = action.action() == null ? "" : action.action().strip();
            if (text.length() < PlannedAction.MIN_LENGTH) {
                throw new UserFacingException("follow-up.error.action-short", PlannedAction.MIN_LENGTH);
            }
            if (text.length() > PlannedAction.MAX_LENGTH) {
                throw new UserFacingException("follow-up.error.action-long", PlannedAction.MAX_LENGTH);
            }
            if (action.targetDate() == null || action.targetDate().isBefore(sessionDate)
                    || action.targetDate().isAfter(sessionDate.plusYears(1))) {
                throw new UserFacingException("follow-up.error.target-date", sessionDate, sessionDate.plusYears(1));
            }
        }
        evaluations.submit(sessionId, evaluation);
        long me = Me.employeeId();
        int position = 1;
        for (PlannedAction action : plan) {
            jdbc.sql("insert into action_plan (session_id, employee_id, position, action, target_date) values (?, ?, ?, ?, ?)")
                    .params(sessionId, me, position++, action.action().strip(), action.targetDate()).update();
        }
    }

    /** The actions I planned for a session, in order. */
    private List<ActionItem> actions(long sessionId, long employeeId) {
        return jdbc.sql("""
                select id, position, action, target_date from action_plan
                where session_id = ? and employee_id = ? order by position""").params(sessionId, employeeId)
                .query((rs, i) -> new ActionItem(rs.getLong("id"), rs.getInt("position"), rs.getString("action"),
                        rs.getObject("target_date", LocalDate.class)))
                .list();
    }

    /** The sessions whose follow-up is due for me: closed, ended at least the interval ago, not yet reported. */
    public List<PendingFollowUp> pendingForMe() {
        long me = Me.employeeId();
        return jdbc.sql("""
                select distinct s.id, p.title, s.ends_at
                from action_plan ap join training_session s on s.id = ap.session_id
                join training_programme p on p.id = s.programme_id
                where ap.employee_id = ? and ap.reported_at is null and s.status = 'DONE' and s.ends_at < ?
                order by s.ends_at""")
                .params(me, today.date().minusDays(properties.days() - 1L).atStartOfDay())
                .query((rs, i) -> new PendingFollowUp(rs.getLong("id"), rs.getString("title"),
                        rs.getObject("ends_at", LocalDateTime.class).toLocalDate(), actions(rs.getLong("id"), me)))
                .list();
    }

    /** Reports on every action of my plan for a due session, all at once. */
    @Transactional
    public void report(long sessionId, List<ActionReport> reports) {
        long me = Me.employeeId();
        PendingFollowUp due = pendingForMe().stream().filter(f -> f.sessionId() == sessionId).findFirst()
                .orElseThrow(() -> new UserFacingException("follow-up.error.not-due"));
        Map<Long, ActionReport> byAction = new HashMap<>();
        reports.forEach(r -> byAction.put(r.actionId(), r));
        for (ActionItem action : due.actions()) {
            ActionReport report = byAction.get(action.id());
            if (report == null || report.outcome() == null) {
                throw new UserFacingException("follow-up.error.outcome", action.position());
            }
            if (report.outcome() != Outcome.DONE && report.obstacle() == null) {
                throw new UserFacingException("follow-up.error.obstacle", action.position());
            }
            if (report.example() != null && report.example().length() > ActionReport.MAX_EXAMPLE) {
                throw new UserFacingException("follow-up.error.example-long", ActionReport.MAX_EXAMPLE);
            }
        }
        LocalDateTime now = today.dateTime();
        for (ActionItem action : due.actions()) {
            ActionReport report = byAction.get(action.id());
            String example = report.example() == null || report.example().isBlank() ? null : report.example().strip();
            Obstacle obstacle = report.outcome() == Outcome.DONE ? null : report.obstacle();
            jdbc.sql("""
                    update action_plan set outcome = ?, example = ?, obstacle = ?, reported_at = ?
                    where id = ? and employee_id = ? and reported_at is null""")
                    .params(report.outcome().name(), example, obstacle == null ? null : obstacle.name(), now,
                            action.id(), me)
                    .update();
        }
    }

    /** The participants whose application I am asked to rate, as their atasan. */
    @PreAuthorize("hasRole('" + Roles.HEAD + "')")
    public List<PendingRating> pendingRatingsForMe() {
        String me = Me.username();
        record Due(long sessionId, long employeeId, String name, long unitId, String title, LocalDate date) {
        }
        List<Due> due = jdbc.sql("""
                select distinct s.id as session_id, e.id as employee_id, e.full_name, e.unit_id, p.title, s.ends_at
                from action_plan ap join training_session s on s.id = ap.session_id
                join training_programme p on p.id = s.programme_id
                join current_employee e on e.id = ap.employee_id
                where s.status = 'DONE' and s.ends_at < ?
                  and not exists (select 1 from application_rating r where r.session_id = s.id and r.employee_id = e.id)
                order by s.ends_at, e.full_name""")
                .param(today.date().minusDays(properties.days() - 1L).atStartOfDay())
                .query((rs, i) -> new Due(rs.getLong("session_id"), rs.getLong("employee_id"),
                        rs.getString("full_name"), rs.getLong("unit_id"), rs.getString("title"),
                        rs.getObject("ends_at", LocalDateTime.class).toLocalDate()))
                .list();
        if (due.isEmpty()) {
            return List.of();
        }
        Atasan atasan = atasan();
        return due.stream().filter(d -> atasan.of(d.unitId(), d.employeeId()).contains(me))
                .map(d -> new PendingRating(d.sessionId(), d.employeeId(), d.name(), d.title(), d.date(),
                        actions(d.sessionId(), d.employeeId())))
                .toList();
    }

    /** Rates one participant's application of a session, once; only their atasan may. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.HEAD + "')")
    public void rate(long sessionId, long employeeId, int rating, String note) {
        if (rating < 1 || rating > 5) {
            throw new UserFacingException("follow-up.error.rating");
        }
        if (note != null && note.length() > PendingRating.MAX_NOTE) {
            throw new UserFacingException("follow-up.error.note-long", PendingRating.MAX_NOTE);
        }
        boolean mine = pendingRatingsForMe().stream()
                .anyMatch(r -> r.sessionId() == sessionId && r.employeeId() == employeeId);
        if (!mine) {
            throw new UserFacingException("follow-up.error.not-yours");
        }
        try {
            jdbc.sql("""
                    insert into application_rating (session_id, employee_id, rated_by, rating, note, rated_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(sessionId, employeeId, Me.username(), rating,
                            note == null || note.isBlank() ? null : note.strip(), today.dateTime())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("follow-up.error.not-yours");
        }
    }

    /** Who heads which unit, and the unit tree, to find a participant's atasan. */
    private record Atasan(Map<Long, Long> parents, Map<Long, List<Head>> headsByUnit) {

        record Head(String username, Long employeeId) {
        }

        /** The heads of the nearest unit up from {@code unitId} that has a head other than the employee. */
        Set<String> of(long unitId, long employeeId) {
            Set<Long> seen = new HashSet<>();
            Long unit = unitId;
            while (unit != null && seen.add(unit)) {
                Set<String> heads = new HashSet<>();
                for (Head head : headsByUnit.getOrDefault(unit, List.of())) {
                    if (!Objects.equals(head.employeeId(), employeeId)) {
                        heads.add(head.username());
                    }
                }
                if (!heads.isEmpty()) {
                    return heads;
                }
                unit = parents.get(unit);
            }
            return Set.of();
        }
    }

    private Atasan atasan() {
        Map<Long, Long> parents = new HashMap<>();
        jdbc.sql("select id, parent_id from unit").query(rs -> {
            parents.put(rs.getLong("id"), rs.getObject("parent_id", Long.class));
        });
        Map<Long, List<Atasan.Head>> heads = new LinkedHashMap<>();
        jdbc.sql("""
                select h.unit_id, a.username, a.employee_id
                from user_account_head_unit h join user_account a on a.id = h.user_account_id
                join user_account_role r on r.user_account_id = a.id and r.role = ?
                where a.enabled""").param(Roles.HEAD)
                .query(rs -> {
                    heads.computeIfAbsent(rs.getLong("unit_id"), u -> new ArrayList<>())
                            .add(new Atasan.Head(rs.getString("username"), rs.getObject("employee_id", Long.class)));
                });
        return new Atasan(parents, heads);
    }
}
