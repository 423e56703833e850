package id.plaju.pelita.analytics;

import id.plaju.pelita.analytics.DashboardService.AlumniPredikat;
import id.plaju.pelita.analytics.DashboardService.Ikm;
import id.plaju.pelita.analytics.DashboardService.IkmUnit;
import id.plaju.pelita.analytics.DashboardService.Kinerja;
import id.plaju.pelita.analytics.DashboardService.KinerjaComparison;
import id.plaju.pelita.analytics.DashboardService.PredikatGroup;
import id.plaju.pelita.analytics.DashboardService.ProgrammeChain;
import id.plaju.pelita.kinerja.Predikat;
import id.plaju.pelita.organization.UnitBreakdown;
import id.plaju.pelita.organization.UnitNode;
import id.plaju.pelita.survey.AnonymityProperties;
import id.plaju.pelita.training.Jp;
import id.plaju.pelita.training.JpLedgerService;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of the dashboard's section *Kinerja*: the SKP predikat per unit, staff at 20 JP or more
 * against the rest (share at Baik or better, and the change of predikat from the year before, paired
 * per person, shown only in aggregate), and the IKM of the service units beside the share of their
 * staff who trained. Every group of people counts only with at least the anonymity threshold in it.
 * Correlation, never proof of cause.
 */
@Component
class KinerjaQueries {

    /** The newest year, up to the filter's, with a predikat for any current staff of the units. */
    static final String RATING_YEAR = """
            select max(r.rating_year) from performance_rating r join current_employee e on e.id = r.employee_id
            where e.unit_id in (:units) and r.rating_year <= :year""";

    /** Per unit and predikat: current staff rated so in the year. */
    static final String PREDIKAT_BY_UNIT = """
            select e.unit_id, r.predikat, count(*) as staff
            from current_employee e join performance_rating r on r.employee_id = e.id and r.rating_year = :ratingYear
            where e.unit_id in (:units)
            group by e.unit_id, r.predikat""";

    /** Per rated current employee: JP of the year, predikat of the year and of the year before. */
    static final String PREDIKAT_AND_JP = """
            select e.id, coalesce(t.jp, 0) as jp, r.predikat, p.predikat as previous
            from current_employee e
            join performance_rating r on r.employee_id = e.id and r.rating_year = :ratingYear
            left join performance_rating p on p.employee_id = e.id and p.rating_year = :ratingYear - 1
            left join (select c.employee_id, sum(c.jp) as jp from (""" + JpLedgerService.CREDITS_OF_UNITS + """
                ) c group by c.employee_id) t on t.employee_id = e.id
            where e.unit_id in (:units)""";

    /** Per programme (by title): the current staff of the units who attended it in the rating year. */
    static final String ALUMNI = """
            select distinct ca.programme_id, p.title, e.id
            from credited_attendance ca
            join current_employee e on e.id = ca.employee_id
            join training_programme p on p.id = ca.programme_id
            where e.unit_id in (:units) and\s""" + JpLedgerService.ATTENDED_IN_YEAR + """

            order by p.title, ca.programme_id""";

    /** Every rated current employee of the units in the rating year, with their unit and predikat. */
    static final String RATED = """
            select e.id, e.unit_id, r.predikat
            from current_employee e join performance_rating r on r.employee_id = e.id and r.rating_year = :ratingYear
            where e.unit_id in (:units)""";

    /** Every recorded IKM of the units, oldest semester first. */
    static final String IKM = """
            select s.unit_id, u.name, s.period_year, s.semester, s.ikm from service_satisfaction s
            join unit u on u.id = s.unit_id
            where s.unit_id in (:units) order by s.period_year, s.semester, u.name, u.id""";

    private final JdbcClient jdbc;
    private final AnonymityProperties anonymity;
    private final LearningQueries learning;

    KinerjaQueries(JdbcClient jdbc, AnonymityProperties anonymity, LearningQueries learning) {
        this.jdbc = jdbc;
        this.anonymity = anonymity;
        this.learning = learning;
    }

    Kinerja kinerja(int year, UnitBreakdown breakdown) {
        if (breakdown.covered().isEmpty()) {
            return new Kinerja(null, List.of(), List.of(), new Ikm(List.of(), List.of()), Map.of(), List.of());
        }
        Integer ratingYear = jdbc.sql(RATING_YEAR).param("units", breakdown.covered()).param("year", year)
                .query(Integer.class).optional().orElse(null);
        Ikm ikm = ikm(year, breakdown);
        List<ProgrammeChain> chain = learning.chain(year, breakdown.covered());
        if (ratingYear == null) {
            return new Kinerja(null, List.of(), List.of(), ikm, Map.of(), chain);
        }
        return new Kinerja(ratingYear, predikat(ratingYear, breakdown), trainedVersusRest(ratingYear, breakdown), ikm,
                alumni(ratingYear, breakdown), chain);
    }

    private List<PredikatGroup> predikat(int ratingYear, UnitBreakdown breakdown) {
        Map<Long, Map<Predikat, Long>> byGroup = new HashMap<>();
        jdbc.sql(PREDIKAT_BY_UNIT).param("ratingYear", ratingYear).param("units", breakdown.covered())
                .query((rs, i) -> byGroup.computeIfAbsent(breakdown.groupOfUnit().get(rs.getLong("unit_id")),
                        k -> new EnumMap<>(Predikat.class))
                        .merge(Predikat.valueOf(rs.getString("predikat")), rs.getLong("staff"), Long::sum)).list();
        List<PredikatGroup> groups = new ArrayList<>();
        for (UnitNode group : breakdown.groups()) {
            Map<Predikat, Long> counts = byGroup.getOrDefault(group.id(), Map.of());
            long rated = counts.values().stream().mapToLong(Long::longValue).sum();
            boolean small = rated < anonymity.minGroupSize();
            groups.add(new PredikatGroup(Long.toString(group.id()), group.name(), rated,
                    small ? Map.of() : Map.copyOf(counts), small));
        }
        return groups;
    }

    /** Staff at 20 JP or more in the rating year, and the rest. */
    private List<KinerjaComparison> trainedVersusRest(int ratingYear, UnitBreakdown breakdown) {
        long[][] acc = new long[2][5]; // per group: n, good, paired, improved, declined
        jdbc.sql(PREDIKAT_AND_JP).param("ratingYear", ratingYear).param("units", breakdown.covered())
                .params(DashboardService.year(ratingYear)).query((rs, i) -> {
                    boolean green = Jp.compliance(rs.getBigDecimal("jp")) == Jp.Compliance.GREEN;
                    long[] a = acc[green ? 0 : 1];
                    Predikat now = Predikat.valueOf(rs.getString("predikat"));
                    a[0]++;
                    if (now.goodOrBetter()) {
                        a[1]++;
                    }
                    String before = rs.getString("previous");
                    if (before != null) {
                        a[2]++;
                        // the enum runs from best to worst: a lower ordinal is a better predikat
                        int change = Integer.compare(Predikat.valueOf(before).ordinal(), now.ordinal());
                        if (change > 0) {
                            a[3]++;
                        } else if (change < 0) {
                            a[4]++;
                        }
                    }
                    return null;
                }).list();
        int k = anonymity.minGroupSize();
        List<KinerjaComparison> result = new ArrayList<>();
        String[] keys = {"trained", "rest"};
        for (int g = 0; g < 2; g++) {
            long[] a = acc[g];
            boolean small = a[0] < k;
            boolean fewPairs = small || a[2] < k;
            result.add(new KinerjaComparison(keys[g], a[0], small ? null : (double) a[1] / a[0], a[2],
                    fewPairs ? null : (double) a[3] / a[2], fewPairs ? null : (double) a[4] / a[2], small));
        }
        return result;
    }

    /** Per programme attended in the rating year: its rated alumni against the other rated staff of their units. */
    Map<Long, AlumniPredikat> alumni(int ratingYear, UnitBreakdown breakdown) {
        Map<Long, Long> unitOf = new HashMap<>();
        Map<Long, Boolean> good = new HashMap<>();
        jdbc.sql(RATED).param("ratingYear", ratingYear).param("units", breakdown.covered()).query((rs, i) -> {
            unitOf.put(rs.getLong("id"), rs.getLong("unit_id"));
            return good.put(rs.getLong("id"), Predikat.valueOf(rs.getString("predikat")).goodOrBetter());
        }).list();
        Map<Long, String> titles = new HashMap<>();
        Map<Long, Set<Long>> alumniOf = new LinkedHashMap<>();
        jdbc.sql(ALUMNI).param("units", breakdown.covered()).params(DashboardService.year(ratingYear))
                .query((rs, i) -> {
                    titles.put(rs.getLong("programme_id"), rs.getString("title"));
                    return alumniOf.computeIfAbsent(rs.getLong("programme_id"), p -> new HashSet<>()).add(rs.getLong("id"));
                }).list();
        int k = anonymity.minGroupSize();
        Map<Long, AlumniPredikat> result = new LinkedHashMap<>();
        alumniOf.forEach((programme, attended) -> {
            List<Long> rated = attended.stream().filter(good::containsKey).toList();
            Set<Long> units = new HashSet<>(rated.stream().map(unitOf::get).toList());
            List<Long> peers = unitOf.entrySet().stream()
                    .filter(e -> units.contains(e.getValue()) && !attended.contains(e.getKey())).map(Map.Entry::getKey)
                    .toList();
            result.put(programme, new AlumniPredikat(titles.get(programme), rated.size(), goodShare(rated, good, k),
                    peers.size(), goodShare(peers, good, k)));
        });
        return result;
    }

    private static Double goodShare(List<Long> people, Map<Long, Boolean> good, int k) {
        return people.size() < k ? null
                : (double) people.stream().filter(good::get).count() / people.size();
    }

    /** The IKM of every service unit covered, per semester, with the share of its staff who trained in the year. */
    private Ikm ikm(int year, UnitBreakdown breakdown) {
        TreeSet<String> periods = new TreeSet<>();
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Map<String, Double>> values = new HashMap<>();
        jdbc.sql(IKM).param("units", breakdown.covered()).query((rs, i) -> {
            String period = rs.getInt("period_year") + "-" + (rs.getInt("semester") == 1 ? "I" : "II");
            periods.add(period);
            long unit = rs.getLong("unit_id");
            names.putIfAbsent(unit, rs.getString("name"));
            values.computeIfAbsent(unit, u -> new HashMap<>()).put(period, rs.getBigDecimal("ikm").doubleValue());
            return null;
        }).list();
        if (names.isEmpty()) {
            return new Ikm(List.of(), List.of());
        }
        Map<Long, long[]> trained = new HashMap<>();
        jdbc.sql(ParticipationQueries.PARTICIPATION_BY_UNIT).params(DashboardService.year(year)).param("competency", null)
                .param("units", names.keySet()).query((rs, i) -> trained.put(rs.getLong("unit_id"),
                        new long[] {rs.getLong("staff"), rs.getLong("trained")})).list();
        List<String> order = List.copyOf(periods);
        List<IkmUnit> units = new ArrayList<>();
        names.forEach((unit, name) -> {
            long[] t = trained.getOrDefault(unit, new long[2]);
            units.add(new IkmUnit(Long.toString(unit), name,
                    order.stream().map(p -> values.get(unit).get(p)).toList(), t[0],
                    t[0] == 0 ? null : (double) t[1] / t[0]));
        });
        return new Ikm(order, units);
    }
}
