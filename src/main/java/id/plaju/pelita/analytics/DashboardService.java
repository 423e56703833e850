package id.plaju.pelita.analytics;

import id.plaju.pelita.organization.UnitNode;
import id.plaju.pelita.organization.UnitScopeService;
import id.plaju.pelita.organization.UnitType;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.survey.AnonymityProperties;
import id.plaju.pelita.survey.SurveyFigureService;
import id.plaju.pelita.training.CompetencyType;
import id.plaju.pelita.training.JpLedgerService;
import id.plaju.pelita.training.TrainingService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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
 * motivation figure comes from the disclosure gate ({@link SurveyFigureService}): closed rounds only, cells
 * decided once at close so that no subtraction isolates fewer than k people, values rounded.
 * Evaluation figures need the anonymity threshold per programme, and comments a larger group.
 *
 * <p>{@link #load} computes the whole dashboard for one filter with the scope resolved once; the
 * single-panel methods serve tests and other callers. The SQL of each panel is a constant, so the
 * benchmark can time the same statements over bare JDBC as the floor.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
public class DashboardService {

    /** What the dashboard shows: a year, optionally one unit (and its sub-units), a round and a competency type. */
    public record Filter(int year, Long unitId, Long roundId, CompetencyType competency) {
    }

    /**
     * A breakdown: the unit groups of the selected unit (its own staff and its sub-units, or itself when
     * it has none). {@code unit} is the unit broken down (null when the groups are the scope's top
     * units); {@code tops} are the disjoint units whose trees the filter covers.
     */
    public record Breakdown(Long unit, List<Long> tops, List<UnitNode> groups, Map<Long, Long> groupOfUnit) {

        public Set<Long> covered() {
            return groupOfUnit.keySet();
        }
    }

    /**
     * Rows × subscales; {@code cells.get(rowKey).get(subscale)}; a suppressed row has only nulls.
     * Subscales are keyed by their Indonesian name; {@code english} gives the English one.
     */
    public record Matrix(List<String> subscales, List<GroupValue> rows, Map<String, Map<String, Double>> cells,
            Map<String, String> english) {

        /** A subscale's name in the reader's language. */
        public String name(String subscale, java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? english.getOrDefault(subscale, subscale) : subscale;
        }
    }

    /**
     * A programme's evaluations by staff of the covered units in a year: the mean of each rating (1–5),
     * the share that clashed with routine work, and whether the curriculum-review rule flags it over
     * these evaluations. No figure below the anonymity threshold.
     */
    public record ProgrammeRelevance(long programmeId, String title, long n, Double meanRelevance, Double clashShare,
            boolean suppressed, Double usefulness, Double intentToApply, Double trainerQuality, boolean needsReview) {
    }

    /** The newest comments on a programme, or none when fewer than the comment threshold evaluated it. */
    public record ProgrammeComments(long programmeId, String title, long n, List<String> comments, boolean suppressed) {
    }

    /** Staff of one group at green (≥ 20 JP), amber (10 – < 20) and red (< 10). */
    public record GroupCompliance(String key, String label, long green, long amber, long red) {

        public long staff() {
            return green + amber + red;
        }
    }

    /** JP compliance: staff per 5-JP band (the last band is ≥ 40) and green/amber/red per group. */
    public record JpDistribution(List<Long> staffPerBand, List<GroupCompliance> groups) {

        public static final int BAND_WIDTH = 5;
        public static final int BANDS = 9;
    }

    /** Everything on the dashboard for one filter. Round-based panels are empty when no round is chosen. */
    public record Dashboard(List<GroupValue> participationByUnit,
            List<GroupValue> participationByMonth, List<GroupValue> reachedByMonth,
            List<GroupValue> participationByCompetency, JpDistribution jp, List<GroupValue> motivationTrend,
            Matrix subscaleTrend, Matrix heatmap, List<GroupValue> trainedVersusNot, List<GroupValue> responseRates,
            List<ProgrammeRelevance> relevance, Kpis kpis) {
    }

    /**
     * A headline figure for the filter: its value, the value of the period before (the year before, or
     * the round before), and the value over the viewer's whole scope in the same period. {@code null}
     * where there is nothing to count; {@code suppressed} when the disclosure gate hides the value.
     */
    public record Kpi(Double value, Double previous, Double scope, boolean suppressed) {

        static final Kpi NONE = new Kpi(null, null, null, false);

        /** The change since the period before, or null when either is unknown. */
        public Double change() {
            return value == null || previous == null ? null : value - previous;
        }
    }

    /**
     * The four headline figures, following the filters: staff reached by training in the year, staff at
     * 20 JP or more, the motivation index of the chosen round (closed rounds only) and its response rate.
     */
    public record Kpis(Kpi participation, Kpi jpCompliance, Kpi motivationIndex, Kpi responseRate) {
    }

    /** The round before a round, by opening date (drafts do not count). */
    static final String PREVIOUS_ROUND = """
            select p.id from survey_round p join survey_round r on r.id = :round
            where p.status <> 'DRAFT' and (p.opens_on < r.opens_on or p.opens_on = r.opens_on and p.id < r.id)
            order by p.opens_on desc, p.id desc limit 1""";

    /** A participation that credits JP in the year, of the chosen competency type (or any). */
    private static final String ATTENDED = " " + JpLedgerService.CREDITED_ATTENDANCE
            + " and (:competency is null or p.competency = :competency)\n";

    /** Per unit: active staff and those who attended at least one finished session in the year. */
    static final String PARTICIPATION_BY_UNIT = """
            select e.unit_id, count(*) as staff,
                   sum(case when exists (select 1 from participation pa
                                         join training_session s on s.id = pa.session_id
                                         join training_programme p on p.id = s.programme_id
                                         where pa.employee_id = e.id and""" + ATTENDED + """
                       ) then 1 else 0 end) as trained
            from employee e where e.active and e.unit_id in (:units) group by e.unit_id""";

    /** Per month: staff who attended a session in that month, and those whose first session of the year it was. */
    static final String PARTICIPATION_BY_MONTH = """
            select f.month, count(*) as trained, sum(f.first) as reached from (
                select pa.employee_id, month(s.starts_at) as month,
                       case when month(s.starts_at) = min(month(s.starts_at)) over (partition by pa.employee_id)
                            then 1 else 0 end as first
                from participation pa
                join employee e on e.id = pa.employee_id
                join training_session s on s.id = pa.session_id
                join training_programme p on p.id = s.programme_id
                where e.active and e.unit_id in (:units) and""" + ATTENDED + """
                group by pa.employee_id, month(s.starts_at)) f
            group by f.month""";

    /** Per competency type: staff who attended at least one session of that type in the year. */
    static final String PARTICIPATION_BY_COMPETENCY = """
            select p.competency, count(distinct pa.employee_id) as trained
            from participation pa
            join employee e on e.id = pa.employee_id
            join training_session s on s.id = pa.session_id
            join training_programme p on p.id = s.programme_id
            where e.active and e.unit_id in (:units) and""" + ATTENDED + """
            group by p.competency""";

    static final String STAFF = "select count(*) from employee e where e.active and e.unit_id in (:units)";

    /** Per unit and 5-JP band (capped at the ≥ 40 band): how many active staff earned that much in the year. */
    static final String JP_BANDS = """
            select e.unit_id, least(floor(coalesce(t.jp, 0) / 5), 8) as band, count(*) as staff
            from employee e
            left join (select c.employee_id, sum(c.jp) as jp from (""" + JpLedgerService.CREDITS_OF_UNITS + """
                ) c group by c.employee_id) t on t.employee_id = e.id
            where e.active and e.unit_id in (:units)
            group by e.unit_id, least(floor(coalesce(t.jp, 0) / 5), 8)""";



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
            from employee e left join survey_completion c on c.round_id = :round and c.employee_id = e.id
            where e.active and e.unit_id in (:units)
            group by e.unit_id""";

    static final String RELEVANCE = """
            select p.id, p.title, count(*) as n, avg(e.relevance) as relevance,
                   avg(case when e.clashed_with_work then 1.0 else 0.0 end) as clash,
                   avg(e.usefulness) as usefulness, avg(e.intent_to_apply) as intent, avg(e.trainer_quality) as trainer
            from training_evaluation e
            join employee em on em.id = e.employee_id
            join training_session s on s.id = e.session_id
            join training_programme p on p.id = s.programme_id
            where em.unit_id in (:units) and s.starts_at >= :from and s.starts_at < :to
              and (:competency is null or p.competency = :competency) and (:programme is null or p.id = :programme)
            group by p.id, p.title
            order by avg(e.relevance) desc, p.title""";

    /** At most this many comments per programme, newest first. */
    public static final int COMMENTS_PER_PROGRAMME = 10;

    static final String COMMENTS = """
            select c.programme_id, c.comment from (
                select s.programme_id, e.comment,
                       row_number() over (partition by s.programme_id order by e.submitted_at desc, e.id desc) as nr
                from training_evaluation e
                join employee em on em.id = e.employee_id
                join training_session s on s.id = e.session_id
                where s.programme_id in (:programmes) and em.unit_id in (:units)
                  and s.starts_at >= :from and s.starts_at < :to and e.comment is not null and e.comment <> '') c
            where c.nr <=\s""" + COMMENTS_PER_PROGRAMME + " order by c.programme_id, c.nr";

    private final JdbcClient jdbc;
    private final UnitScopeService scope;
    private final AnonymityProperties anonymity;
    private final SurveyFigureService figures;
    private final ActionListQuery actionList;

    DashboardService(JdbcClient jdbc, UnitScopeService scope, AnonymityProperties anonymity,
            SurveyFigureService figures, ActionListQuery actionList) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.anonymity = anonymity;
        this.figures = figures;
        this.actionList = actionList;
    }

    /**
     * "Perlu tindak lanjut" for the filter's year and units (checked against the scope): staff below
     * 20 JP with their gap and the open sessions they could still join.
     */
    public ActionList actionList(Filter filter) {
        return actionList.load(filter.year(), unitsOf(filter.unitId()));
    }

    public int minGroupSize() {
        return anonymity.minGroupSize();
    }

    public int minCommentGroupSize() {
        return anonymity.minCommentGroupSize();
    }

    /** The whole dashboard for one filter; the scope and the breakdown are resolved once. */
    public Dashboard load(Filter filter) {
        Breakdown breakdown = breakdown(filter.unitId());
        int year = filter.year();
        String competency = filter.competency() == null ? null : filter.competency().name();
        Long round = filter.roundId();
        List<ProgrammeRelevance> relevance = relevanceRanking(year, competency, breakdown);
        long staff = staff(breakdown);
        Months months = participationByMonth(year, competency, breakdown, staff);
        List<SurveyFigureService.RoundFigure> trend = figures.trend(breakdown.tops());
        List<GroupValue> byUnit = participationByUnit(year, competency, breakdown);
        JpDistribution jp = jpDistribution(year, breakdown);
        List<GroupValue> responseRates = round == null ? List.of() : responseRates(round, breakdown);
        return new Dashboard(byUnit, months.monthly(), months.reached(),
                participationByCompetency(year, breakdown, staff),
                jp,
                trendOf(trend),
                subscaleTrend(trend),
                round == null ? null : subscaleHeatmap(round, breakdown),
                round == null ? List.of() : trainedVersusNot(round, breakdown),
                responseRates,
                relevance,
                kpis(filter, competency, breakdown, new Current(byUnit, jp, responseRates, trend)));
    }

    /** The figures of the filter that the headline figures reuse. */
    private record Current(List<GroupValue> participationByUnit, JpDistribution jp, List<GroupValue> responseRates,
            List<SurveyFigureService.RoundFigure> trend) {
    }

    /** The headline figures of a filter; the viewer's whole scope is the filter without its unit. */
    private Kpis kpis(Filter filter, String competency, Breakdown breakdown, Current current) {
        int year = filter.year();
        Breakdown whole = filter.unitId() == null ? breakdown : breakdown(null);
        Kpi participation = new Kpi(weighted(current.participationByUnit()),
                weighted(participationByUnit(year - 1, competency, breakdown)),
                whole == breakdown ? weighted(current.participationByUnit())
                        : weighted(participationByUnit(year, competency, whole)), false);
        Kpi jp = new Kpi(green(current.jp()), green(jpDistribution(year - 1, breakdown)),
                whole == breakdown ? green(current.jp()) : green(jpDistribution(year, whole)), false);
        Long round = filter.roundId();
        if (round == null) {
            return new Kpis(participation, jp, Kpi.NONE, Kpi.NONE);
        }
        Long previousRound = jdbc.sql(PREVIOUS_ROUND).param("round", round).query(Long.class).optional().orElse(null);
        Kpi responseRate = new Kpi(weighted(current.responseRates()),
                previousRound == null ? null : weighted(responseRates(previousRound, breakdown)),
                whole == breakdown ? weighted(current.responseRates()) : weighted(responseRates(round, whole)), false);
        return new Kpis(participation, jp, index(round, current.trend(),
                whole == breakdown ? current.trend() : figures.trend(whole.tops())), responseRate);
    }

    /**
     * The index of the chosen round (null while it is open: scores exist only for closed rounds), that
     * of the nearest closed round before it with a published index, and the scope's, each as the
     * disclosure gate published it.
     */
    private static Kpi index(long round, List<SurveyFigureService.RoundFigure> trend,
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

    private static Double indexOf(SurveyFigureService.Figure figure) {
        return figure.suppressed() || figure.index() == null ? null : figure.index().doubleValue();
    }

    /** The overall share of groups that each carry a share of their n. */
    private static Double weighted(List<GroupValue> groups) {
        long n = groups.stream().mapToLong(GroupValue::n).sum();
        double part = groups.stream().filter(g -> g.value() != null).mapToDouble(g -> g.n() * g.value()).sum();
        return n == 0 ? null : part / n;
    }

    /** The share of staff at 20 JP or more. */
    private static Double green(JpDistribution jp) {
        return share(jp.groups().stream().mapToLong(GroupCompliance::green).sum(),
                jp.groups().stream().mapToLong(GroupCompliance::staff).sum());
    }

    /** The units a filter covers: the chosen unit and its sub-units (checked against the scope), or the whole scope. */
    public Set<Long> unitsOf(Long unitId) {
        if (unitId != null) {
            scope.requireVisible(unitId);
            return scope.withDescendants(List.of(unitId));
        }
        return scope.visibleUnitIds();
    }

    /** The covered units for a breakdown; their staff are not counted (a breakdown does not need it). */
    static final String UNITS = """
            select u.id, u.code, u.name, u.type, u.parent_id, u.active
            from unit u where u.id in (:units) order by u.name""";

    static final String HAS_STAFF = "select count(*) from employee where unit_id = ? and active";

    /** The groups a unit breaks down into: its direct sub-units in scope (each with its subtree). */
    public Breakdown breakdown(Long unitId) {
        if (unitId != null) {
            // one statement: the unit's tree and the unit's own staff
            UnitScopeService.Subtree tree = scope.subtree(unitId);
            Set<Long> covered = new HashSet<>(tree.units().stream().map(UnitNode::id).toList());
            return breakdown(unitId, List.of(unitId), covered, tree.units(), tree.ownStaff());
        }
        Set<Long> covered = scope.visibleUnitIds();
        if (covered.isEmpty()) {
            return new Breakdown(null, List.of(), List.of(), Map.of());
        }
        List<UnitNode> nodes = jdbc.sql(UNITS).param("units", covered).query((rs, i) -> new UnitNode(rs.getLong("id"),
                rs.getString("code"), rs.getString("name"), UnitType.valueOf(rs.getString("type")),
                rs.getObject("parent_id", Long.class), rs.getBoolean("active"), 0)).list();
        return breakdown(null, List.copyOf(scope.topVisibleUnitIds()), covered, nodes, null);
    }

    /** @param ownStaff active staff of {@code unitId} itself, when known (else it is counted if needed) */
    private Breakdown breakdown(Long unitId, List<Long> tops, Set<Long> covered, List<UnitNode> nodes, Long ownStaff) {
        List<UnitNode> visible = nodes.stream().filter(UnitNode::active).toList();
        List<UnitNode> groups = visible.stream()
                .filter(u -> unitId == null ? u.parentId() == null || !covered.contains(u.parentId())
                        : unitId.equals(u.parentId()))
                .toList();
        if (unitId != null) {
            // the chosen unit's own staff (a camat, a lurah…) form a group of their own
            List<UnitNode> self = visible.stream().filter(u -> u.id() == unitId).toList();
            if (!self.isEmpty() && (groups.isEmpty() || (ownStaff != null ? ownStaff
                    : jdbc.sql(HAS_STAFF).param(unitId).query(Long.class).single()) > 0)) {
                List<UnitNode> withSelf = new ArrayList<>(self);
                withSelf.addAll(groups);
                groups = withSelf;
            }
        }
        if (unitId == null && groups.size() == 1) {
            return breakdown(groups.getFirst().id(), tops, covered, nodes, null);
        }
        Map<Long, Long> parentOf = new HashMap<>();
        nodes.forEach(u -> parentOf.put(u.id(), u.parentId()));
        Set<Long> groupIds = new HashSet<>(groups.stream().map(UnitNode::id).toList());
        Map<Long, Long> groupOf = new LinkedHashMap<>();
        for (Long member : covered) {
            if (unitId != null && member.equals(unitId)) {
                if (groupIds.contains(unitId)) {
                    groupOf.put(unitId, unitId);
                }
                continue;
            }
            for (Long up = member; up != null; up = parentOf.get(up)) {
                if (groupIds.contains(up)) {
                    groupOf.put(member, up);
                    break;
                }
            }
        }
        return new Breakdown(unitId, tops, groups, groupOf);
    }

    /** Mean motivation index per round (oldest first) over the covered units. */
    public List<GroupValue> motivationTrend(Long unitId) {
        return motivationTrend(breakdown(unitId));
    }

    private List<GroupValue> motivationTrend(Breakdown breakdown) {
        return trendOf(figures.trend(breakdown.tops()));
    }

    private static List<GroupValue> trendOf(List<SurveyFigureService.RoundFigure> rounds) {
        return rounds.stream().map(r -> value(Long.toString(r.roundId()), r.title(), r.figure())).toList();
    }

    /** A figure of the disclosure gate as a group value: rounded already, or suppressed. */
    private static GroupValue value(String key, String label, SurveyFigureService.Figure figure) {
        GroupValue g = GroupValue.of(key, label, figure.n(), figure.index() == null ? null : figure.index().doubleValue());
        return figure.suppressed() ? g.suppress() : g;
    }

    /** Rounds × subscales over the covered units (oldest round first); a suppressed round shows nothing. */
    public Matrix subscaleTrend(Long unitId) {
        return subscaleTrend(figures.trend(breakdown(unitId).tops()));
    }

    private Matrix subscaleTrend(List<SurveyFigureService.RoundFigure> rounds) {
        Map<String, String> english = new HashMap<>();
        Map<Long, String> nameOf = subscaleNames(jdbc.sql(SUBSCALES), english);
        List<String> subscales = nameOf.values().stream().distinct().toList();
        Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
        for (SurveyFigureService.RoundFigure r : rounds) {
            cells.put(Long.toString(r.roundId()), row(subscales, nameOf, r.figure()));
        }
        return new Matrix(subscales, trendOf(rounds), cells, english);
    }

    /** Sub-units × subscales for one closed round; nothing for an open round; suppressed groups show nothing. */
    public Matrix subscaleHeatmap(long roundId, Long unitId) {
        return subscaleHeatmap(roundId, breakdown(unitId));
    }

    private Matrix subscaleHeatmap(long roundId, Breakdown breakdown) {
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
    private static Map<String, Double> row(List<String> subscales, Map<Long, String> nameOf,
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
    private static Map<Long, String> subscaleNames(JdbcClient.StatementSpec query, Map<String, String> english) {
        Map<Long, String> names = new LinkedHashMap<>();
        query.query((rs, i) -> {
            english.put(rs.getString("name_id"), rs.getString("name_en"));
            return names.put(rs.getLong("id"), rs.getString("name_id"));
        }).list();
        return names;
    }


    /** Programmes ranked by mean relevance, as rated by the covered units' staff; small groups suppressed. */
    public List<ProgrammeRelevance> relevanceRanking(int year, Long unitId) {
        return relevanceRanking(year, null, breakdown(unitId));
    }

    private List<ProgrammeRelevance> relevanceRanking(int year, String competency, Breakdown breakdown) {
        return relevanceRanking(year, competency, null, breakdown);
    }

    /** The ranking, of one programme only when {@code programmeId} is given. */
    private List<ProgrammeRelevance> relevanceRanking(int year, String competency, Long programmeId, Breakdown breakdown) {
        if (breakdown.covered().isEmpty()) {
            return List.of();
        }
        return jdbc.sql(RELEVANCE).param("units", breakdown.covered()).params(year(year))
                .param("competency", competency).param("programme", programmeId)
                .query((rs, i) -> {
                    long n = rs.getLong("n");
                    boolean small = n < anonymity.minGroupSize();
                    Double relevance = small ? null : rs.getDouble("relevance");
                    return new ProgrammeRelevance(rs.getLong("id"), rs.getString("title"), n, relevance,
                            small ? null : rs.getDouble("clash"), small, small ? null : rs.getDouble("usefulness"),
                            small ? null : rs.getDouble("intent"), small ? null : rs.getDouble("trainer"),
                            TrainingService.needsReview(n, relevance));
                }).list();
    }

    /** The newest evaluation comments per programme; only where at least the comment threshold evaluated it. */
    public List<ProgrammeComments> comments(int year, Long unitId) {
        Breakdown breakdown = breakdown(unitId);
        return comments(year, breakdown, relevanceRanking(year, null, breakdown));
    }

    /**
     * The newest comments on one programme by the covered units' staff in a year (the dashboard
     * fetches them when a programme is picked, instead of holding every programme's comments).
     */
    public ProgrammeComments commentsOf(int year, Long unitId, long programmeId) {
        Breakdown breakdown = breakdown(unitId);
        return comments(year, breakdown, relevanceRanking(year, null, programmeId, breakdown)).stream().findFirst()
                .orElse(new ProgrammeComments(programmeId, "", 0, List.of(), true));
    }

    private List<ProgrammeComments> comments(int year, Breakdown breakdown, List<ProgrammeRelevance> ranking) {
        List<Long> allowed = ranking.stream().filter(p -> p.n() >= anonymity.minCommentGroupSize())
                .map(ProgrammeRelevance::programmeId).toList();
        Map<Long, List<String>> byProgramme = new HashMap<>();
        if (!allowed.isEmpty()) {
            jdbc.sql(COMMENTS).param("programmes", allowed).param("units", breakdown.covered()).params(year(year))
                    .query((rs, i) -> byProgramme.computeIfAbsent(rs.getLong("programme_id"), k -> new ArrayList<>())
                            .add(rs.getString("comment"))).list();
        }
        return ranking.stream().map(p -> {
            boolean small = p.n() < anonymity.minCommentGroupSize();
            return new ProgrammeComments(p.programmeId(), p.title(), p.n(), small ? List.of() : byProgramme.getOrDefault(p.programmeId(),
                    List.of()), small);
        }).toList();
    }

    /**
     * Change of the motivation index between the round before {@code roundId} and {@code roundId},
     * for staff who attended training in between and those who did not, paired by pseudonym.
     * Correlation, not proof of cause.
     */
    public List<GroupValue> trainedVersusNot(long roundId, Long unitId) {
        return trainedVersusNot(roundId, breakdown(unitId));
    }

    private List<GroupValue> trainedVersusNot(long roundId, Breakdown breakdown) {
        return figures.change(roundId, breakdown.tops())
                .map(change -> List.of(value("trained", "trained", change.trained()),
                        value("not-trained", "not-trained", change.notTrained())))
                .orElse(List.of());
    }

    /** Share of active staff per sub-unit who attended at least one finished session in the year. */
    public List<GroupValue> participationByUnit(int year, Long unitId) {
        return participationByUnit(year, null, breakdown(unitId));
    }

    private List<GroupValue> participationByUnit(int year, String competency, Breakdown breakdown) {
        if (breakdown.covered().isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> byGroup = new HashMap<>();
        jdbc.sql(PARTICIPATION_BY_UNIT).params(year(year)).param("competency", competency)
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
    private record Months(List<GroupValue> monthly, List<GroupValue> reached) {
    }

    /**
     * The share of staff who attended a session in each month, and the share reached so far this
     * year (first session in or before that month).
     */
    private Months participationByMonth(int year, String competency, Breakdown breakdown, long staff) {
        long[] trained = new long[13];
        long[] reached = new long[13];
        if (!breakdown.covered().isEmpty()) {
            jdbc.sql(PARTICIPATION_BY_MONTH).params(year(year)).param("competency", competency)
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

    /** Month by month, the share of the covered staff who attended a session in that month. */
    public List<GroupValue> participationByMonth(int year, Long unitId, CompetencyType competency) {
        Breakdown breakdown = breakdown(unitId);
        return participationByMonth(year, competency == null ? null : competency.name(), breakdown, staff(breakdown))
                .monthly();
    }

    /** Per competency type, the share of the covered staff who attended a session of that type in the year. */
    public List<GroupValue> participationByCompetency(int year, Long unitId) {
        Breakdown breakdown = breakdown(unitId);
        return participationByCompetency(year, breakdown, staff(breakdown));
    }

    private List<GroupValue> participationByCompetency(int year, Breakdown breakdown, long staff) {
        Map<String, Long> trained = new HashMap<>();
        if (!breakdown.covered().isEmpty()) {
            jdbc.sql(PARTICIPATION_BY_COMPETENCY).params(year(year)).param("competency", null)
                    .param("units", breakdown.covered())
                    .query((rs, i) -> trained.put(rs.getString("competency"), rs.getLong("trained"))).list();
        }
        List<GroupValue> result = new ArrayList<>();
        for (CompetencyType type : CompetencyType.values()) {
            result.add(GroupValue.of(type.name(), type.name(), staff, share(trained.getOrDefault(type.name(), 0L), staff)));
        }
        return result;
    }

    /** Staff per 5-JP band and green/amber/red per sub-unit, from one aggregate. */
    public JpDistribution jpDistribution(int year, Long unitId) {
        return jpDistribution(year, breakdown(unitId));
    }

    private JpDistribution jpDistribution(int year, Breakdown breakdown) {
        long[] bands = new long[JpDistribution.BANDS];
        Map<Long, long[]> perGroup = new HashMap<>();
        if (!breakdown.covered().isEmpty()) {
            jdbc.sql(JP_BANDS).params(year(year)).param("units", breakdown.covered()).query((rs, i) -> {
                int band = rs.getInt("band");
                long staff = rs.getLong("staff");
                bands[band] += staff;
                long[] rag = perGroup.computeIfAbsent(breakdown.groupOfUnit().get(rs.getLong("unit_id")), k -> new long[3]);
                // bands 0–1: < 10 JP (red); 2–3: 10 – < 20 (amber); 4+: ≥ 20 (green)
                rag[band >= 4 ? 0 : band >= 2 ? 1 : 2] += staff;
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

    /** Per sub-unit (n = staff targeted by the round), the share who completed the round. */
    public List<GroupValue> responseRates(long roundId, Long unitId) {
        return responseRates(roundId, breakdown(unitId));
    }

    private List<GroupValue> responseRates(long roundId, Breakdown breakdown) {
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
            result.add(GroupValue.of(Long.toString(group.id()), group.name(), acc[0], share(acc[1], acc[0])));
        }
        return result;
    }

    /** Active staff of the covered units. */
    private long staff(Breakdown breakdown) {
        return breakdown.covered().isEmpty() ? 0
                : jdbc.sql(STAFF).param("units", breakdown.covered()).query(Long.class).single();
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    static Map<String, Object> year(int year) {
        return Map.of("from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year + 1, 1, 1));
    }
}
