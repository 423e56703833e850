package id.plaju.pelita.analytics;

import id.plaju.pelita.base.Today;
import id.plaju.pelita.training.Jp;
import id.plaju.pelita.training.JpLedgerService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The figures of the dashboard's "Perlu tindak lanjut" section ({@link ActionList}), for units already in scope. */
@Component
class ActionListQuery {

    /** Current staff of the units below 20 JP in the year, lowest first within each unit. */
    static final String BEHIND = """
            select e.id, e.nip, e.full_name, e.unit_id, u.name as unit_name, coalesce(t.jp, 0) as jp
            from current_employee e
            join unit u on u.id = e.unit_id
            left join (select c.employee_id, sum(c.jp) as jp from (""" + JpLedgerService.CREDITS_OF_UNITS + """
                ) c group by c.employee_id) t on t.employee_id = e.id
            where e.unit_id in (:units) and coalesce(t.jp, 0) <\s""" + Jp.YEARLY_TARGET.toPlainString() + """

            order by u.name, u.id, coalesce(t.jp, 0), e.full_name, e.id""";

    /** Sessions open for registration that start after now and within the year, with a seat left. */
    static final String OPEN_SESSIONS = """
            select s.id, p.title, s.starts_at, s.jp,
                   case when s.capacity is null then null else s.capacity - s.seats_taken end as seats_left
            from training_session s join training_programme p on p.id = s.programme_id
            where s.status = 'OPEN' and s.starts_at > :now and s.starts_at < :to
              and (s.capacity is null or s.seats_taken < s.capacity)
            order by s.starts_at, s.id""";

    /** Who in the units already takes part in (is invited to, registered for…) which of those sessions. */
    static final String TAKING_PART = """
            select pa.employee_id, pa.session_id from participation pa join employee e on e.id = pa.employee_id
            where pa.session_id in (:sessions) and e.unit_id in (:units)""";

    private final JdbcClient jdbc;
    private final Today today;

    ActionListQuery(JdbcClient jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    ActionList load(int year, Set<Long> units) {
        if (units.isEmpty()) {
            return new ActionList(year, List.of(), List.of());
        }
        LocalDateTime now = today.dateTime();
        List<ActionList.OpenSession> sessions = year < now.getYear() ? List.of()
                : jdbc.sql(OPEN_SESSIONS).param("now", now).param("to", LocalDate.of(year + 1, 1, 1).atStartOfDay())
                        .query((rs, i) -> new ActionList.OpenSession(rs.getLong("id"), rs.getString("title"),
                                rs.getObject("starts_at", LocalDateTime.class), rs.getBigDecimal("jp"),
                                rs.getObject("seats_left", Integer.class))).list();
        Map<Long, Set<Long>> takingPart = new HashMap<>();
        if (!sessions.isEmpty()) {
            jdbc.sql(TAKING_PART).param("sessions", sessions.stream().map(ActionList.OpenSession::id).toList())
                    .param("units", units)
                    .query((rs, i) -> takingPart.computeIfAbsent(rs.getLong("employee_id"), k -> new HashSet<>())
                            .add(rs.getLong("session_id"))).list();
        }
        List<ActionList.Behind> staff = jdbc.sql(BEHIND).params(DashboardService.year(year)).param("units", units)
                .query((rs, i) -> {
                    long employee = rs.getLong("id");
                    Set<Long> already = takingPart.getOrDefault(employee, Set.of());
                    List<Long> open = new ArrayList<>();
                    sessions.stream().map(ActionList.OpenSession::id).filter(s -> !already.contains(s)).forEach(open::add);
                    return new ActionList.Behind(employee, rs.getString("nip"), rs.getString("full_name"),
                            rs.getLong("unit_id"), rs.getString("unit_name"), rs.getBigDecimal("jp"), open);
                }).list();
        return new ActionList(year, sessions, staff);
    }
}
