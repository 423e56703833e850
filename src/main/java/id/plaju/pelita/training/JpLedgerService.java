package id.plaju.pelita.training;

import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import jakarta.validation.Valid;
import org.springframework.validation.annotation.Validated;
import id.plaju.pelita.organization.UnitScopeService;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.security.Roles;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The JP ledger: what each employee earned in a calendar year — attended sessions (Hadir or
 * Terlambat, session closed) plus approved nonklasikal activities — and per unit how many staff
 * are green, amber or red. Summed in SQL; heads see only their units.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class JpLedgerService {

    /**
     * A credited attendance ({@code ca}, a row of the database view {@code credited_attendance}: present
     * or late at a finished session) in the year {@code [:from, :to)}. The rule itself lives in the view
     * (migration V011), so the ledger, the dashboards, the surveys and the demo data count the same.
     */
    public static final String ATTENDED_IN_YEAR = "ca.starts_at >= :from and ca.starts_at < :to";

    /** A credited activity ({@code a}, of the view {@code credited_activity}: approved) dated in the year. */
    private static final String ACTIVITY_IN_YEAR = "a.activity_date >= :from and a.activity_date < :to";

    /** Every JP credit of the year: one row per attended session or approved activity. */
    public static final String CREDITS = """
            select ca.employee_id, ca.jp, p.mode, p.competency, cast(ca.starts_at as date) as day, p.title
            from credited_attendance ca
            join training_programme p on p.id = ca.programme_id
            where\s""" + ATTENDED_IN_YEAR + """

            union all
            select a.employee_id, a.jp, 'NONKLASIKAL', a.competency, a.activity_date, a.title
            from credited_activity a
            where\s""" + ACTIVITY_IN_YEAR + "\n";

    /**
     * {@link #CREDITS} (employee and JP only) of the current staff of some units ({@code :units}), so
     * that a dashboard for one kelurahan does not sum the whole city's credits first.
     */
    public static final String CREDITS_OF_UNITS = """
            select ca.employee_id, ca.jp
            from current_employee ce
            join credited_attendance ca on ca.employee_id = ce.id
            where ce.unit_id in (:units) and\s""" + ATTENDED_IN_YEAR + """

            union all
            select a.employee_id, a.jp
            from current_employee ce
            join credited_activity a on a.employee_id = ce.id
            where ce.unit_id in (:units) and\s""" + ACTIVITY_IN_YEAR + "\n";

    private final JdbcClient jdbc;
    private final UnitScopeService scope;
    private final Clock clock;

    JpLedgerService(JdbcClient jdbc, UnitScopeService scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /** The caller's own ledger. */
    public JpLedger myLedger(int year) {
        return ledger(RegistrationService.employeeId(), year);
    }

    /** Any employee's ledger, for a head of their unit or an admin. */
    @PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
    public JpLedger ledgerOf(long employeeId, int year) {
        long unitId = jdbc.sql("select unit_id from employee where id = ?").param(employeeId).query(Long.class)
                .optional().orElseThrow(() -> new UserFacingException("employee.error.not-found"));
        scope.requireVisible(unitId);
        return ledger(employeeId, year);
    }

    /** Green / amber / red per unit in the caller's scope. */
    @PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
    public List<UnitCompliance> unitCompliance(int year) {
        Set<Long> units = scope.visibleUnitIds();
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select u.id, u.name, count(*) as employees,
                       sum(case when\s""" + Jp.complianceSql("coalesce(t.jp, 0)") + """
                           = 'GREEN' then 1 else 0 end) as green,
                       sum(case when\s""" + Jp.complianceSql("coalesce(t.jp, 0)") + """
                           = 'AMBER' then 1 else 0 end) as amber,
                       sum(case when\s""" + Jp.complianceSql("coalesce(t.jp, 0)") + """
                           = 'RED' then 1 else 0 end) as red
                from current_employee e
                join unit u on u.id = e.unit_id
                left join (select c.employee_id, sum(c.jp) as jp from (""" + CREDITS + """
                    ) c group by c.employee_id) t on t.employee_id = e.id
                where e.unit_id in (:units)
                group by u.id, u.name
                order by u.name""").params(range(year)).param("units", units)
                .query((rs, i) -> new UnitCompliance(rs.getLong("id"), rs.getString("name"), rs.getLong("employees"),
                        rs.getLong("green"), rs.getLong("amber"), rs.getLong("red"))).list();
    }

    /** Every active employee in scope (optionally one unit and its sub-units) with their JP. */
    @PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
    public List<EmployeeJp> employees(int year, Long unitId) {
        Set<Long> units = scope.unitsOf(unitId);
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select e.id, e.nip, e.full_name, u.name as unit_name,
                       coalesce(t.klasikal, 0) as klasikal, coalesce(t.nonklasikal, 0) as nonklasikal
                from current_employee e
                join unit u on u.id = e.unit_id
                left join (select c.employee_id,
                                  sum(case when c.mode = 'KLASIKAL' then c.jp else 0 end) as klasikal,
                                  sum(case when c.mode = 'NONKLASIKAL' then c.jp else 0 end) as nonklasikal
                           from (""" + CREDITS + """
                           ) c group by c.employee_id) t on t.employee_id = e.id
                where e.unit_id in (:units)
                order by coalesce(t.klasikal, 0) + coalesce(t.nonklasikal, 0), e.full_name""")
                .params(range(year)).param("units", units)
                .query((rs, i) -> new EmployeeJp(rs.getLong("id"), rs.getString("nip"), rs.getString("full_name"),
                        rs.getString("unit_name"), rs.getBigDecimal("klasikal"), rs.getBigDecimal("nonklasikal")))
                .list();
    }

    /** The caller records a nonklasikal activity; it counts once an admin approves it. */
    @Transactional
    public void recordActivity(@Valid ActivityData data) {
        recordActivity(data, null);
    }

    /**
     * The caller records a nonklasikal activity with its evidence: a note, a file (PDF, JPG or PNG up
     * to 2 MB, checked from its content and stored with its SHA-256), or both; it counts once an admin
     * approves it.
     */
    @Transactional
    public long recordActivity(@Valid ActivityData data, EvidenceFile file) {
        long me = RegistrationService.employeeId();
        if (!StringUtils.hasText(data.title()) || data.delivery() == null || data.competency() == null
                || data.date() == null) {
            throw new UserFacingException("activity.error.incomplete");
        }
        if (data.jp() == null || data.jp().signum() <= 0 || data.jp().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new UserFacingException("activity.error.jp");
        }
        if (!StringUtils.hasText(data.evidence()) && file == null) {
            throw new UserFacingException("activity.error.evidence");
        }
        if (data.date().isAfter(LocalDate.now(clock.withZone(Today.ZONE)))) {
            throw new UserFacingException("activity.error.future");
        }
        String contentType = file == null ? null : file.contentType();
        String note = StringUtils.hasText(data.evidence()) ? data.evidence().strip() : "";
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into nonklasikal_activity (employee_id, title, delivery, competency, activity_date, jp, evidence,
                    status) values (?, ?, ?, ?, ?, ?, ?, 'PENDING')""")
                .params(me, data.title().strip(), data.delivery().name(), data.competency().name(), Date.valueOf(data.date()),
                        data.jp(), note).update(key);
        long id = key.getKey().longValue();
        if (file != null) {
            jdbc.sql("""
                    insert into activity_evidence (activity_id, file_name, content_type, size_bytes, sha256, content, uploaded_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, file.safeName(), contentType, file.content().length, file.sha256(), file.content(),
                            Timestamp.from(Instant.now(clock))).update();
        }
        return id;
    }

    /**
     * The evidence file of an activity, for its owner or an admin; refused when its bytes no longer
     * match the checksum taken at upload.
     */
    public EvidenceFile evidenceFile(long activityId) {
        Long owner = jdbc.sql("select employee_id from nonklasikal_activity where id = ?").param(activityId)
                .query(Long.class).optional().orElseThrow(() -> new UserFacingException("activity.error.file-missing"));
        boolean own = CurrentUser.principal().map(PelitaUser::getEmployeeId).map(owner::equals).orElse(false);
        if (!own && !CurrentUser.hasRole(Roles.ADMIN)) {
            throw new UserFacingException("activity.error.file-missing");
        }
        return jdbc.sql("select file_name, sha256, content from activity_evidence where activity_id = ?").param(activityId)
                .query((rs, i) -> {
                    EvidenceFile file = new EvidenceFile(rs.getString("file_name"), rs.getBytes("content"));
                    if (!file.sha256().equals(rs.getString("sha256"))) {
                        throw new UserFacingException("activity.error.file-damaged");
                    }
                    return file;
                }).optional().orElseThrow(() -> new UserFacingException("activity.error.file-missing"));
    }

    /** The caller's own recorded activities. */
    public List<ActivityRow> myActivities() {
        return activities("a.employee_id = :me", Map.of("me", RegistrationService.employeeId()));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public List<ActivityRow> pendingActivities() {
        return activities("a.status = 'PENDING'", Map.of());
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public void decide(long activityId, boolean approve, String reason) {
        String note = reason == null ? "" : reason.strip();
        if (!approve && note.isEmpty()) {
            throw new UserFacingException("activity.error.reason");
        }
        if (note.length() > 500) {
            throw new UserFacingException("activity.error.reason-too-long", 500);
        }
        int updated = jdbc.sql("""
                update nonklasikal_activity set status = ?, decided_by = ?, decided_at = ?, decision_note = ?
                where id = ? and status = 'PENDING'""")
                .params(approve ? "APPROVED" : "REJECTED", CurrentUser.username().orElse("?"),
                        Timestamp.from(Instant.now(clock)), note.isEmpty() ? null : note, activityId).update();
        if (updated == 0) {
            throw new UserFacingException("activity.error.decided");
        }
    }

    private JpLedger ledger(long employeeId, int year) {
        List<JpLedger.Entry> entries = jdbc.sql("select c.* from (" + CREDITS + ") c where c.employee_id = :me order by c.day")
                .params(range(year)).param("me", employeeId)
                .query((rs, i) -> new JpLedger.Entry(rs.getObject("day", LocalDate.class), rs.getString("title"),
                        TrainingMode.valueOf(rs.getString("mode")), CompetencyType.valueOf(rs.getString("competency")),
                        rs.getBigDecimal("jp"))).list();
        return new JpLedger(year, sum(entries, e -> e.mode() == TrainingMode.KLASIKAL),
                sum(entries, e -> e.mode() == TrainingMode.NONKLASIKAL),
                sum(entries, e -> e.competency() == CompetencyType.TEKNIS),
                sum(entries, e -> e.competency() == CompetencyType.MANAJERIAL),
                sum(entries, e -> e.competency() == CompetencyType.SOSIAL_KULTURAL), entries);
    }

    private static BigDecimal sum(List<JpLedger.Entry> entries, java.util.function.Predicate<JpLedger.Entry> which) {
        return entries.stream().filter(which).map(JpLedger.Entry::jp).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
    }

    private List<ActivityRow> activities(String condition, Map<String, Object> params) {
        return jdbc.sql("""
                select a.*, e.full_name, f.file_name from nonklasikal_activity a join employee e on e.id = a.employee_id
                left join activity_evidence f on f.activity_id = a.id
                where\s""" + condition + " order by a.activity_date desc").params(params)
                .query((rs, i) -> new ActivityRow(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("full_name"),
                        rs.getString("title"), Delivery.valueOf(rs.getString("delivery")),
                        CompetencyType.valueOf(rs.getString("competency")), rs.getObject("activity_date", LocalDate.class),
                        rs.getBigDecimal("jp"), rs.getString("evidence"), ActivityStatus.valueOf(rs.getString("status")),
                        rs.getString("decision_note"), rs.getString("file_name")))
                .list();
    }

    private static Map<String, Object> range(int year) {
        return Map.of("from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year + 1, 1, 1));
    }
}
