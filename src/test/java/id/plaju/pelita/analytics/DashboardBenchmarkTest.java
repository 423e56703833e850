package id.plaju.pelita.analytics;

import id.plaju.pelita.organization.UnitBreakdown;
import static org.assertj.core.api.Assertions.assertThat;

import id.plaju.pelita.PelitaSpringTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;
import id.plaju.pelita.survey.SurveyRoundService;

/**
 * The dashboard at city scale ({@link CityScaleData}: 20,000 employees, 200 units, 24 rounds):
 * each panel and the whole dashboard through {@link DashboardService} — scope check, breakdown,
 * anonymity rule, Spring proxies and transaction — side by side with the floor, the same SQL
 * aggregates run over bare JDBC, for the whole city and for one kelurahan. The motivation panels
 * read the cells decided when each round closed; their floor is the aggregate over the raw scores
 * they replaced ({@link RawScores}). Prints medians.
 * Run with {@code ./mvnw -Pbench test -Dtest=DashboardBenchmarkTest}.
 */
@PelitaSpringTest
@Tag("bench")
// generating a city writes statements longer than the portal's 9 s socket timeout allows
@TestPropertySource(properties = {"pelita.embedded-db.innodb-buffer-pool-size=1G",
        "spring.datasource.hikari.data-source-properties.socketTimeout=0",
        "pelita.dashboard.scope-figures-seconds=60"})
class DashboardBenchmarkTest {

    private static final int WARM_UP = 3;

    @Autowired
    HeadlineFigures headlines;
    private static final int RUNS = 15;
    private static final int YEAR = CityScaleData.FIRST_YEAR + CityScaleData.YEARS - 1;

    @Autowired
    DashboardService dashboard;

    @Autowired
    JdbcTemplate template;

    @Autowired
    DataSource dataSource;

    @Autowired
    SurveyRoundService rounds;

    private record Panel(String name, Supplier<Object> service, List<String> statements) {
    }

    @Test
    @WithUserDetails("admin")
    void cityScaleDashboard() throws SQLException {
        CityScaleData city = CityScaleData.ensure(template);
        publish(city);
        Set<Long> covered = dashboard.unitsOf(city.rootId());
        long employees = template.queryForObject("select count(*) from employee where unit_id in ("
                + join(covered) + ")", Long.class);
        long responses = template.queryForObject("select count(*) from survey_response where unit_id in ("
                + join(covered) + ")", Long.class);
        long participations = template.queryForObject("select count(*) from participation p join employee e"
                + " on e.id = p.employee_id where e.unit_id in (" + join(covered) + ")", Long.class);
        System.out.printf(Locale.ROOT, "[bench] city data: %d units, %d employees, %d participations, %d responses;"
                        + " InnoDB buffer pool %d MB%n", covered.size(), employees, participations, responses,
                template.queryForObject("select @@innodb_buffer_pool_size", Long.class) >> 20);
        assertThat(covered).hasSize(CityScaleData.KECAMATAN + CityScaleData.KELURAHAN + 1);
        assertThat(employees).isEqualTo(CityScaleData.EMPLOYEES);
        assertThat(responses).isBetween(390_000L, 410_000L);

        int compared = compareWithRawScores(city);
        System.out.printf(Locale.ROOT, "[bench] %d published motivation figures equal the rounded means of the raw"
                + " scores%n", compared);

        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%-28s %12s %10s %7s   %12s %10s %7s", "panel (median of " + RUNS + ")",
                "city ms", "floor ms", "ratio", "kelurahan ms", "floor ms", "ratio"));
        Map<String, double[]> figures = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Long unit : List.of(city.rootId(), city.kelurahanId())) {
            int column = unit == city.rootId() ? 0 : 1;
            for (Panel panel : panels(unit, city.latestRoundId())) {
                double[] f = figures.computeIfAbsent(panel.name(), k -> new double[4]);
                if (!order.contains(panel.name())) {
                    order.add(panel.name());
                }
                Map<String, Object> params = params(dashboard.unitsOf(unit), city);
                f[column * 2] = median(() -> panel.service().get());
                f[column * 2 + 1] = median(() -> floor(panel.statements(), params));
            }
        }
        for (String name : order) {
            double[] f = figures.get(name);
            report.add(String.format(Locale.ROOT, "%-28s %12.1f %10.1f %7.2f   %12.1f %10.1f %7.2f", name, f[0], f[1],
                    f[0] / f[1], f[2], f[3], f[2] / f[3]));
        }
        System.out.println();
        System.out.println("[bench] Dashboard at city scale, year " + YEAR + ", round " + city.latestRoundId()
                + " (service vs bare-JDBC floor)");
        report.forEach(line -> System.out.println("[bench] " + line));
        System.out.println();
    }

    /** Closes the generated rounds through the service, as an admin would, so their figures are decided. */
    private void publish(CityScaleData city) {
        long start = System.nanoTime();
        int published = 0;
        for (Long round : city.roundIds) {
            if (template.queryForObject("select published_at is null from survey_round where id = ?", Boolean.class,
                    round)) {
                template.update("update survey_round set status = 'OPEN' where id = ?", round);
                rounds.close(round);
                published++;
            }
        }
        if (published > 0) {
            System.out.printf(Locale.ROOT, "[bench] decided the published figures of %d rounds in %.1f s%n", published,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * Every motivation figure the dashboard shows for the city and for one kelurahan, against the
     * mean of the raw scores it stands for, rounded the same way. @return how many were compared
     */
    private int compareWithRawScores(CityScaleData city) {
        int compared = 0;
        for (Long unit : List.of(city.rootId(), city.kelurahanId())) {
            Set<Long> covered = dashboard.unitsOf(unit);
            for (GroupValue point : dashboard.motivationTrend(unit)) {
                if (point.value() != null) {
                    long round = Long.parseLong(point.key());
                    assertThat(point.value()).as("trend, round %s", round).isEqualTo(rawMean(
                            "select sum(motivation_index), count(*) from survey_response where round_id = " + round
                                    + " and unit_id in (" + join(covered) + ")"));
                    compared++;
                }
            }
            DashboardService.Matrix subscales = dashboard.subscaleTrend(unit);
            Map<String, Long> subscaleIds = new HashMap<>();
            template.query("select id, name_id from survey_subscale", rs -> {
                subscaleIds.putIfAbsent(rs.getString("name_id"), rs.getLong("id"));
            });
            for (GroupValue row : subscales.rows()) {
                for (Map.Entry<String, Double> cell : subscales.cells().get(row.key()).entrySet()) {
                    if (cell.getValue() != null) {
                        assertThat(cell.getValue()).as("subscale %s, round %s", cell.getKey(), row.key()).isEqualTo(rawMean(
                                "select sum(sc.score), count(*) from survey_response_score sc join survey_subscale s"
                                        + " on s.id = sc.subscale_id where sc.round_id = " + row.key() + " and s.name_id = '"
                                        + cell.getKey().replace("'", "''") + "' and sc.unit_id in (" + join(covered) + ")"));
                        compared++;
                    }
                }
            }
            DashboardService.Matrix heatmap = dashboard.subscaleHeatmap(city.latestRoundId(), unit);
            UnitBreakdown breakdown = dashboard.breakdown(unit);
            for (GroupValue row : heatmap.rows()) {
                if (row.value() != null) {
                    long group = Long.parseLong(row.key());
                    Set<Long> members = new java.util.TreeSet<>();
                    breakdown.groupOfUnit().forEach((member, g) -> {
                        if (g == group) {
                            members.add(member);
                        }
                    });
                    assertThat(row.value()).as("heatmap row %s", group).isEqualTo(rawMean(
                            "select sum(motivation_index), count(*) from survey_response where round_id = "
                                    + city.latestRoundId() + " and unit_id in (" + join(members) + ")"));
                    compared++;
                }
            }
            for (GroupValue change : dashboard.trainedVersusNot(city.latestRoundId(), unit)) {
                if (change.value() != null) {
                    assertThat(change.value()).as("change of %s", change.key()).isEqualTo(rawMean(
                            "select sum(b.motivation_index - a.motivation_index), count(*) from survey_response b"
                                    + " join survey_response a on a.pseudonym = b.pseudonym and a.unit_id = b.unit_id"
                                    + " and a.round_id = " + city.roundIds.get(city.roundIds.size() - 2)
                                    + " where b.round_id = " + city.latestRoundId() + " and b.attended_training = "
                                    + change.key().equals("trained") + " and b.unit_id in (" + join(covered) + ")"));
                    compared++;
                }
            }
        }
        return compared;
    }

    private double rawMean(String sql) {
        return template.queryForObject(sql, (rs, i) -> rs.getBigDecimal(1)
                .divide(java.math.BigDecimal.valueOf(rs.getLong(2)), 0, java.math.RoundingMode.HALF_UP).doubleValue());
    }

    private List<Panel> panels(long unit, long round) {
        DashboardService.Filter filter = new DashboardService.Filter(YEAR, unit, round, null);
        List<Panel> panels = new ArrayList<>(List.of(
                new Panel("participation per unit", () -> dashboard.participationByUnit(YEAR, unit),
                        List.of(ParticipationQueries.PARTICIPATION_BY_UNIT)),
                new Panel("participation per month", () -> dashboard.participationByMonth(YEAR, unit, null),
                        List.of(ParticipationQueries.STAFF, ParticipationQueries.PARTICIPATION_BY_MONTH)),
                new Panel("participation per comp.", () -> dashboard.participationByCompetency(YEAR, unit),
                        List.of(ParticipationQueries.STAFF, ParticipationQueries.PARTICIPATION_BY_COMPETENCY)),
                new Panel("JP distribution + RAG", () -> dashboard.jpDistribution(YEAR, unit),
                        List.of(ParticipationQueries.JP_BANDS)),
                new Panel("motivation trend", () -> dashboard.motivationTrend(unit),
                        List.of(RawScores.MOTIVATION_TREND)),
                new Panel("subscale trend", () -> dashboard.subscaleTrend(unit),
                        List.of(RawScores.MOTIVATION_TREND, MotivationQueries.SUBSCALES, RawScores.SUBSCALE_TREND)),
                new Panel("units x subscales heatmap", () -> dashboard.subscaleHeatmap(round, unit),
                        List.of(MotivationQueries.ROUND_SUBSCALES, RawScores.RESPONSES_PER_UNIT, RawScores.HEATMAP)),
                new Panel("trained vs not trained", () -> dashboard.trainedVersusNot(round, unit),
                        List.of(RawScores.PREVIOUS_ROUND, RawScores.TRAINED_VERSUS_NOT)),
                new Panel("response rate per unit", () -> dashboard.responseRates(round, unit),
                        List.of(MotivationQueries.ROUND_TARGETS, MotivationQueries.RESPONSE_RATES)),
                new Panel("relevance ranking", () -> dashboard.relevanceRanking(YEAR, unit),
                        List.of(EvaluationQueries.RELEVANCE)),
                new Panel("comments, all programmes", () -> dashboard.comments(YEAR, unit),
                        List.of(EvaluationQueries.RELEVANCE, EvaluationQueries.COMMENTS))));
        Set<String> all = new LinkedHashSet<>();
        panels.stream().filter(p -> !p.name().startsWith("comments")).forEach(p -> all.addAll(p.statements()));
        all.add(ParticipationQueries.STAFF);
        panels.add(new Panel("WHOLE DASHBOARD", () -> dashboard.load(filter), List.copyOf(all)));
        // the same, with the whole scope's headline figures computed afresh (a first drill-down)
        panels.add(new Panel("WHOLE DASHBOARD, 1ST DRILL", () -> {
            headlines.forget();
            return dashboard.load(filter);
        }, List.copyOf(all)));
        return panels;
    }

    private Map<String, Object> params(Set<Long> units, CityScaleData city) {
        Map<String, Object> params = new HashMap<>(DashboardService.year(YEAR));
        params.put("units", units);
        params.put("competency", null);
        params.put("programme", null);
        params.put("round", city.latestRoundId());
        params.put("before", city.roundIds.get(city.roundIds.size() - 2));
        params.put("programmes", template.queryForList("select id from training_programme where title like 'Bench %'",
                Long.class));
        return params;
    }

    /** The statements over a plain connection: expand the named parameters, execute, read every cell. */
    private Object floor(List<String> statements, Map<String, Object> params) {
        long cells = 0;
        try (Connection connection = dataSource.getConnection()) {
            for (String sql : statements) {
                ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
                MapSqlParameterSource source = new MapSqlParameterSource(params);
                Object[] values = NamedParameterUtils.buildValueArray(parsed, source, null);
                try (PreparedStatement statement = connection.prepareStatement(
                        NamedParameterUtils.substituteNamedParameters(parsed, source))) {
                    int index = 1;
                    for (Object value : values) {
                        if (value instanceof Iterable<?> list) {
                            for (Object element : list) {
                                statement.setObject(index++, element);
                            }
                        } else if (value == null) {
                            statement.setNull(index++, Types.VARCHAR);
                        } else {
                            statement.setObject(index++, value);
                        }
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int c = 1; c <= columns; c++) {
                                rs.getObject(c);
                                cells++;
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return cells;
    }

    private static double median(Supplier<Object> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    private static String join(Set<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
