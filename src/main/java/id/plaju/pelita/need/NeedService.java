package id.plaju.pelita.need;

import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.organization.UnitScopeService;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.security.audit.AuditAction;
import id.plaju.pelita.security.audit.AuditService;
import id.plaju.pelita.training.CompetencyType;
import id.plaju.pelita.training.ProgrammeData;
import id.plaju.pelita.training.TrainingService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Training needs analysis: an admin opens the year's window; employees propose; a head endorses the
 * needs of their units and merges duplicates; an admin plans a programme from endorsed needs. Heads
 * act only on their units' needs (checked in the queries, forged ids included); every decision is
 * audited.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NeedService {

    /** The status a need shows: its own, or that of the need it was merged into; done once its programme was held. */
    static final String STATUS = """
            case when coalesce(m.programme_id, n.programme_id) is not null and exists (
                     select 1 from training_session s join training_programme p on p.id = s.programme_id
                     where s.status = 'DONE' and (p.id = coalesce(m.programme_id, n.programme_id)
                                                  or p.revises_id = coalesce(m.programme_id, n.programme_id)))
                 then 'DONE' else coalesce(m.status, n.status) end""";

    private static final String SELECT = """
            select n.id, n.year, e.full_name, n.unit_id, u.name as unit_name, n.competency, n.topic, n.problem,
                   n.priority, n.merged_into_id, coalesce(m.programme_id, n.programme_id) as programme_id,
                   p.title as programme_title, n.proposed_at,\s""" + STATUS + """
             as derived_status
            from training_need n
            join employee e on e.id = n.employee_id
            join unit u on u.id = n.unit_id
            left join training_need m on m.id = n.merged_into_id
            left join training_programme p on p.id = coalesce(m.programme_id, n.programme_id)
            """;

    private final JdbcClient jdbc;
    private final UnitScopeService scope;
    private final TrainingService trainings;
    private final AuditService audit;
    private final Today today;

    NeedService(JdbcClient jdbc, UnitScopeService scope, TrainingService trainings, AuditService audit, Today today) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.trainings = trainings;
        this.audit = audit;
        this.today = today;
    }

    // --- the window ---------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<NeedWindow> window(int year) {
        return jdbc.sql("select year, opens_on, closes_on from need_window where year = ?").param(year)
                .query((rs, i) -> new NeedWindow(rs.getInt("year"), rs.getDate("opens_on").toLocalDate(),
                        rs.getDate("closes_on").toLocalDate())).optional();
    }

    /** The window of this year, if there is one. */
    @Transactional(readOnly = true)
    public Optional<NeedWindow> currentWindow() {
        return window(today.year());
    }

    /** Opens (or moves the dates of) a year's window. */
    @PreAuthorize(Roles.IS_ADMIN)
    public void openWindow(int year, LocalDate opensOn, LocalDate closesOn) {
        if (opensOn == null || closesOn == null) {
            throw new UserFacingException("need.error.window-dates");
        }
        if (closesOn.isBefore(opensOn)) {
            throw new UserFacingException("need.error.window-order");
        }
        if (opensOn.getYear() != year || year < today.year() - 1 || year > today.year() + 1) {
            throw new UserFacingException("need.error.window-year", today.year() - 1, today.year() + 1);
        }
        Timestamp now = Timestamp.valueOf(today.dateTime());
        String by = CurrentUser.username().orElse("?");
        int updated = jdbc.sql("update need_window set opens_on = ?, closes_on = ?, updated_by = ?, updated_at = ? where year = ?")
                .params(opensOn, closesOn, by, now, year).update();
        if (updated == 0) {
            jdbc.sql("insert into need_window (year, opens_on, closes_on, updated_by, updated_at) values (?, ?, ?, ?, ?)")
                    .params(year, opensOn, closesOn, by, now).update();
        }
        audit.record(AuditAction.NEED_WINDOW_SET, String.valueOf(year), opensOn + " – " + closesOn);
    }

    // --- the employee ---------------------------------------------------------------------------

    /** The caller proposes a need in the open window of this year; their unit is recorded with it. */
    public long propose(NeedData data) {
        long me = me();
        NeedWindow window = currentWindow().filter(w -> w.isOpenOn(today.date()))
                .orElseThrow(() -> new UserFacingException("need.error.window-closed"));
        if (data.competency() == null || data.priority() == null) {
            throw new UserFacingException("need.error.incomplete");
        }
        String topic = data.topic() == null ? "" : data.topic().strip().replaceAll("\\s+", " ");
        String problem = data.problem() == null ? "" : data.problem().strip();
        if (topic.isEmpty()) {
            throw new UserFacingException("need.error.topic-required");
        }
        if (topic.length() > 150) {
            throw new UserFacingException("need.error.topic-too-long", 150);
        }
        if (problem.length() < 10) {
            throw new UserFacingException("need.error.problem-required");
        }
        if (problem.length() > 1000) {
            throw new UserFacingException("need.error.problem-too-long", 1000);
        }
        long unit = jdbc.sql("select unit_id from employee where id = ?").param(me).query(Long.class).single();
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into training_need (year, employee_id, unit_id, competency, topic, problem, priority, status, proposed_at)
                values (?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?)""")
                .params(window.year(), me, unit, data.competency().name(), topic, problem, data.priority().name(),
                        Timestamp.valueOf(today.dateTime())).update(key);
        return key.getKey().longValue();
    }

    /** The caller's own proposals, newest first, each with the status it has now. */
    @Transactional(readOnly = true)
    public List<NeedRow> mine() {
        return jdbc.sql(SELECT + " where n.employee_id = ? order by n.proposed_at desc, n.id desc").param(me())
                .query(NeedService::row).list();
    }

    // --- the head ---------------------------------------------------------------------------

    /** The needs of a year from the units in the caller's scope (or one unit and its sub-units). */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
    public List<NeedRow> ofUnits(int year, Long unitId) {
        Set<Long> units = scope.unitsOf(unitId);
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where n.year = :year and n.unit_id in (:units) order by u.name, n.topic, n.id")
                .param("year", year).param("units", units).query(NeedService::row).list();
    }

    /** Endorses proposed needs of the caller's units; returns how many changed. */
    @PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
    public int endorse(Collection<Long> needIds) {
        requireInScope(needIds);
        int changed = jdbc.sql("""
                update training_need set status = 'ENDORSED', endorsed_by = :by, endorsed_at = :now
                where id in (:ids) and status = 'PROPOSED' and merged_into_id is null""")
                .param("by", CurrentUser.username().orElse("?")).param("now", Timestamp.valueOf(today.dateTime()))
                .param("ids", needIds).update();
        audit.record(AuditAction.NEED_ENDORSED, ids(needIds), changed + " endorsed");
        return changed;
    }

    /**
     * Merges duplicates into one need of the same year: they keep their proposer (who sees the status
     * of the need they were merged into) and count towards it in the admin's overview.
     */
    @PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
    public int merge(long targetId, Collection<Long> duplicateIds) {
        Set<Long> duplicates = new HashSet<>(duplicateIds);
        duplicates.remove(targetId);
        if (duplicates.isEmpty()) {
            throw new UserFacingException("need.error.merge-two");
        }
        Set<Long> all = new HashSet<>(duplicates);
        all.add(targetId);
        requireInScope(all);
        Long years = jdbc.sql("select count(distinct year) from training_need where id in (:ids)").param("ids", all)
                .query(Long.class).single();
        boolean targetMerged = jdbc.sql("select merged_into_id is not null from training_need where id = ?")
                .param(targetId).query(Boolean.class).single();
        if (years > 1 || targetMerged) {
            throw new UserFacingException("need.error.merge-target");
        }
        boolean plannedDuplicate = jdbc.sql("select count(*) from training_need where id in (:ids) and programme_id is not null")
                .param("ids", duplicates).query(Long.class).single() > 0;
        if (plannedDuplicate) {
            throw new UserFacingException("need.error.merge-planned");
        }
        // duplicates merged earlier into one of these follow the new target too
        jdbc.sql("update training_need set merged_into_id = :target where merged_into_id in (:ids)")
                .param("target", targetId).param("ids", duplicates).update();
        int merged = jdbc.sql("update training_need set merged_into_id = :target where id in (:ids)")
                .param("target", targetId).param("ids", duplicates).update();
        audit.record(AuditAction.NEED_MERGED, String.valueOf(targetId), ids(duplicates));
        return merged;
    }

    // --- the admin ---------------------------------------------------------------------------

    /** The year's needs by topic (compared without case and spacing) and unit, the most asked for first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_ADMIN)
    public List<NeedGroup> groups(int year) {
        return jdbc.sql("""
                select min(t.topic) as topic, u.name as unit_name, count(*) as proposals,
                       sum(case when t.status in ('ENDORSED', 'PLANNED') then 1 else 0 end) as endorsed,
                       sum(case when t.programme_id is not null then 1 else 0 end) as planned
                from training_need n
                left join training_need m on m.id = n.merged_into_id
                join training_need t on t.id = coalesce(m.id, n.id)
                join unit u on u.id = n.unit_id
                where n.year = ?
                group by lower(t.topic), u.name
                order by count(*) desc, min(t.topic), u.name""").param(year)
                .query((rs, i) -> new NeedGroup(rs.getString("topic"), rs.getString("unit_name"), rs.getLong("proposals"),
                        rs.getLong("endorsed"), rs.getLong("planned"))).list();
    }

    /**
     * Creates a programme from endorsed needs and links them (and the duplicates merged into them) to
     * it: they become "direncanakan", and "terlaksana" once it is held.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public long planProgramme(ProgrammeData programme, Collection<Long> needIds) {
        if (needIds.isEmpty()) {
            throw new UserFacingException("need.error.choose");
        }
        long ready = jdbc.sql("""
                select count(*) from training_need
                where id in (:ids) and status = 'ENDORSED' and merged_into_id is null and programme_id is null""")
                .param("ids", needIds).query(Long.class).single();
        if (ready != needIds.size()) {
            throw new UserFacingException("need.error.not-endorsed");
        }
        long programmeId = trainings.saveProgramme(null, programme);
        jdbc.sql("update training_need set programme_id = :p, status = 'PLANNED' where id in (:ids)")
                .param("p", programmeId).param("ids", needIds).update();
        audit.record(AuditAction.NEED_PLANNED, programme.title(), "needs " + ids(needIds));
        return programmeId;
    }

    /** Of the programmes with a session in the year, those answering a need; endorsed needs of the caller's units not planned. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
    public NeedCoverage coverage(int year, Long unitId) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        var counts = jdbc.sql("""
                select count(*) as programmes,
                       sum(case when exists (select 1 from training_need n
                                             where n.programme_id = p.id or n.programme_id = p.revises_id)
                           then 1 else 0 end) as answering
                from training_programme p
                where exists (select 1 from training_session s where s.programme_id = p.id and s.status <> 'CANCELLED'
                              and s.starts_at >= ? and s.starts_at < ?)""").params(from, to)
                .query((rs, i) -> new long[] {rs.getLong("programmes"), rs.getLong("answering")}).single();
        Set<Long> units = scope.unitsOf(unitId);
        long waiting = units.isEmpty() ? 0 : jdbc.sql("""
                select count(*) from training_need n
                where n.year = :year and n.unit_id in (:units) and n.status = 'ENDORSED' and n.merged_into_id is null
                  and n.programme_id is null""").param("year", year).param("units", units).query(Long.class).single();
        return new NeedCoverage(counts[0], counts[1], waiting);
    }

    /** Programmes planned from the endorsed needs of the caller's own unit: their sessions come first on Beranda. */
    @Transactional(readOnly = true)
    public Set<Long> programmesForMyUnit() {
        Optional<Long> me = CurrentUser.principal().map(PelitaUser::getEmployeeId);
        if (me.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                select distinct n.programme_id from training_need n join employee e on e.unit_id = n.unit_id
                where e.id = ? and n.programme_id is not null""").param(me.get()).query(Long.class).list());
    }

    private void requireInScope(Collection<Long> needIds) {
        if (needIds.isEmpty()) {
            throw new UserFacingException("need.error.choose");
        }
        List<Long> units = jdbc.sql("select distinct unit_id from training_need where id in (:ids)").param("ids", needIds)
                .query(Long.class).list();
        long found = jdbc.sql("select count(*) from training_need where id in (:ids)").param("ids", needIds)
                .query(Long.class).single();
        if (found != new HashSet<>(needIds).size()) {
            throw new UserFacingException("need.error.not-found");
        }
        scope.requireVisible(units);
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("");
    }

    private static long me() {
        return CurrentUser.principal().map(PelitaUser::getEmployeeId)
                .orElseThrow(() -> new UserFacingException("need.error.no-employee"));
    }

    private static NeedRow row(ResultSet rs, int i) throws SQLException {
        long merged = rs.getLong("merged_into_id");
        Long mergedInto = rs.wasNull() ? null : merged;
        long programme = rs.getLong("programme_id");
        Long programmeId = rs.wasNull() ? null : programme;
        return new NeedRow(rs.getLong("id"), rs.getInt("year"), rs.getString("full_name"), rs.getLong("unit_id"),
                rs.getString("unit_name"), CompetencyType.valueOf(rs.getString("competency")), rs.getString("topic"),
                rs.getString("problem"), NeedPriority.valueOf(rs.getString("priority")),
                NeedStatus.valueOf(rs.getString("derived_status")), mergedInto, programmeId,
                rs.getString("programme_title"), rs.getTimestamp("proposed_at").toInstant());
    }
}
