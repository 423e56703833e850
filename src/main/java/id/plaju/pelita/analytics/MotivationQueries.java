package id.plaju.pelita.analytics;

import id.plaju.pelita.analytics.DashboardService.Matrix;
import id.plaju.pelita.organization.UnitBreakdown;
import id.plaju.pelita.organization.UnitNode;
import id.plaju.pelita.organization.UnitScopeService;
import id.plaju.pelita.survey.SurveyFigureService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of the dashboard's section *Motivasi*: every score through the disclosure gate
 * ({@link SurveyFigureService}), and the response rates of a round.
 */
@Component
class MotivationQueries {

    static final String SUBSCALES = """
            select s.id, s.name_id, s.name_en from survey_subscale s
            where s.instrument_id in (select instrument_id from survey_round where status <> 'DRAFT')
            order by s.position, s.name_id, s.id""";

    static final String ROUND_SUBSCALES = """
            select s.id, s.name_id, s.name_en from survey_subscale s join survey_round rd on rd.instrument_id = s.instrument_id
            where rd.id = :round order by s.position""";

    static final String ROUND_TARGETS = "select unit_id from survey_round_unit where round_id = :round";

    static final String RESPONSE_RATES = """
            select e.unit_id, count(*) as staff, count(c.id) as completed
            from current_employee e left join survey_completion c on c.round_id = :round and c.employee_id = e.id
            where e.unit_id in (:units)
            group by e.unit_id""";

    private final JdbcClient jdbc;
    private final SurveyFigureService figures;
    private final UnitScopeService scope;

    MotivationQueries(JdbcClient jdbc, SurveyFigureService figures, UnitScopeService scope) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.scope = scope;
    }

    /** The disclosure gate's figure of every closed round over the breakdown's units, oldest first. */
    List<SurveyFigureService.RoundFigure> trend(UnitBreakdown breakdown) {
        return figures.trend(breakdown.tops());
    }

    static List<GroupValue> trendOf(List<SurveyFigureService.RoundFigure> rounds) {
        return rounds.stream().map(r -> value(Long.toString(r.roundId()), r.title(), r.figure())).toList();
    }

    /** A figure of the disclosure gate as a group value: rounded already, or suppressed. */
    static GroupValue value(String key, String label, SurveyFigureService.Figure figure) {
        GroupValue g = GroupValue.of(key, label, figure.n(), figure.index() == null ? null : figure.index().doubleValue());
        return figure.suppressed() ? g.suppress() : g;
    }

    Matrix subscaleTrend(List<SurveyFigureService.RoundFigure> rounds) {
        Map<String, String> english = new HashMap<>();
        Map<Long, String> nameOf = subscaleNames(jdbc.sql(SUBSCALES), english);
        List<String> subscales = nameOf.values().stream().distinct().toList();
        Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
        for (SurveyFigureService.RoundFigure r : rounds) {
            cells.put(Long.toString(r.roundId()), row(subscales, nameOf, r.figure()));
        }
        return new Matrix(subscales, trendOf(rounds), cells, english);
    }

    Matrix subscaleHeatmap(long roundId, UnitBreakdown breakdown) {
        Map<String, String> english = new HashMap<>();
        Map<Long, String> nameOf = subscaleNames(jdbc.sql(ROUND_SUBSCALES).param("round", roundId), english);
        List<String> subscales = nameOf.values().stream().distinct().toList();
        List<SurveyFigureService.Group> groups = breakdown.groups().stream()
                .map(g -> new SurveyFigureService.Group(g.id(), breakdown.unit() != null && g.id() == breakdown.unit()))
                .toList();
        Map<SurveyFigureService.Group, SurveyFigureService.Figure> published = figures.groups(roundId, groups);
        if (published.isEmpty()) {
            return new Matrix(subscales, List.of(), Map.of(), english);
        }
        List<GroupValue> rows = new ArrayList<>();
        Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            UnitNode unit = breakdown.groups().get(i);
            SurveyFigureService.Figure figure = published.get(groups.get(i));
            rows.add(value(Long.toString(unit.id()), unit.name(), figure));
            cells.put(Long.toString(unit.id()), row(subscales, nameOf, figure));
        }
        return new Matrix(subscales, rows, cells, english);
    }

    /** A figure's subscale values by subscale name, null where suppressed or absent. */
    static Map<String, Double> row(List<String> subscales, Map<Long, String> nameOf,
            SurveyFigureService.Figure figure) {
        Map<String, Double> row = new LinkedHashMap<>();
        subscales.forEach(name -> row.put(name, null));
        figure.subscales().forEach((id, value) -> {
            String name = nameOf.get(id);
            if (name != null) {
                row.put(name, value.doubleValue());
            }
        });
        return row;
    }

    /** Subscale id → Indonesian name, in the instruments' order, from an {@code id, name_id, name_en} query; fills {@code english}. */
    static Map<Long, String> subscaleNames(JdbcClient.StatementSpec query, Map<String, String> english) {
        Map<Long, String> names = new LinkedHashMap<>();
        query.query((rs, i) -> {
            english.put(rs.getString("name_id"), rs.getString("name_en"));
            return names.put(rs.getLong("id"), rs.getString("name_id"));
        }).list();
        return names;
    }

    List<GroupValue> trainedVersusNot(long roundId, UnitBreakdown breakdown) {
        return figures.change(roundId, breakdown.tops())
                .map(change -> List.of(value("trained", "trained", change.trained()),
                        value("not-trained", "not-trained", change.notTrained())))
                .orElse(List.of());
    }

    List<GroupValue> responseRates(long roundId, UnitBreakdown breakdown) {
        List<Long> targets = jdbc.sql(ROUND_TARGETS).param("round", roundId).query(Long.class).list();
        Set<Long> targeted = targets.isEmpty() ? breakdown.covered() : scope.withDescendants(targets);
        List<Long> units = breakdown.covered().stream().filter(targeted::contains).toList();
        Map<Long, long[]> byGroup = new HashMap<>();
        if (!units.isEmpty()) {
            jdbc.sql(RESPONSE_RATES).param("round", roundId).param("units", units).query((rs, i) -> {
                long[] acc = byGroup.computeIfAbsent(breakdown.groupOfUnit().get(rs.getLong("unit_id")), k -> new long[2]);
                acc[0] += rs.getLong("staff");
                acc[1] += rs.getLong("completed");
                return null;
            }).list();
        }
        List<GroupValue> result = new ArrayList<>();
        for (UnitNode group : breakdown.groups()) {
            long[] acc = byGroup.getOrDefault(group.id(), new long[2]);
            result.add(GroupValue.of(Long.toString(group.id()), group.name(), acc[0], ParticipationQueries.share(acc[1], acc[0])));
        }
        return result;
    }
}
