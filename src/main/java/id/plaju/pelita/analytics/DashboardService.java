package id.plaju.pelita.analytics;

import id.plaju.pelita.organization.UnitNode;
import id.plaju.pelita.organization.UnitScopeService;
import id.plaju.pelita.organization.UnitService;
import id.plaju.pelita.security.Roles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the unit dashboards, aggregated in SQL and limited to the caller's units. Every
 * figure built from answers (motivation, subscales) goes through {@link Suppression}: a group
 * under the anonymity threshold returns no value.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
public class DashboardService {

    /** A breakdown: the unit groups of the selected unit (its sub-units, or itself when it has none). */
    public record Breakdown(List<UnitNode> groups, Map<Long, Long> groupOfUnit) {
    }

    /** Units × subscales; {@code cells.get(unitKey).get(subscaleCode)}. */
    public record Heatmap(List<String> subscales, List<GroupValue> units, Map<String, Map<String, Double>> cells) {
    }

    private final JdbcClient jdbc;
    private final UnitScopeService scope;
    private final UnitService units;
    private final AnonymityProperties anonymity;

    DashboardService(JdbcClient jdbc, UnitScopeService scope, UnitService units, AnonymityProperties anonymity) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.units = units;
        this.anonymity = anonymity;
    }

    public int minGroupSize() {
        return anonymity.minGroupSize();
    }

    /** The units a filter covers: the chosen unit and its sub-units (checked against the scope), or the whole scope. */
    public Set<Long> unitsOf(Long unitId) {
        if (unitId != null) {
            scope.requireVisible(unitId);
            return scope.withDescendants(List.of(unitId));
        }
        return scope.visibleUnitIds();
    }

    /** The groups a unit breaks down into: its direct sub-units in scope (each with its subtree). */
    public Breakdown breakdown(Long unitId) {
        Set<Long> covered = unitsOf(unitId);
        List<UnitNode> visible = units.visibleActiveUnits().stream().filter(u -> covered.contains(u.id())).toList();
        List<UnitNode> groups = visible.stream()
                .filter(u -> unitId == null ? u.parentId() == null || !covered.contains(u.parentId())
                        : unitId.equals(u.parentId()))
                .toList();
        if (unitId != null) {
            // the chosen unit's own staff (a camat, a lurah…) form a group of their own
            List<UnitNode> self = visible.stream().filter(u -> u.id() == unitId && (u.employees() > 0)).toList();
            if (!self.isEmpty() || groups.isEmpty()) {
                List<UnitNode> withSelf = new ArrayList<>(visible.stream().filter(u -> u.id() == unitId).toList());
                withSelf.addAll(groups);
                groups = withSelf;
            }
        }
        if (unitId == null && groups.size() == 1) {
            return breakdown(groups.getFirst().id());
        }
        Map<Long, Long> groupOf = new HashMap<>();
        for (UnitNode group : groups) {
            if (unitId != null && group.id() == unitId) {
                groupOf.put(unitId, unitId);
                continue;
            }
            for (Long member : scope.withDescendants(List.of(group.id()))) {
                groupOf.put(member, group.id());
            }
        }
        return new Breakdown(groups, groupOf);
    }

    /** Mean motivation index per round (oldest first) over the covered units. */
    public List<GroupValue> motivationTrend(Long unitId) {
        Set<Long> covered = unitsOf(unitId);
        if (covered.isEmpty()) {
            return List.of();
        }
        List<GroupValue> rounds = jdbc.sql("""
                select rd.id, rd.title, count(r.id) as n, avg(r.motivation_index) as mean
                from survey_round rd left join survey_response r on r.round_id = rd.id and r.unit_id in (:units)
                where rd.status <> 'DRAFT'
                group by rd.id, rd.title, rd.opens_on order by rd.opens_on""").param("units", covered)
                .query((rs, i) -> GroupValue.of(rs.getString("id"), rs.getString("title"), rs.getLong("n"),
                        rs.getLong("n") == 0 ? null : rs.getDouble("mean"))).list();
        return Suppression.apply(rounds, anonymity.minGroupSize(), false);
    }

    /** Sub-units × subscales for one round; a sub-unit under the threshold shows nothing. */
    public Heatmap subscaleHeatmap(long roundId, Long unitId) {
        Breakdown breakdown = breakdown(unitId);
        List<String> subscales = jdbc.sql("""
                select s.name_id from survey_subscale s join survey_round rd on rd.instrument_id = s.instrument_id
                where rd.id = ? order by s.position""").param(roundId).query(String.class).list();
        if (breakdown.groupOfUnit().isEmpty()) {
            return new Heatmap(subscales, List.of(), Map.of());
        }
        Map<Long, Long> n = new HashMap<>();
        jdbc.sql("select unit_id, count(*) as n from survey_response where round_id = :round and unit_id in (:units) "
                        + "group by unit_id").param("round", roundId).param("units", breakdown.groupOfUnit().keySet())
                .query((rs, i) -> n.merge(breakdown.groupOfUnit().get(rs.getLong("unit_id")), rs.getLong("n"), Long::sum))
                .list();
        Map<Long, Map<String, double[]>> sums = new HashMap<>();
        jdbc.sql("""
                select r.unit_id, s.name_id, sum(sc.score) as total, count(*) as n
                from survey_response r join survey_response_score sc on sc.response_id = r.id
                join survey_subscale s on s.id = sc.subscale_id
                where r.round_id = :round and r.unit_id in (:units)
                group by r.unit_id, s.name_id""").param("round", roundId)
                .param("units", breakdown.groupOfUnit().keySet())
                .query((rs, i) -> {
                    double[] acc = sums.computeIfAbsent(breakdown.groupOfUnit().get(rs.getLong("unit_id")),
                            k -> new HashMap<>()).computeIfAbsent(rs.getString("name_id"), k -> new double[2]);
                    acc[0] += rs.getDouble("total");
                    acc[1] += rs.getLong("n");
                    return null;
                }).list();
        List<GroupValue> groups = new ArrayList<>();
        for (UnitNode group : breakdown.groups()) {
            groups.add(GroupValue.of(Long.toString(group.id()), group.name(), n.getOrDefault(group.id(), 0L), null));
        }
        List<GroupValue> shown = Suppression.apply(groups, anonymity.minGroupSize(), true);
        Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
        for (GroupValue g : shown) {
            Map<String, Double> row = new LinkedHashMap<>();
            for (String subscale : subscales) {
                double[] acc = sums.getOrDefault(Long.parseLong(g.key()), Map.of()).get(subscale);
                row.put(subscale, g.suppressed() || acc == null || acc[1] == 0 ? null : acc[0] / acc[1]);
            }
            cells.put(g.key(), row);
        }
        return new Heatmap(subscales, shown, cells);
    }

    /** A programme's evaluations by staff of the covered units in a year: mean relevance and clash share. */
    public record ProgrammeRelevance(String title, long n, Double meanRelevance, Double clashShare, boolean suppressed) {
    }

    /** Programmes ranked by mean relevance, as rated by the covered units' staff; small groups suppressed. */
    public List<ProgrammeRelevance> relevanceRanking(int year, Long unitId) {
        Set<Long> covered = unitsOf(unitId);
        if (covered.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select p.title, count(*) as n, avg(e.relevance) as relevance,
                       avg(case when e.clashed_with_work then 1.0 else 0.0 end) as clash
                from training_evaluation e
                join training_session s on s.id = e.session_id
                join training_programme p on p.id = s.programme_id
                join employee em on em.id = e.employee_id
                where em.unit_id in (:units) and s.starts_at >= :from and s.starts_at < :to
                group by p.id, p.title
                order by avg(e.relevance) desc, p.title""").param("units", covered)
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .query((rs, i) -> {
                    boolean small = rs.getLong("n") < anonymity.minGroupSize();
                    return new ProgrammeRelevance(rs.getString("title"), rs.getLong("n"),
                            small ? null : rs.getDouble("relevance"), small ? null : rs.getDouble("clash"), small);
                }).list();
    }

    /**
     * Change of the motivation index between the round before {@code roundId} and {@code roundId},
     * for staff who attended training in between and those who did not, paired by pseudonym.
     * Correlation, not proof of cause.
     */
    public List<GroupValue> trainedVersusNot(long roundId, Long unitId) {
        Set<Long> covered = unitsOf(unitId);
        Long previous = jdbc.sql("""
                select p.id from survey_round p join survey_round r on r.id = ?
                where p.instrument_id = r.instrument_id and p.opens_on < r.opens_on and p.status <> 'DRAFT'
                order by p.opens_on desc limit 1""").param(roundId).query(Long.class).optional().orElse(null);
        if (previous == null || covered.isEmpty()) {
            return List.of();
        }
        Map<Boolean, long[]> n = new HashMap<>();
        Map<Boolean, Double> delta = new HashMap<>();
        jdbc.sql("""
                select b.attended_training as trained, count(*) as n, avg(b.motivation_index - a.motivation_index) as delta
                from survey_response a join survey_response b on b.pseudonym = a.pseudonym
                where a.round_id = :before and b.round_id = :after and b.unit_id in (:units)
                group by b.attended_training""").param("before", previous).param("after", roundId)
                .param("units", covered).query((rs, i) -> {
                    n.put(rs.getBoolean("trained"), new long[] {rs.getLong("n")});
                    delta.put(rs.getBoolean("trained"), rs.getDouble("delta"));
                    return null;
                }).list();
        List<GroupValue> groups = List.of(
                GroupValue.of("trained", "trained", n.getOrDefault(true, new long[1])[0], delta.get(true)),
                GroupValue.of("not-trained", "not-trained", n.getOrDefault(false, new long[1])[0], delta.get(false)));
        return Suppression.apply(groups, anonymity.minGroupSize(), false);
    }

    /** Share of active staff per sub-unit who attended at least one closed session in the year. */
    public List<GroupValue> participationByUnit(int year, Long unitId) {
        Breakdown breakdown = breakdown(unitId);
        if (breakdown.groupOfUnit().isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> byGroup = new HashMap<>();
        jdbc.sql("""
                select e.unit_id, count(*) as staff,
                       sum(case when exists (select 1 from participation pa join training_session s on s.id = pa.session_id
                                             where pa.employee_id = e.id and pa.status in ('HADIR', 'TERLAMBAT')
                                               and s.status = 'DONE' and s.starts_at >= :from and s.starts_at < :to)
                                then 1 else 0 end) as trained
                from employee e where e.active and e.unit_id in (:units) group by e.unit_id""")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .param("units", breakdown.groupOfUnit().keySet())
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
}
