package id.plaju.pelita.analytics;

import id.plaju.pelita.kinerja.Predikat;
import id.plaju.pelita.organization.UnitBreakdown;
import id.plaju.pelita.organization.UnitBreakdownService;
import id.plaju.pelita.organization.UnitScopeService;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.survey.AnonymityProperties;
import id.plaju.pelita.survey.SurveyFigureService;
import id.plaju.pelita.training.CompetencyType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the unit dashboards, aggregated in SQL and limited to the caller's units. Every
 * motivation figure comes from the disclosure gate ({@link SurveyFigureService}): closed rounds only, cells
 * decided once at close so that no subtraction isolates fewer than k people, values rounded.
 * Evaluation figures need the anonymity threshold per programme, and comments a larger group.
 *
 * <p>A thin facade: {@link #load} resolves the unit breakdown once ({@link UnitBreakdownService}) and
 * hands it to one package-private query class per section — {@link ParticipationQueries} (*Partisipasi
 * &amp; JP*), {@link MotivationQueries} (*Motivasi*), {@link EvaluationQueries} (*Evaluasi pelatihan*)
 * {@link KinerjaQueries} (*Kinerja*) and {@link HeadlineFigures} (*Ringkasan*); the single-panel methods serve tests and other callers.
 * The SQL of each panel is a constant of its query class, so the benchmark can time the same
 * statements over bare JDBC as the floor.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_HEAD_OR_ADMIN)
public class DashboardService {

    /** What the dashboard shows: a year, optionally one unit (and its sub-units), a round and a competency type. */
    public record Filter(int year, Long unitId, Long roundId, CompetencyType competency) {
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
            List<ProgrammeRelevance> relevance, Kpis kpis, Kinerja kinerja) {
    }

    /**
     * A group's SKP predikat: how many of its current staff were rated, and how many at each predikat;
     * no counts when fewer than the anonymity threshold were rated.
     */
    public record PredikatGroup(String key, String label, long rated, Map<Predikat, Long> counts, boolean suppressed) {
    }

    /**
     * Staff at 20 JP or more in the rating year ({@code key} "trained") or below ({@code "rest"}): how
     * many were rated, the share at Baik or better, and — for those also rated the year before
     * ({@code paired}) — the share whose predikat rose and fell. Null below the anonymity threshold.
     */
    public record KinerjaComparison(String key, long n, Double goodOrBetter, long paired, Double improved,
            Double declined, boolean suppressed) {
    }

    /** One service unit's IKM per period (null where none was recorded) and its staff's training share in the year. */
    public record IkmUnit(String key, String label, List<Double> values, long staff, Double trainedShare) {
    }

    /** The IKM of the service units covered, over the periods ("2025-II") any of them recorded. */
    public record Ikm(List<String> periods, List<IkmUnit> units) {
    }

    /**
     * The section *Kinerja*: the predikat of the newest rated year up to the filter's ({@code ratingYear},
     * null when none), per group and for trained staff against the rest; the IKM of the service units.
     */
    public record Kinerja(Integer ratingYear, List<PredikatGroup> predikat, List<KinerjaComparison> trainedVersusRest,
            Ikm ikm, Map<Long, AlumniPredikat> alumni, List<ProgrammeChain> chain) {
    }

    /**
     * A programme's learning and application (Kirkpatrick 2 and 3) over the sessions that ended in the
     * year: participants with a post-test ({@code tested}), the mean pre and post score and gain of
     * those who took both, the share at the pass mark; participants who reported on their actions and
     * the share of those actions done (the application rate); atasan ratings and their mean (1–5).
     * Every figure is null with fewer than the anonymity threshold of people behind it.
     */
    public record ProgrammeChain(long programmeId, String title, long tested, Double meanPre, Double meanPost,
            Double gain, Double passShare, long reporters, Double applicationRate, long rated, Double meanRating) {
    }

    /**
     * A programme's alumni of the rating year (current staff who attended it that year) beside their
     * peers — the other rated staff of the same units — each with the share at Baik or better; null
     * where a group has fewer than the anonymity threshold. Correlation, not proof of cause.
     */
    public record AlumniPredikat(String title, long alumni, Double alumniGood, long peers, Double peersGood) {
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

    /** At most this many comments per programme, newest first. */
    public static final int COMMENTS_PER_PROGRAMME = 10;

    private final UnitScopeService scope;
    private final UnitBreakdownService breakdowns;
    private final AnonymityProperties anonymity;
    private final ParticipationQueries participation;
    private final MotivationQueries motivation;
    private final EvaluationQueries evaluation;
    private final HeadlineFigures headlines;
    private final KinerjaQueries kinerja;
    private final ActionListQuery actionList;

    DashboardService(UnitScopeService scope, UnitBreakdownService breakdowns, AnonymityProperties anonymity,
            ParticipationQueries participation, MotivationQueries motivation, EvaluationQueries evaluation,
            HeadlineFigures headlines, KinerjaQueries kinerja, ActionListQuery actionList) {
        this.kinerja = kinerja;
        this.scope = scope;
        this.breakdowns = breakdowns;
        this.anonymity = anonymity;
        this.participation = participation;
        this.motivation = motivation;
        this.evaluation = evaluation;
        this.headlines = headlines;
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
        UnitBreakdown breakdown = breakdowns.breakdown(filter.unitId());
        int year = filter.year();
        String competency = filter.competency() == null ? null : filter.competency().name();
        Long round = filter.roundId();
        List<ProgrammeRelevance> relevance = evaluation.relevanceRanking(year, competency, null, breakdown);
        long staff = participation.staff(breakdown);
        ParticipationQueries.Months months = participation.participationByMonth(year, competency, breakdown, staff);
        List<SurveyFigureService.RoundFigure> trend = motivation.trend(breakdown);
        List<GroupValue> byUnit = participation.participationByUnit(year, competency, breakdown);
        JpDistribution jp = participation.jpDistribution(year, breakdown);
        List<GroupValue> responseRates = round == null ? List.of() : motivation.responseRates(round, breakdown);
        return new Dashboard(byUnit, months.monthly(), months.reached(),
                participation.participationByCompetency(year, breakdown, staff),
                jp,
                MotivationQueries.trendOf(trend),
                motivation.subscaleTrend(trend),
                round == null ? null : motivation.subscaleHeatmap(round, breakdown),
                round == null ? List.of() : motivation.trainedVersusNot(round, breakdown),
                responseRates,
                relevance,
                headlines.kpis(filter, competency, breakdown,
                        new HeadlineFigures.Current(byUnit, jp, responseRates, trend)),
                kinerja.kinerja(year, breakdown));
    }

    /** The units a filter covers: the chosen unit and its sub-units (checked against the scope), or the whole scope. */
    public Set<Long> unitsOf(Long unitId) {
        return scope.unitsOf(unitId);
    }

    /** The groups a unit breaks down into: its direct sub-units in scope (each with its subtree). */
    public UnitBreakdown breakdown(Long unitId) {
        return breakdowns.breakdown(unitId);
    }

    // --- single panels, each for a unit of the caller's scope (or the whole scope) ---------------

    /** Mean motivation index per round (oldest first) over the covered units. */
    public List<GroupValue> motivationTrend(Long unitId) {
        return MotivationQueries.trendOf(motivation.trend(breakdown(unitId)));
    }

    /** Rounds × subscales over the covered units (oldest round first); a suppressed round shows nothing. */
    public Matrix subscaleTrend(Long unitId) {
        return motivation.subscaleTrend(motivation.trend(breakdown(unitId)));
    }

    /** Sub-units × subscales for one closed round; nothing for an open round; suppressed groups show nothing. */
    public Matrix subscaleHeatmap(long roundId, Long unitId) {
        return motivation.subscaleHeatmap(roundId, breakdown(unitId));
    }

    /**
     * Change of the motivation index between the round before {@code roundId} and {@code roundId},
     * for staff who attended training in between and those who did not, paired by pseudonym.
     * Correlation, not proof of cause.
     */
    public List<GroupValue> trainedVersusNot(long roundId, Long unitId) {
        return motivation.trainedVersusNot(roundId, breakdown(unitId));
    }

    /** Per sub-unit (n = staff targeted by the round), the share who completed the round. */
    public List<GroupValue> responseRates(long roundId, Long unitId) {
        return motivation.responseRates(roundId, breakdown(unitId));
    }

    /** Programmes ranked by mean relevance, as rated by the covered units' staff; small groups suppressed. */
    public List<ProgrammeRelevance> relevanceRanking(int year, Long unitId) {
        return evaluation.relevanceRanking(year, null, null, breakdown(unitId));
    }

    /** The newest evaluation comments per programme; only where at least the comment threshold evaluated it. */
    public List<ProgrammeComments> comments(int year, Long unitId) {
        UnitBreakdown breakdown = breakdown(unitId);
        return evaluation.comments(year, breakdown, evaluation.relevanceRanking(year, null, null, breakdown));
    }

    /**
     * The newest comments on one programme by the covered units' staff in a year (the dashboard
     * fetches them when a programme is picked, instead of holding every programme's comments).
     */
    public ProgrammeComments commentsOf(int year, Long unitId, long programmeId) {
        UnitBreakdown breakdown = breakdown(unitId);
        return evaluation.comments(year, breakdown, evaluation.relevanceRanking(year, null, programmeId, breakdown))
                .stream().findFirst().orElse(new ProgrammeComments(programmeId, "", 0, List.of(), true));
    }

    /** The section *Kinerja* for a year and a unit of the caller's scope (or the whole scope). */
    public Kinerja kinerja(int year, Long unitId) {
        return kinerja.kinerja(year, breakdown(unitId));
    }

    /** Share of active staff per sub-unit who attended at least one finished session in the year. */
    public List<GroupValue> participationByUnit(int year, Long unitId) {
        return participation.participationByUnit(year, null, breakdown(unitId));
    }

    /** Month by month, the share of the covered staff who attended a session in that month. */
    public List<GroupValue> participationByMonth(int year, Long unitId, CompetencyType competency) {
        UnitBreakdown breakdown = breakdown(unitId);
        return participation.participationByMonth(year, competency == null ? null : competency.name(), breakdown,
                participation.staff(breakdown)).monthly();
    }

    /** Per competency type, the share of the covered staff who attended a session of that type in the year. */
    public List<GroupValue> participationByCompetency(int year, Long unitId) {
        UnitBreakdown breakdown = breakdown(unitId);
        return participation.participationByCompetency(year, breakdown, participation.staff(breakdown));
    }

    /** Staff per 5-JP band and green/amber/red per sub-unit, from one aggregate. */
    public JpDistribution jpDistribution(int year, Long unitId) {
        return participation.jpDistribution(year, breakdown(unitId));
    }

    /** The bounds of a calendar year, as the {@code :from} and {@code :to} parameters of the section queries. */
    static Map<String, Object> year(int year) {
        return Map.of("from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year + 1, 1, 1));
    }
}
