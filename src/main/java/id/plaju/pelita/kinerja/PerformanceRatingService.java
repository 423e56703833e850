package id.plaju.pelita.kinerja;

import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.organization.UnitScopeService;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.PelitaUser;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.security.audit.AuditAction;
import id.plaju.pelita.security.audit.AuditService;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly SKP predikat (PermenPAN-RB 6/2022): an employee sees their own, a head the current
 * staff of their units, an admin everyone. A head enters or corrects the predikat of their staff
 * (never their own), an admin anyone's; every change is audited with the value before and after.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PerformanceRatingService {

    /** The first year a predikat can be recorded for (SKP under PermenPAN-RB 6/2022 began in 2022; e-Kinerja data before it is kept too). */
    public static final int FIRST_YEAR = 2015;

    private static final String STAFF = """
            select e.id, e.nip, e.full_name, e.unit_id, u.name as unit_name, r.predikat, r.source, r.updated_by
            from current_employee e
            join unit u on u.id = e.unit_id
            left join performance_rating r on r.employee_id = e.id and r.rating_year = :year
            where e.unit_id in (:units)
            order by u.name, u.id, e.full_name, e.id""";

    private final JdbcClient jdbc;
    private final UnitScopeService scope;
    private final AuditService audit;
    private final Today today;

    PerformanceRatingService(JdbcClient jdbc, UnitScopeService scope, AuditService audit, Today today) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.today = today;
    }

    /** The caller's own predikat per year, newest first; empty for an account without an employee record. */
    public Map<Integer, Predikat> mine() {
        Long me = CurrentUser.principal().map(PelitaUser::getEmployeeId).orElse(null);
        if (me == null) {
            return Map.of();
        }
        Map<Integer, Predikat> result = new LinkedHashMap<>();
        jdbc.sql("select rating_year, predikat from performance_rating where employee_id = ? order by rating_year desc")
                .param(me).query((rs, i) -> result.put(rs.getInt("rating_year"), Predikat.valueOf(rs.getString("predikat"))))
                .list();
        return result;
    }

    /** The current staff of a unit (and its sub-units) in the caller's scope, or of the whole scope, with their predikat of the year. */
    @PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
    public List<PerformanceRating> staff(int year, Long unitId) {
        Set<Long> units = scope.unitsOf(unitId);
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(STAFF).param("year", year).param("units", units)
                .query((rs, i) -> new PerformanceRating(rs.getLong("id"), rs.getString("nip"), rs.getString("full_name"),
                        rs.getLong("unit_id"), rs.getString("unit_name"), year,
                        rs.getString("predikat") == null ? null : Predikat.valueOf(rs.getString("predikat")),
                        rs.getString("source"), rs.getString("updated_by"))).list();
    }

    /**
     * Enters or corrects an employee's predikat for a year. The employee must be current staff of the
     * caller's units (an admin: anyone); a head cannot rate themselves.
     */
    @Transactional
    @PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
    public void set(long employeeId, int year, Predikat predikat) {
        Objects.requireNonNull(predikat, "predikat");
        requireYear(year);
        Map<String, Object> employee = jdbc.sql("select nip, unit_id from current_employee where id = ?").param(employeeId)
                .query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new UserFacingException("employee.error.not-found"));
        scope.requireVisible(((Number) employee.get("unit_id")).longValue());
        boolean admin = CurrentUser.hasRole(Roles.ADMIN);
        Long me = CurrentUser.principal().map(PelitaUser::getEmployeeId).orElse(null);
        if (!admin && Objects.equals(me, employeeId)) {
            throw new AccessDeniedException("A head cannot rate their own performance");
        }
        String nip = (String) employee.get("nip");
        Optional<Predikat> before = write(employeeId, year, predikat, admin ? "ADMIN" : "HEAD");
        if (before.orElse(null) != predikat) {
            audit.record(AuditAction.PERFORMANCE_RATING_SET, nip,
                    year + ": " + before.map(Predikat::label).orElse("—") + " → " + predikat.label());
        }
    }

    /** Writes one predikat (insert or update); returns the one it replaced. For {@link PerformanceImportService} too. */
    Optional<Predikat> write(long employeeId, int year, Predikat predikat, String source) {
        Optional<Predikat> before = jdbc.sql("""
                select predikat from performance_rating where employee_id = ? and rating_year = ? for update""")
                .params(employeeId, year).query(String.class).optional().map(Predikat::valueOf);
        Timestamp now = Timestamp.from(today.clock().instant());
        String actor = CurrentUser.username().orElse("system");
        if (before.isPresent()) {
            jdbc.sql("""
                    update performance_rating set predikat = ?, source = ?, updated_by = ?, updated_at = ?
                    where employee_id = ? and rating_year = ?""")
                    .params(predikat.name(), source, actor, now, employeeId, year).update();
        } else {
            jdbc.sql("""
                    insert into performance_rating (employee_id, rating_year, predikat, source, updated_by, updated_at)
                    values (?, ?, ?, ?, ?, ?)""").params(employeeId, year, predikat.name(), source, actor, now).update();
        }
        return before;
    }

    /** The years a predikat can be recorded for: {@link #FIRST_YEAR} up to this year. */
    public List<Integer> years() {
        return IntStream.iterate(today.year(), y -> y >= FIRST_YEAR, y -> y - 1).boxed().toList();
    }

    private void requireYear(int year) {
        if (year < FIRST_YEAR || year > today.year()) {
            throw new UserFacingException("kinerja.error.year", String.valueOf(FIRST_YEAR), String.valueOf(today.year()));
        }
    }
}
