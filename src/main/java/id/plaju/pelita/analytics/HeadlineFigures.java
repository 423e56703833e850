package id.plaju.pelita.analytics;

import id.plaju.pelita.analytics.DashboardService.Filter;
import id.plaju.pelita.analytics.DashboardService.GroupCompliance;
import id.plaju.pelita.analytics.DashboardService.JpDistribution;
import id.plaju.pelita.analytics.DashboardService.Kpi;
import id.plaju.pelita.analytics.DashboardService.Kpis;
import id.plaju.pelita.organization.UnitBreakdown;
import id.plaju.pelita.organization.UnitBreakdownService;
import id.plaju.pelita.survey.SurveyFigureService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's headline figures (*Ringkasan*) for a filter: each with the period before and the
 * viewer's whole scope (the filter without its unit), from the section queries.
 */
@Component
class HeadlineFigures {

    /** The round before a round, by opening date (drafts do not count). */
    static final String PREVIOUS_ROUND = """
            select p.id from survey_round p join survey_round r on r.id = :round
            where p.status <> 'DRAFT' and (p.opens_on < r.opens_on or p.opens_on = r.opens_on and p.id < r.id)
            order by p.opens_on desc, p.id desc limit 1""";

    /** The whole scope's figures for one filter, and until when (System.nanoTime) they are kept. */
    private record Held(ScopeFigures figures, long until) {
    }

    /** The whole-scope values of the headline figures that cost a pass over the scope's staff. */
    private record ScopeFigures(Double participation, Double jp, Double responseRate) {
    }

    private record ScopeKey(Set<Long> units, int year, String competency, Long round) {
    }

    private static final int MAX_HELD = 256;

    private final Map<ScopeKey, Held> held = new ConcurrentHashMap<>();
    private final long keepNanos;
    private final JdbcClient jdbc;
    private final UnitBreakdownService breakdowns;
    private final ParticipationQueries participationQueries;
    private final MotivationQueries motivationQueries;
    private final SurveyFigureService figures;

    /**
     * @param keepSeconds how long the whole scope's participation, JP and response rate are kept for
     *        the drill-downs that follow ({@code pelita.dashboard.scope-figures-seconds}, 0 = never)
     */
    HeadlineFigures(JdbcClient jdbc, UnitBreakdownService breakdowns, ParticipationQueries participation,
            MotivationQueries motivation, SurveyFigureService figures,
            @Value("${pelita.dashboard.scope-figures-seconds:60}")
            long keepSeconds) {
        this.keepNanos = TimeUnit.SECONDS.toNanos(keepSeconds);
        this.jdbc = jdbc;
        this.breakdowns = breakdowns;
        this.participationQueries = participation;
        this.motivationQueries = motivation;
        this.figures = figures;
    }

    /** The figures of the filter that the headline figures reuse. */
    record Current(List<GroupValue> participationByUnit, JpDistribution jp, List<GroupValue> responseRates,
            List<SurveyFigureService.RoundFigure> trend) {
    }

    /**
     * The headline figures of a filter; the viewer's whole scope is the filter without its unit. A
     * drill-down shows the same whole-scope values as the filter above it: they are computed once and
     * kept for {@code pelita.dashboard.scope-figures-seconds} (a city-wide viewer would otherwise pay
     * a pass over the whole city for every unit they open).
     */
    Kpis kpis(Filter filter, String competency, UnitBreakdown breakdown, Current current) {
        int year = filter.year();
        Long round = filter.roundId();
        ScopeFigures scope;
        List<SurveyFigureService.RoundFigure> scopeTrend;
        if (filter.unitId() == null) {
            scope = new ScopeFigures(weighted(current.participationByUnit()), green(current.jp()),
                    weighted(current.responseRates()));
            scopeTrend = current.trend();
        } else {
            UnitBreakdown whole = breakdowns.breakdown(null);
            scope = scopeFigures(whole, year, competency, round);
            scopeTrend = round == null ? List.of() : figures.trend(whole.tops());
        }
        Kpi participation = new Kpi(weighted(current.participationByUnit()),
                weighted(participationQueries.participationByUnit(year - 1, competency, breakdown)),
                scope.participation(), false);
        Kpi jp = new Kpi(green(current.jp()), green(participationQueries.jpDistribution(year - 1, breakdown)),
                scope.jp(), false);
        if (round == null) {
            return new Kpis(participation, jp, Kpi.NONE, Kpi.NONE);
        }
        Long previousRound = jdbc.sql(PREVIOUS_ROUND).param("round", round).query(Long.class).optional().orElse(null);
        Kpi responseRate = new Kpi(weighted(current.responseRates()),
                previousRound == null ? null : weighted(motivationQueries.responseRates(previousRound, breakdown)),
                scope.responseRate(), false);
        return new Kpis(participation, jp, index(round, current.trend(), scopeTrend), responseRate);
    }

    /** Forgets the whole-scope figures kept so far (the benchmark times a first drill-down with it). */
    void forget() {
        held.clear();
    }

    private ScopeFigures scopeFigures(UnitBreakdown whole, int year, String competency, Long round) {
        ScopeKey key = new ScopeKey(Set.copyOf(whole.covered()), year, competency, round);
        long now = System.nanoTime();
        Held kept = held.get(key);
        if (kept != null && now - kept.until() < 0) {
            return kept.figures();
        }
        ScopeFigures computed = new ScopeFigures(
                weighted(participationQueries.participationByUnit(year, competency, whole)),
                green(participationQueries.jpDistribution(year, whole)),
                round == null ? null : weighted(motivationQueries.responseRates(round, whole)));
        if (keepNanos > 0) {
            if (held.size() >= MAX_HELD) {
                held.clear();
            }
            held.put(key, new Held(computed, now + keepNanos));
        }
        return computed;
    }

    /**
     * The index of the chosen round (null while it is open: scores exist only for closed rounds), that
     * of the nearest closed round before it with a published index, and the scope's, each as the
     * disclosure gate published it.
     */
    static Kpi index(long round, List<SurveyFigureService.RoundFigure> trend,
            List<SurveyFigureService.RoundFigure> scopeTrend) {
        int at = -1;
        for (int i = 0; i < trend.size(); i++) {
            if (trend.get(i).roundId() == round) {
                at = i;
            }
        }
        if (at < 0) {
            return Kpi.NONE;
        }
        SurveyFigureService.Figure chosen = trend.get(at).figure();
        Double previous = null;
        for (int i = at - 1; i >= 0 && previous == null; i--) {
            previous = indexOf(trend.get(i).figure());
        }
        Double scope = scopeTrend.stream().filter(r -> r.roundId() == round).findFirst()
                .map(r -> indexOf(r.figure())).orElse(null);
        return new Kpi(indexOf(chosen), previous, scope, chosen.suppressed());
    }

    static Double indexOf(SurveyFigureService.Figure figure) {
        return figure.suppressed() || figure.index() == null ? null : figure.index().doubleValue();
    }

    /** The overall share of groups that each carry a share of their n. */
    static Double weighted(List<GroupValue> groups) {
        long n = groups.stream().mapToLong(GroupValue::n).sum();
        double part = groups.stream().filter(g -> g.value() != null).mapToDouble(g -> g.n() * g.value()).sum();
        return n == 0 ? null : part / n;
    }

    /** The share of staff at 20 JP or more. */
    static Double green(JpDistribution jp) {
        return ParticipationQueries.share(jp.groups().stream().mapToLong(GroupCompliance::green).sum(),
                jp.groups().stream().mapToLong(GroupCompliance::staff).sum());
    }
}
