package id.plaju.pelita.analytics;

import id.plaju.pelita.analytics.DashboardService.GroupCompliance;
import id.plaju.pelita.analytics.DashboardService.JpDistribution;
import id.plaju.pelita.organization.UnitBreakdown;
import id.plaju.pelita.organization.UnitNode;
import id.plaju.pelita.training.CompetencyType;
import id.plaju.pelita.training.Jp;
import id.plaju.pelita.training.JpLedgerService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The figures of the dashboard's section *Partisipasi & JP*: who trained, when, of which type, and how far from 20 JP. */
@Component
class ParticipationQueries {

    /**
     * A credited attendance ({@code ca}, of the view {@code credited_attendance}) in the year, at a
     * programme ({@code p}) of the chosen competency type (or any).
     */
    private static final String ATTENDED = " " + JpLedgerService.ATTENDED_IN_YEAR
            + " and (:competency is null or p.competency = :competency)\n";

    /** Per unit: active staff and those who attended at least one finished session in the year. */
    static final String PARTICIPATION_BY_UNIT = """
            select e.unit_id, count(*) as staff,
                   sum(case when exists (select 1 from credited_attendance ca
                                         join training_programme p on p.id = ca.programme_id
                                         where ca.employee_id = e.id and""" + ATTENDED + """
                       ) then 1 else 0 end) as trained
            from current_employee e where e.unit_id in (:units) group by e.unit_id""";

    /** Per month: staff who attended a session in that month, and those whose first session of the year it was. */
    static final String PARTICIPATION_BY_MONTH = """
            select f.month, count(*) as trained, sum(f.first) as reached from (
                select ca.employee_id, month(ca.starts_at) as month,
                       case when month(ca.starts_at) = min(month(ca.starts_at)) over (partition by ca.employee_id)
                            then 1 else 0 end as first
                from credited_attendance ca
                join current_employee e on e.id = ca.employee_id
                join training_programme p on p.id = ca.programme_id
                where e.unit_id in (:units) and""" + ATTENDED + """
                group by ca.employee_id, month(ca.starts_at)) f
            group by f.month""";

    /** Per competency type: staff who attended at least one session of that type in the year. */
    static final String PARTICIPATION_BY_COMPETENCY = """
            select p.competency, count(distinct ca.employee_id) as trained
            from credited_attendance ca
            join current_employee e on e.id = ca.employee_id
            join training_programme p on p.id = ca.programme_id
            where e.unit_id in (:units) and""" + ATTENDED + """
            group by p.competency""";

    static final String STAFF = "select count(*) from current_employee e where e.unit_id in (:units)";

    /**
     * Per unit, 5-JP band (capped at the ≥ 40 band) and green / amber / red ({@link Jp#complianceSql}):
     * how many current staff earned that much in the year.
     */
    static final String JP_BANDS = """
            select e.unit_id, least(floor(coalesce(t.jp, 0) / 5), 8) as band,\s"""
            + Jp.complianceSql("coalesce(t.jp, 0)") + """
             as compliance, count(*) as staff
            from current_employee e
            left join (select c.employee_id, sum(c.jp) as jp from (""" + JpLedgerService.CREDITS_OF_UNITS + """
                ) c group by c.employee_id) t on t.employee_id = e.id
            where e.unit_id in (:units)
            group by e.unit_id, least(floor(coalesce(t.jp, 0) / 5), 8),\s""" + Jp.complianceSql("coalesce(t.jp, 0)");

    private final JdbcClient jdbc;

    ParticipationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<GroupValue> participationByUnit(int year, String competency, UnitBreakdown breakdown) {
        if (breakdown.covered().isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> byGroup = new HashMap<>();
        jdbc.sql(PARTICIPATION_BY_UNIT).params(DashboardService.year(year)).param("competency", competency)
                .param("units", breakdown.covered())
                .query((rs, i) -> {
                    long[] acc = byGroup.computeIfAbsent(breakdown.groupOfUnit().get(rs.getLong("unit_id")), k -> new long[2]);
                    acc[0] += rs.getLong("staff");
                    acc[1] += rs.getLong("trained");
                    return null;
                }).list();
        List<GroupValue> result = new ArrayList<>();
        for (UnitNode group : breakdown.groups()) {
            long[] acc = byGroup.getOrDefault(group.id(), new long[2]);
            result.add(GroupValue.of(Long.toString(group.id()), group.name(), acc[0],
                    acc[0] == 0 ? null : (double) acc[1] / acc[0]));
        }
        return result;
    }

    /** Month by month (key 1–12, n = staff covered): who trained that month, and who was reached so far. */
    record Months(List<GroupValue> monthly, List<GroupValue> reached) {
    }

    /**
     * The share of staff who attended a session in each month, and the share reached so far this
     * year (first session in or before that month).
     */
    Months participationByMonth(int year, String competency, UnitBreakdown breakdown, long staff) {
        long[] trained = new long[13];
        long[] reached = new long[13];
        if (!breakdown.covered().isEmpty()) {
            jdbc.sql(PARTICIPATION_BY_MONTH).params(DashboardService.year(year)).param("competency", competency)
                    .param("units", breakdown.covered()).query((rs, i) -> {
                        trained[rs.getInt("month")] = rs.getLong("trained");
                        reached[rs.getInt("month")] = rs.getLong("reached");
                        return null;
                    }).list();
        }
        List<GroupValue> monthly = new ArrayList<>();
        List<GroupValue> cumulative = new ArrayList<>();
        long sum = 0;
        for (int m = 1; m <= 12; m++) {
            sum += reached[m];
            monthly.add(GroupValue.of(Integer.toString(m), Integer.toString(m), staff, share(trained[m], staff)));
            cumulative.add(GroupValue.of(Integer.toString(m), Integer.toString(m), staff, share(sum, staff)));
        }
        return new Months(monthly, cumulative);
    }

    List<GroupValue> participationByCompetency(int year, UnitBreakdown breakdown, long staff) {
        Map<String, Long> trained = new HashMap<>();
        if (!breakdown.covered().isEmpty()) {
            jdbc.sql(PARTICIPATION_BY_COMPETENCY).params(DashboardService.year(year)).param("competency", null)
                    .param("units", breakdown.covered())
                    .query((rs, i) -> trained.put(rs.getString("competency"), rs.getLong("trained"))).list();
        }
        List<GroupValue> result = new ArrayList<>();
        for (CompetencyType type : CompetencyType.values()) {
            result.add(GroupValue.of(type.name(), type.name(), staff, share(trained.getOrDefault(type.name(), 0L), staff)));
        }
        return result;
    }

    JpDistribution jpDistribution(int year, UnitBreakdown breakdown) {
        long[] bands = new long[JpDistribution.BANDS];
        Map<Long, long[]> perGroup = new HashMap<>();
        if (!breakdown.covered().isEmpty()) {
            jdbc.sql(JP_BANDS).params(DashboardService.year(year)).param("units", breakdown.covered()).query((rs, i) -> {
                int band = rs.getInt("band");
                long staff = rs.getLong("staff");
                bands[band] += staff;
                long[] rag = perGroup.computeIfAbsent(breakdown.groupOfUnit().get(rs.getLong("unit_id")), k -> new long[3]);
                rag[Jp.Compliance.valueOf(rs.getString("compliance")).ordinal()] += staff;
                return null;
            }).list();
        }
        List<GroupCompliance> groups = new ArrayList<>();
        for (UnitNode group : breakdown.groups()) {
            long[] rag = perGroup.getOrDefault(group.id(), new long[3]);
            groups.add(new GroupCompliance(Long.toString(group.id()), group.name(), rag[0], rag[1], rag[2]));
        }
        return new JpDistribution(Arrays.stream(bands).boxed().toList(), groups);
    }

    /** Active staff of the covered units. */
    long staff(UnitBreakdown breakdown) {
        return breakdown.covered().isEmpty() ? 0
                : jdbc.sql(STAFF).param("units", breakdown.covered()).query(Long.class).single();
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
