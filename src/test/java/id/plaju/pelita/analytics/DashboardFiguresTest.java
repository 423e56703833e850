package id.plaju.pelita.analytics;

import id.plaju.pelita.kinerja.Predikat;
import id.plaju.pelita.survey.SurveyFigureService;
import id.plaju.pelita.organization.UnitBreakdownService;
import id.plaju.pelita.organization.UnitBreakdown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.TestUsers;
import id.plaju.pelita.survey.SurveyRoundService;
import id.plaju.pelita.training.CompetencyType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every dashboard panel against numbers counted by hand on a small fixed data set, written into
 * a unit tree of its own (FIX-R with sub-units A, B, C) and rolled back after each test.
 *
 * <pre>
 * A: 6 staff  a1 20 JP (Mar S1 teknis 12 + Jul S3 teknis 8), a2 12 JP (Mar S1, late), a3 9 JP (Mar S2 manajerial),
 *             a4 absent from S1, a5 attended a cancelled session, a6 nothing
 * B: 4 staff  b1 17 JP (Mar S2 + Jul S3), b2 25 JP nonklasikal (approved), b3, b4 nothing
 * C: 6 staff  nothing; 5 of them answered round 2 only
 * Round 1 (2024-01): a1–a6 = 60 62 64 66 68 70, b1–b4 = 50 52 54 56
 * Round 2 (2024-12): a1–a6 = 70 72 74 66 66 72 (a1–a3 trained), b1–b4 = 54 58 54 56 (b1, b2 trained), c1–c5 = 80
 * Scores: subscale 1 = the index, subscale 2 = 50, for every response.
 * Evaluations 2024: P1 (teknis) 10 × (relevance 4 ×8, 5 ×2; 3 clashed; comments k1–k10); P2 5 × relevance 3.
 * </pre>
 */
@PelitaSpringTest
@Transactional
@WithUserDetails("admin")
class DashboardFiguresTest {

    private static final int YEAR = 2024;

    @Autowired
    DashboardService dashboard;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SurveyRoundService rounds;

    private long root;
    private long unitA;
    private long unitB;
    private long unitC;
    private long round1;
    private long round2;
    private final Map<String, Long> staff = new HashMap<>();
    private int nip;

    @BeforeEach
    void fixture() {
        root = unit("FIX-R", "Fix Kecamatan", null, "KECAMATAN");
        unitA = unit("FIX-A", "Fix A", root, "SEKSI");
        unitB = unit("FIX-B", "Fix B", root, "SEKSI");
        unitC = unit("FIX-C", "Fix C", root, "SEKSI");
        for (int i = 1; i <= 6; i++) {
            employee("a" + i, unitA);
            employee("c" + i, unitC);
        }
        for (int i = 1; i <= 4; i++) {
            employee("b" + i, unitB);
        }
        long p1 = programme("Fix Teknis", "TEKNIS");
        long p2 = programme("Fix Manajerial", "MANAJERIAL");
        long s1 = session(p1, LocalDateTime.of(YEAR, 3, 10, 8, 0), "12", "DONE");
        long s2 = session(p2, LocalDateTime.of(YEAR, 3, 20, 8, 0), "9", "DONE");
        long s3 = session(p1, LocalDateTime.of(YEAR, 7, 5, 8, 0), "8", "DONE");
        long s4 = session(p2, LocalDateTime.of(YEAR, 7, 6, 8, 0), "30", "CANCELLED");
        attend(s1, "a1", "HADIR");
        attend(s3, "a1", "HADIR");
        attend(s1, "a2", "TERLAMBAT");
        attend(s2, "a3", "HADIR");
        attend(s1, "a4", "ALPA");
        attend(s4, "a5", "HADIR");
        attend(s2, "b1", "HADIR");
        attend(s3, "b1", "HADIR");
        jdbc.sql("""
                insert into nonklasikal_activity (employee_id, title, delivery, competency, activity_date, jp, evidence,
                    status) values (?, 'Kursus daring', 'ONLINE_COURSE', 'TEKNIS', ?, 25, 'Sertifikat', 'APPROVED')""")
                .params(staff.get("b2"), LocalDate.of(YEAR, 5, 1)).update();

        long instrument = jdbc.sql("select id from survey_instrument where code = 'PELITA-MOTIVASI' and instrument_version = 1")
                .query(Long.class).single();
        round1 = round(instrument, "Fix Putaran 1", LocalDate.of(YEAR, 1, 10));
        round2 = round(instrument, "Fix Putaran 2", LocalDate.of(YEAR, 12, 1));
        List<Long> subscales = jdbc.sql("select id from survey_subscale where instrument_id = ? order by position")
                .param(instrument).query(Long.class).list();
        respond(round1, unitA, subscales, false, 60, 62, 64, 66, 68, 70);
        respond(round1, unitB, subscales, false, 50, 52, 54, 56);
        respond(round2, unitA, subscales, true, 70, 72, 74);
        respond(round2, unitA, subscales, false, 66, 66, 72);
        respond(round2, unitB, subscales, true, 54, 58);
        respond(round2, unitB, subscales, false, 54, 56);
        respond(round2, unitC, subscales, false, 80, 80, 80, 80, 80);
        // closing decides what may be published: rounds are read only through their stored cells
        TestUsers.asAdmin(() -> {
            rounds.close(round1);
            rounds.close(round2);
        });
        for (String who : List.of("a1", "a2", "a3", "a4", "a5", "a6", "b1", "b2", "b3", "b4", "c1", "c2", "c3", "c4", "c5")) {
            jdbc.sql("insert into survey_completion (round_id, employee_id, completed_at) values (?, ?, now(6))")
                    .params(round2, staff.get(who)).update();
        }
        for (int i = 1; i <= 10; i++) {
            String who = "a" + (i <= 6 ? i : i - 6);
            evaluate(i <= 6 ? s1 : s3, who, i <= 8 ? 4 : 5, i <= 3, "k" + i, i);
        }
        for (int i = 1; i <= 5; i++) {
            evaluate(s2, "a" + i, 3, false, null, i);
        }
    }

    @Test
    void participationPerUnitIsTheShareOfStaffWithAFinishedSession() {
        List<GroupValue> rates = dashboard.participationByUnit(YEAR, root);

        assertThat(rates).extracting(GroupValue::label).containsExactly("Fix A", "Fix B", "Fix C");
        assertThat(rates).extracting(GroupValue::n).containsExactly(6L, 4L, 6L);
        assertThat(rates).extracting(GroupValue::value).containsExactly(0.5, 0.25, 0.0);
    }

    @Test
    void participationPerMonthCountsEachPersonOncePerMonth() {
        List<GroupValue> months = dashboard.participationByMonth(YEAR, root, null);

        assertThat(months).hasSize(12).allMatch(m -> m.n() == 16);
        assertThat(months.get(2).value()).isEqualTo(4 / 16.0);
        assertThat(months.get(6).value()).isEqualTo(2 / 16.0);
        assertThat(months).filteredOn(m -> !m.key().equals("3") && !m.key().equals("7")).allMatch(m -> m.value() == 0);
        assertThat(dashboard.participationByMonth(YEAR, root, CompetencyType.TEKNIS).get(2).value()).isEqualTo(2 / 16.0);
    }

    @Test
    void theDashboardShowsWhoWasReachedSinceJanuary() {
        DashboardService.Dashboard data = dashboard.load(new DashboardService.Filter(YEAR, root, round2, null));

        assertThat(data.reachedByMonth()).extracting(GroupValue::value).containsExactly(0.0, 0.0, 0.25, 0.25, 0.25,
                0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25);
    }

    @Test
    void participationPerCompetencyType() {
        List<GroupValue> types = dashboard.participationByCompetency(YEAR, root);

        assertThat(types).extracting(GroupValue::key).containsExactly("TEKNIS", "MANAJERIAL", "SOSIAL_KULTURAL");
        assertThat(types).extracting(GroupValue::value).containsExactly(3 / 16.0, 2 / 16.0, 0.0);
    }

    @Test
    void jpDistributionAndComplianceComeFromTheSameLedger() {
        DashboardService.JpDistribution jp = dashboard.jpDistribution(YEAR, root);

        assertThat(jp.staffPerBand()).containsExactly(11L, 1L, 1L, 1L, 1L, 1L, 0L, 0L, 0L);
        assertThat(jp.groups()).extracting(DashboardService.GroupCompliance::label).containsExactly("Fix A", "Fix B", "Fix C");
        assertThat(jp.groups()).extracting(g -> List.of(g.green(), g.amber(), g.red()))
                .containsExactly(List.of(1L, 1L, 4L), List.of(1L, 1L, 2L), List.of(0L, 0L, 6L));
    }

    @Test
    void motivationTrendAndSubscalesPerRound() {
        List<GroupValue> trend = dashboard.motivationTrend(root);
        // 602 / 10 = 60.2 and 1042 / 15 = 69.47, published as whole numbers
        assertThat(value(trend, round1)).isEqualTo(60.0);
        assertThat(value(trend, round2)).isEqualTo(69.0);
        assertThat(trend).filteredOn(g -> g.n() == 0).allMatch(g -> g.value() == null);

        DashboardService.Matrix subscales = dashboard.subscaleTrend(root);
        String first = subscales.subscales().getFirst();
        String second = subscales.subscales().get(1);
        assertThat(subscales.cells().get(Long.toString(round2)).get(first)).isEqualTo(69.0);
        assertThat(subscales.cells().get(Long.toString(round2)).get(second)).isEqualTo(50.0);
        assertThat(subscales.cells().get(Long.toString(round1)).get(first)).isEqualTo(60.0);
        assertThat(subscales.cells().get(Long.toString(round1)).get(subscales.subscales().get(2))).isNull();
    }

    @Autowired
    UnitBreakdownService breakdowns;

    @Autowired
    ParticipationQueries participationQueries;

    @Autowired
    MotivationQueries motivationQueries;

    @Autowired
    SurveyFigureService figures;

    @Test
    void aDrillDownKeepsTheWholeScopesFiguresUntilTheyExpireOrAreForgotten() {
        long everyone = jdbc.sql("select count(*) from employee where active").query(Long.class).single();
        HeadlineFigures keeping = new HeadlineFigures(jdbc, breakdowns, participationQueries, motivationQueries, figures, 60);
        DashboardService.Filter drill = new DashboardService.Filter(YEAR, unitB, null, null);
        assertThat(kpis(keeping, drill).participation().scope()).isEqualTo(4.0 / everyone);

        // c1 attends a finished session: the unit drilled into (B) does not change, the whole scope does
        long later = session(programme("Fix Sosial", "SOSIAL_KULTURAL"), LocalDateTime.of(YEAR, 9, 1, 8, 0), "4", "DONE");
        attend(later, "c1", "HADIR");
        DashboardService.Kpis kept = kpis(keeping, drill);
        assertThat(kept.participation().scope()).as("kept for the drill-downs that follow").isEqualTo(4.0 / everyone);
        assertThat(kept.participation().value()).as("the unit's own figure is always fresh").isEqualTo(0.25);

        keeping.forget();
        assertThat(kpis(keeping, drill).participation().scope()).isEqualTo(5.0 / everyone);
        // the service in tests keeps nothing (pelita.dashboard.scope-figures-seconds=0)
        assertThat(dashboard.load(drill).kpis().participation().scope()).isEqualTo(5.0 / everyone);
        HeadlineFigures never = new HeadlineFigures(jdbc, breakdowns, participationQueries, motivationQueries, figures, 0);
        assertThat(kpis(never, drill).participation().scope()).isEqualTo(5.0 / everyone);
    }

    private DashboardService.Kpis kpis(HeadlineFigures headlines, DashboardService.Filter filter) {
        UnitBreakdown breakdown = breakdowns.breakdown(filter.unitId());
        return headlines.kpis(filter, null, breakdown, new HeadlineFigures.Current(
                participationQueries.participationByUnit(filter.year(), null, breakdown),
                participationQueries.jpDistribution(filter.year(), breakdown), List.of(), List.of()));
    }

    @Test
    void theHeadlineFiguresFollowTheFiltersWithThePeriodBeforeAndTheWholeScope() {
        long everyone = jdbc.sql("select count(*) from employee where active").query(Long.class).single();
        DashboardService.Kpis kpis = dashboard.load(new DashboardService.Filter(YEAR, root, round2, null)).kpis();

        // a1 a2 a3 b1 trained in 2024, nobody in 2023; nobody outside the fixture trained in 2024
        assertThat(kpis.participation().value()).isEqualTo(4.0 / 16);
        assertThat(kpis.participation().previous()).isEqualTo(0.0);
        assertThat(kpis.participation().change()).isEqualTo(4.0 / 16);
        assertThat(kpis.participation().scope()).isEqualTo(4.0 / everyone);
        // a1 (20 JP) and b2 (25 JP) are green
        assertThat(kpis.jpCompliance().value()).isEqualTo(2.0 / 16);
        assertThat(kpis.jpCompliance().previous()).isEqualTo(0.0);
        assertThat(kpis.jpCompliance().scope()).isEqualTo(2.0 / everyone);
        // the chosen round, not the newest: 1042 / 15 = 69.47 → 69; the round before: 602 / 10 = 60.2 → 60
        assertThat(kpis.motivationIndex().value()).isEqualTo(69.0);
        assertThat(kpis.motivationIndex().previous()).isEqualTo(60.0);
        assertThat(kpis.motivationIndex().change()).isEqualTo(9.0);
        assertThat(kpis.motivationIndex().scope()).isEqualTo(value(dashboard.motivationTrend(null), round2)).isEqualTo(69.0);
        // 15 of 16 completed round 2; nobody recorded a completion of round 1
        assertThat(kpis.responseRate().value()).isEqualTo(15.0 / 16);
        assertThat(kpis.responseRate().previous()).isEqualTo(0.0);
        assertThat(kpis.responseRate().scope()).isEqualTo(15.0 / everyone);

        DashboardService.Kpis first = dashboard.load(new DashboardService.Filter(YEAR, root, round1, null)).kpis();
        assertThat(first.motivationIndex().value()).isEqualTo(60.0);
        assertThat(first.motivationIndex().previous()).isNull();
        assertThat(first.motivationIndex().change()).isNull();

        DashboardService.Kpis small = dashboard.load(new DashboardService.Filter(YEAR, unitB, round2, null)).kpis();
        assertThat(small.motivationIndex().suppressed()).isTrue();
        assertThat(small.motivationIndex().value()).isNull();
        assertThat(small.participation().value()).isEqualTo(0.25);
        assertThat(small.participation().scope()).isEqualTo(4.0 / everyone);

        DashboardService.Kpis noRound = dashboard.load(new DashboardService.Filter(YEAR, root, null, null)).kpis();
        assertThat(noRound.motivationIndex().value()).isNull();
        assertThat(noRound.responseRate().value()).isNull();
    }

    @Test
    void anOpenRoundHasNoHeadlineIndex() {
        long open = jdbc.sql("select id from survey_round where status = 'OPEN'").query(Long.class).single();

        DashboardService.Kpis kpis = dashboard.load(new DashboardService.Filter(YEAR, null, open, null)).kpis();

        assertThat(kpis.motivationIndex().value()).isNull();
        assertThat(kpis.motivationIndex().suppressed()).isFalse();
        assertThat(kpis.responseRate().value()).isNotNull();
    }

    @Test
    void aSmallUnitHasNoTrendOfItsOwn() {
        assertThat(dashboard.motivationTrend(unitB)).filteredOn(g -> g.n() > 0).hasSize(2)
                .allMatch(g -> g.suppressed() && g.value() == null);
        assertThat(dashboard.subscaleTrend(unitB).cells().values())
                .allMatch(row -> row.values().stream().allMatch(v -> v == null));
    }

    @Test
    void theHeatmapHidesTheNextSmallestUnitSoTheHiddenOneCannotBeSubtracted() {
        // round 2: A 6, B 4, C 5, total 15 shown; 15 − 6 − 5 would give B's 4, so C (the smaller) is hidden too
        DashboardService.Matrix map = dashboard.subscaleHeatmap(round2, root);

        assertThat(map.rows()).extracting(GroupValue::label).containsExactly("Fix A", "Fix B", "Fix C");
        assertThat(map.rows()).extracting(GroupValue::suppressed).containsExactly(false, true, true);
        Map<String, Double> a = map.cells().get(Long.toString(unitA));
        assertThat(a.get(map.subscales().getFirst())).isEqualTo(70.0);
        assertThat(a.get(map.subscales().get(1))).isEqualTo(50.0);
        assertThat(map.cells().get(Long.toString(unitB)).values()).allMatch(v -> v == null);
        assertThat(map.cells().get(Long.toString(unitC)).values()).allMatch(v -> v == null);
    }

    @Test
    void trainedAndNotTrainedStaffArePairedAcrossRounds() {
        List<GroupValue> groups = dashboard.trainedVersusNot(round2, root);

        // pairs: a1–a6 and b1–b4 (trained a1–a3, b1, b2). Their changes (+8 and 0) would be safe alone,
        // but together with round 1's total and round 2's unit A they give round 2's sum of unit B (4
        // people): change sum = (A₂ + B₂) − (A₁ + B₁). So the comparison is withheld.
        assertThat(groups).extracting(GroupValue::n).containsExactly(5L, 5L);
        assertThat(groups).allMatch(g -> g.suppressed() && g.value() == null);
        // and it is published for whole trees only
        assertThat(dashboard.trainedVersusNot(round2, unitA)).isEmpty();
    }

    @Test
    void responseRatesPerUnit() {
        assertThat(dashboard.responseRates(round2, root)).extracting(GroupValue::value)
                .containsExactly(1.0, 1.0, 5 / 6.0);
        assertThat(dashboard.responseRates(round1, root)).extracting(GroupValue::value).containsExactly(0.0, 0.0, 0.0);
    }

    @Test
    void theScorecardFlagsAProgrammeByTheCatalogueRule() {
        long s2 = jdbc.sql("select s.id from training_session s join training_programme p on p.id = s.programme_id"
                + " where p.title = 'Fix Manajerial' and s.status = 'DONE'").query(Long.class).single();
        evaluate(s2, "b1", 1, true, null, 20);
        evaluate(s2, "b2", 1, true, null, 21);

        // (5 × 3 + 2 × 1) / 7 = 2.43, below 3.0 with at least 5 evaluations
        DashboardService.ProgrammeRelevance manajerial = dashboard.relevanceRanking(YEAR, root).stream()
                .filter(p -> p.title().equals("Fix Manajerial")).findFirst().orElseThrow();
        assertThat(manajerial.n()).isEqualTo(7);
        assertThat(manajerial.meanRelevance()).isCloseTo(17.0 / 7, Offset.offset(1e-4));
        assertThat(manajerial.clashShare()).isCloseTo(2.0 / 7, Offset.offset(1e-4));
        assertThat(manajerial.needsReview()).isTrue();
        assertThat(dashboard.relevanceRanking(YEAR, unitB)).as("two evaluations: nothing shown, nothing flagged")
                .allMatch(p -> p.suppressed() && p.usefulness() == null && !p.needsReview());
    }

    @Test
    void relevanceRankingAndCommentThreshold() {
        List<DashboardService.ProgrammeRelevance> ranking = dashboard.relevanceRanking(YEAR, root);

        assertThat(ranking).extracting(DashboardService.ProgrammeRelevance::title)
                .containsExactly("Fix Teknis", "Fix Manajerial");
        assertThat(ranking.getFirst().meanRelevance()).isCloseTo(4.2, Offset.offset(1e-5));
        assertThat(ranking.getFirst().clashShare()).isCloseTo(0.3, Offset.offset(1e-5));
        assertThat(ranking.get(1).meanRelevance()).isCloseTo(3.0, Offset.offset(1e-5));
        assertThat(ranking).allSatisfy(p -> {
            assertThat(p.usefulness()).isEqualTo(4.0);
            assertThat(p.intentToApply()).isEqualTo(4.0);
            assertThat(p.trainerQuality()).isEqualTo(4.0);
            assertThat(p.needsReview()).as("3.0 is not below the bar").isFalse();
        });

        List<DashboardService.ProgrammeComments> comments = dashboard.comments(YEAR, root);
        assertThat(comments.getFirst().suppressed()).isFalse();
        assertThat(comments.getFirst().comments()).containsExactly("k10", "k9", "k8", "k7", "k6", "k5", "k4", "k3",
                "k2", "k1");
        assertThat(comments.get(1).suppressed()).isTrue();
        assertThat(comments.get(1).comments()).isEmpty();
        // all ten evaluations of P1 come from unit A
        assertThat(dashboard.comments(YEAR, unitA).getFirst().comments()).hasSize(10);
    }

    @Test
    @WithUserDetails("kepala")
    void aHeadCannotAskForAnotherUnit() {
        assertThatThrownBy(() -> dashboard.load(new DashboardService.Filter(YEAR, root, round2, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.jpDistribution(YEAR, unitA)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theWholeDashboardAgreesWithItsPanels() {
        DashboardService.Dashboard data = dashboard.load(new DashboardService.Filter(YEAR, root, round2, null));

        assertThat(data.participationByUnit()).isEqualTo(dashboard.participationByUnit(YEAR, root));
        assertThat(data.participationByMonth()).isEqualTo(dashboard.participationByMonth(YEAR, root, null));
        assertThat(data.jp()).isEqualTo(dashboard.jpDistribution(YEAR, root));
        assertThat(data.heatmap()).isEqualTo(dashboard.subscaleHeatmap(round2, root));
        assertThat(data.trainedVersusNot()).isEqualTo(dashboard.trainedVersusNot(round2, root));
        assertThat(data.responseRates()).isEqualTo(dashboard.responseRates(round2, root));
        assertThat(dashboard.commentsOf(YEAR, root, data.relevance().getFirst().programmeId()))
                .isEqualTo(dashboard.comments(YEAR, root).getFirst());
        assertThat(dashboard.commentsOf(YEAR, root, data.relevance().get(1).programmeId()))
                .isEqualTo(dashboard.comments(YEAR, root).get(1)).matches(DashboardService.ProgrammeComments::suppressed);

        DashboardService.Dashboard teknis = dashboard.load(new DashboardService.Filter(YEAR, root, round2,
                CompetencyType.TEKNIS));
        assertThat(teknis.participationByUnit()).extracting(GroupValue::value).containsExactly(2 / 6.0, 0.25, 0.0);
        assertThat(teknis.relevance()).extracting(DashboardService.ProgrammeRelevance::title).containsExactly("Fix Teknis");
    }

    @Test
    void theKinerjaSectionCountsPredikatPerUnitComparesStaffAt20JpAndSetsIkmBesideTraining() {
        rate(YEAR, "a1:SANGAT_BAIK a2:BAIK a3:BAIK a4:BUTUH_PERBAIKAN a5:BAIK a6:KURANG b1:BAIK b2:SANGAT_BAIK b3:BAIK b4:BAIK");
        rate(YEAR - 1, "a1:BAIK a2:BAIK a3:BUTUH_PERBAIKAN a4:BAIK a5:SANGAT_BAIK b1:BAIK b2:BAIK");
        ikm(unitA, YEAR - 1, 2, "80.5");
        ikm(unitA, YEAR, 1, "82.25");
        ikm(unitC, YEAR, 1, "70");

        DashboardService.Kinerja kinerja = dashboard.load(new DashboardService.Filter(YEAR, root, null, null)).kinerja();

        assertThat(kinerja.ratingYear()).isEqualTo(YEAR);
        // A: six rated; B: four rated, under k = 5; C: nobody rated
        assertThat(kinerja.predikat()).extracting(DashboardService.PredikatGroup::label).containsExactly("Fix A", "Fix B", "Fix C");
        DashboardService.PredikatGroup a = kinerja.predikat().getFirst();
        assertThat(a.rated()).isEqualTo(6);
        assertThat(a.counts()).containsOnly(entry(Predikat.SANGAT_BAIK, 1L), entry(Predikat.BAIK, 3L),
                entry(Predikat.BUTUH_PERBAIKAN, 1L), entry(Predikat.KURANG, 1L));
        assertThat(kinerja.predikat().get(1)).satisfies(b -> {
            assertThat(b.rated()).isEqualTo(4);
            assertThat(b.suppressed()).isTrue();
            assertThat(b.counts()).isEmpty();
        });
        assertThat(kinerja.predikat().get(2).rated()).isZero();

        // at 20 JP or more: a1 (12 + 8 JP) and b2 (25 JP of activity) — two, under k: nothing shown
        DashboardService.KinerjaComparison trained = kinerja.trainedVersusRest().getFirst();
        assertThat(trained.key()).isEqualTo("trained");
        assertThat(trained.n()).isEqualTo(2);
        assertThat(trained.suppressed()).isTrue();
        assertThat(trained.goodOrBetter()).isNull();
        assertThat(trained.improved()).isNull();
        // the rest: eight rated, six at Baik or better; five also rated the year before (a2 a3 a4 a5 b1):
        // a3 rose, a4 and a5 fell
        DashboardService.KinerjaComparison rest = kinerja.trainedVersusRest().get(1);
        assertThat(rest.n()).isEqualTo(8);
        assertThat(rest.goodOrBetter()).isEqualTo(6 / 8.0);
        assertThat(rest.paired()).isEqualTo(5);
        assertThat(rest.improved()).isEqualTo(1 / 5.0);
        assertThat(rest.declined()).isEqualTo(2 / 5.0);

        // IKM per semester beside the share of the unit's staff trained in the year (A: a1 a2 a3 of six; C: none)
        assertThat(kinerja.ikm().periods()).containsExactly((YEAR - 1) + "-II", YEAR + "-I");
        assertThat(kinerja.ikm().units()).extracting(DashboardService.IkmUnit::label).containsExactly("Fix A", "Fix C");
        assertThat(kinerja.ikm().units().getFirst().values()).containsExactly(80.5, 82.25);
        assertThat(kinerja.ikm().units().getFirst().trainedShare()).isEqualTo(0.5);
        assertThat(kinerja.ikm().units().get(1).values()).containsExactly(null, 70.0);
        assertThat(kinerja.ikm().units().get(1).trainedShare()).isEqualTo(0.0);

        // a year without predikat yet shows the newest rated year before it; one unit narrows everything
        assertThat(dashboard.kinerja(YEAR + 1, root).ratingYear()).isEqualTo(YEAR);
        DashboardService.Kinerja onlyA = dashboard.kinerja(YEAR, unitA);
        assertThat(onlyA.trainedVersusRest().get(1).n()).isEqualTo(5);
        assertThat(onlyA.ikm().units()).extracting(DashboardService.IkmUnit::label).containsExactly("Fix A");
        assertThat(dashboard.kinerja(YEAR - 3, root).ratingYear()).isNull();

        // the scorecard's alumni: Fix Teknis in 2024 was attended by a1, a2 (S1) and a1, b1 (S3) — three,
        // under k; their peers are the other seven rated staff of A and B, five of them at Baik or better
        long teknis = jdbc.sql("select id from training_programme where title = 'Fix Teknis'").query(Long.class).single();
        DashboardService.AlumniPredikat alumni = kinerja.alumni().get(teknis);
        assertThat(alumni.title()).isEqualTo("Fix Teknis");
        assertThat(alumni.alumni()).isEqualTo(3);
        assertThat(alumni.alumniGood()).isNull();
        assertThat(alumni.peers()).isEqualTo(7);
        assertThat(alumni.peersGood()).isEqualTo(5 / 7.0);
        // five of A attend another programme: a2 a3 a5 at Baik, a4 and a6 below; their one peer (a1) is too few
        long sosial = programme("Fix Sosial Budaya", "SOSIAL_KULTURAL");
        long session = session(sosial, LocalDateTime.of(YEAR, 10, 1, 8, 0), "2", "DONE");
        for (String who : List.of("a2", "a3", "a4", "a5", "a6")) {
            attend(session, who, "HADIR");
        }
        DashboardService.AlumniPredikat five = dashboard.kinerja(YEAR, root).alumni().get(sosial);
        assertThat(five.alumni()).isEqualTo(5);
        assertThat(five.alumniGood()).isEqualTo(3 / 5.0);
        assertThat(five.peers()).isEqualTo(1);
        assertThat(five.peersGood()).isNull();
    }

    /** "a1:BAIK b2:SANGAT_BAIK …" for a year. */
    private void rate(int year, String ratings) {
        for (String rating : ratings.split(" ")) {
            String[] parts = rating.split(":");
            jdbc.sql("""
                    insert into performance_rating (employee_id, rating_year, predikat, source, updated_by, updated_at)
                    values (?, ?, ?, 'IMPORT', 'test', now(6))""").params(staff.get(parts[0]), year, parts[1]).update();
        }
    }

    private void ikm(long unit, int year, int semester, String value) {
        jdbc.sql("""
                insert into service_satisfaction (unit_id, period_year, semester, ikm, respondents, updated_by, updated_at)
                values (?, ?, ?, ?, 100, 'test', now(6))""").params(unit, year, semester, new BigDecimal(value)).update();
    }

    private static Double value(List<GroupValue> groups, long key) {
        return groups.stream().filter(g -> g.key().equals(Long.toString(key))).findFirst().orElseThrow().value();
    }

    private long unit(String code, String name, Long parent, String type) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into unit (code, name, type, parent_id, active) values (?, ?, ?, ?, true)")
                .params(code, name, type, parent).update(key);
        return key.getKey().longValue();
    }

    private void employee(String who, long unit) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into employee (nip, full_name, birth_date, gender, golongan, employment_type, position_family,
                    position_title, unit_id, active) values (?, ?, '1990-01-01', 'MALE', 'III_A', 'PNS', 'PELAKSANA',
                    'Pengelola Data', ?, true)""").params(String.format("199001012015011%03d", ++nip),
                "Fix " + who, unit).update(key);
        staff.put(who, key.getKey().longValue());
    }

    private long programme(String title, String competency) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into training_programme (title, delivery, mode, competency, active) values (?, 'WORKSHOP', "
                + "'KLASIKAL', ?, true)").params(title, competency).update(key);
        return key.getKey().longValue();
    }

    private long session(long programme, LocalDateTime start, String jp, String status) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into training_session (programme_id, starts_at, ends_at, place, jp, status)
                values (?, ?, ?, 'Aula', ?, ?)""").params(programme, start, start.plusHours(8), new BigDecimal(jp), status)
                .update(key);
        return key.getKey().longValue();
    }

    private void attend(long session, String who, String status) {
        jdbc.sql("insert into participation (session_id, employee_id, status, updated_at) values (?, ?, ?, now(6))")
                .params(session, staff.get(who), status).update();
    }

    private long round(long instrument, String title, LocalDate opens) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into survey_round (instrument_id, title, opens_on, closes_on, status) values (?, ?, ?, ?, 'OPEN')")
                .params(instrument, title, opens, opens.plusDays(14)).update(key);
        return key.getKey().longValue();
    }

    /** Responses of a unit, in staff order (a1, a2… of the unit), paired across rounds by that order. */
    private void respond(long round, long unit, List<Long> subscales, boolean trained, int... indexes) {
        String prefix = unit == unitA ? "a" : unit == unitB ? "b" : "c";
        long already = jdbc.sql("select count(*) from survey_response where round_id = ? and unit_id = ?")
                .params(round, unit).query(Long.class).single();
        for (int i = 0; i < indexes.length; i++) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into survey_response (round_id, unit_id, grade_band, attended_training, pseudonym,
                        motivation_index) values (?, ?, 'III', ?, ?, ?)""")
                    .params(round, unit, trained, "fix-" + prefix + (already + i + 1), indexes[i])
                    .update(key);
            long response = key.getKey().longValue();
            for (int s = 0; s < 2; s++) {
                jdbc.sql("""
                        insert into survey_response_score (response_id, subscale_id, round_id, unit_id, score)
                        values (?, ?, ?, ?, ?)""").params(response, subscales.get(s), round, unit, s == 0 ? indexes[i] : 50)
                        .update();
            }
        }
    }

    private void evaluate(long session, String who, int relevance, boolean clashed, String comment, int order) {
        jdbc.sql("""
                insert into training_evaluation (session_id, employee_id, relevance, usefulness, intent_to_apply,
                    trainer_quality, clashed_with_work, comment, submitted_at) values (?, ?, ?, 4, 4, 4, ?, ?, ?)""")
                .params(session, staff.get(who), relevance, clashed, comment,
                        LocalDateTime.of(YEAR, 8, 1, 8, 0).plusMinutes(order)).update();
    }
}
