package id.plaju.pelita.kinerja;

import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.UserFacingException;
import id.plaju.pelita.organization.UnitScopeService;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.security.audit.AuditAction;
import id.plaju.pelita.security.audit.AuditService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Indeks Kepuasan Masyarakat per service unit and semester (PermenPAN-RB 14/2017): an admin
 * records it (25–100, with its number of respondents); heads and admins read it for their units.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
public class ServiceSatisfactionService {

    private final JdbcClient jdbc;
    private final UnitScopeService scope;
    private final AuditService audit;
    private final Today today;

    ServiceSatisfactionService(JdbcClient jdbc, UnitScopeService scope, AuditService audit, Today today) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.today = today;
    }

    /** Every recorded IKM of the caller's units, newest semester first, by unit name. */
    public List<ServiceSatisfaction> list() {
        Set<Long> units = scope.visibleUnitIds();
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select s.unit_id, u.name, s.period_year, s.semester, s.ikm, s.respondents
                from service_satisfaction s join unit u on u.id = s.unit_id
                where s.unit_id in (:units)
                order by s.period_year desc, s.semester desc, u.name""").param("units", units)
                .query((rs, i) -> new ServiceSatisfaction(rs.getLong("unit_id"), rs.getString("name"),
                        rs.getInt("period_year"), rs.getInt("semester"), rs.getBigDecimal("ikm"), rs.getInt("respondents")))
                .list();
    }

    /** Records (or corrects) the IKM of a unit for a semester that has begun. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public void record(long unitId, int year, int semester, BigDecimal ikm, int respondents) {
        if (semester != 1 && semester != 2) {
            throw new UserFacingException("kinerja.ikm.error.semester");
        }
        int thisYear = today.year();
        int thisSemester = today.date().getMonthValue() <= 6 ? 1 : 2;
        if (year < PerformanceRatingService.FIRST_YEAR || year > thisYear || year == thisYear && semester > thisSemester) {
            throw new UserFacingException("kinerja.ikm.error.period");
        }
        if (ikm == null || ikm.compareTo(IkmGrade.MIN) < 0 || ikm.compareTo(IkmGrade.MAX) > 0) {
            throw new UserFacingException("kinerja.ikm.error.value");
        }
        if (respondents < 1) {
            throw new UserFacingException("kinerja.ikm.error.respondents");
        }
        String unit = jdbc.sql("select name from unit where id = ? and active").param(unitId).query(String.class)
                .optional().orElseThrow(() -> new UserFacingException("unit.error.not-found"));
        BigDecimal value = ikm.setScale(2, RoundingMode.HALF_UP);
        Timestamp now = Timestamp.from(today.clock().instant());
        String actor = CurrentUser.username().orElse("system");
        int updated = jdbc.sql("""
                update service_satisfaction set ikm = ?, respondents = ?, updated_by = ?, updated_at = ?
                where unit_id = ? and period_year = ? and semester = ?""")
                .params(value, respondents, actor, now, unitId, year, semester).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into service_satisfaction (unit_id, period_year, semester, ikm, respondents, updated_by,
                        updated_at) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(unitId, year, semester, value, respondents, actor, now).update();
        }
        audit.record(AuditAction.SERVICE_SATISFACTION_SET, unit, new ServiceSatisfaction(unitId, unit, year, semester,
                value, respondents).period() + ": " + value.toPlainString() + " (" + IkmGrade.of(value) + "), "
                + respondents + " responden");
    }
}
