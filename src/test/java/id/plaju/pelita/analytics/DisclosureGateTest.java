package id.plaju.pelita.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.TestUsers;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.survey.InstrumentService;
import id.plaju.pelita.survey.SurveyFigureService;
import id.plaju.pelita.survey.SurveyResponseService;
import id.plaju.pelita.survey.SurveyRoundService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure gate on the demo data and a small fixture: an open round shows no score and a
 * submission to it changes no figure (the differencing of issue 10); published figures equal the
 * rounded means of the raw scores; the trained / not-trained change is published when it is safe.
 */
@PelitaSpringTest
@Transactional
class DisclosureGateTest {

    @Autowired
    Today today;

    @Autowired
    DashboardService dashboard;

    @Autowired
    SurveyFigureService figures;

    @Autowired
    SurveyRoundService rounds;

    @Autowired
    SurveyResponseService responses;

    @Autowired
    InstrumentService instruments;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @WithUserDetails("kepala")
    void anOpenRoundShowsNoScoreAndASubmissionChangesNoFigure() {
        long open = jdbc.sql("select id from survey_round where status = 'OPEN' order by opens_on desc limit 1")
                .query(Long.class).single();
        long ulu = jdbc.sql("select id from unit where code = 'KEL-PLAJU-ULU'").query(Long.class).single();
        int year = today.date().getYear();
        DashboardService.Filter filter = new DashboardService.Filter(year, ulu, open, null);
        DashboardService.Dashboard before = dashboard.load(filter);
        List<String> namesBefore = rounds.notCompleted(open);

        assertThat(before.motivationTrend()).noneMatch(g -> g.key().equals(Long.toString(open)));
        assertThat(before.subscaleTrend().cells()).doesNotContainKey(Long.toString(open));
        assertThat(before.heatmap().rows()).isEmpty();
        assertThat(before.trainedVersusNot()).isEmpty();
        assertThat(figures.groups(open, List.of(new SurveyFigureService.Group(ulu, false)))).isEmpty();

        // pegawai (Plaju Ulu, on the not-completed list) submits
        var kepala = SecurityContextHolder.getContext();
        long pegawai = jdbc.sql("select employee_id from user_account where username = 'pegawai'").query(Long.class).single();
        String name = jdbc.sql("select full_name from employee where id = ?").param(pegawai).query(String.class).single();
        assertThat(namesBefore).anyMatch(n -> n.startsWith(name));
        TestUsers.signIn(TestUsers.employee(pegawai));
        Map<Long, Integer> answers = new HashMap<>();
        instruments.load(responses.instrumentFor(open).id()).items().forEach(i -> answers.put(i.id(), 1));
        responses.submit(open, answers);
        SecurityContextHolder.setContext(kepala);

        DashboardService.Dashboard after = dashboard.load(filter);
        assertThat(rounds.notCompleted(open)).noneMatch(n -> n.startsWith(name));
        assertThat(after.responseRates()).isNotEqualTo(before.responseRates());
        // every score the head could read is exactly what it was
        assertThat(after.motivationTrend()).isEqualTo(before.motivationTrend());
        assertThat(after.subscaleTrend()).isEqualTo(before.subscaleTrend());
        assertThat(after.heatmap()).isEqualTo(before.heatmap());
        assertThat(after.trainedVersusNot()).isEqualTo(before.trainedVersusNot());
    }

    @Test
    @WithUserDetails("admin")
    void everyPublishedFigureIsTheRoundedMeanOfTheRawScores() {
        List<Map<String, Object>> cells = jdbc.sql("""
                select c.id, c.round_id, c.kind, c.unit_id, c.n from survey_cell c
                where c.kind <> 'CHANGE' and c.published and c.n > 0""").query().listOfRows();
        assertThat(cells).hasSizeGreaterThan(20);
        for (Map<String, Object> cell : cells) {
            long round = ((Number) cell.get("round_id")).longValue();
            long unit = ((Number) cell.get("unit_id")).longValue();
            boolean own = "OWN".equals(cell.get("kind"));
            SurveyFigureService.Figure figure = figures.groups(round, List.of(new SurveyFigureService.Group(unit, own)))
                    .values().iterator().next();
            String units = own ? "r.unit_id = :unit" : """
                    r.unit_id in (with recursive t (id) as (select :unit union select u.id from unit u join t on u.parent_id = t.id)
                                  select id from t)""";
            Map<String, Object> raw = jdbc.sql("select sum(r.motivation_index) as total, count(*) as n from survey_response r"
                    + " where r.round_id = :round and " + units).param("round", round).param("unit", unit).query().singleRow();
            long n = ((Number) raw.get("n")).longValue();
            assertThat(figure.n()).isEqualTo(n);
            assertThat(figure.index()).as("round %s, %s %s", round, cell.get("kind"), unit)
                    .isEqualTo(whole((BigDecimal) raw.get("total"), n));
            jdbc.sql("select sc.subscale_id, sum(sc.score) as total, count(*) as n from survey_response_score sc"
                    + " join survey_response r on r.id = sc.response_id where r.round_id = :round and " + units
                    + " group by sc.subscale_id").param("round", round).param("unit", unit).query((rs, i) -> {
                        assertThat(figure.subscales().get(rs.getLong("subscale_id")))
                                .isEqualTo(whole(rs.getBigDecimal("total"), rs.getLong("n")));
                        return null;
                    }).list();
        }
    }

    @Test
    @WithUserDetails("admin")
    void theTrainedVersusNotTrainedChangeIsPublishedWhenNoSubtractionIsolatesAnyone() {
        long root = unit("GATE-R", null);
        long a = unit("GATE-A", root);
        long b = unit("GATE-B", root);
        long instrument = jdbc.sql("select id from survey_instrument where code = 'PELITA-MOTIVASI' and instrument_version = 1")
                .query(Long.class).single();
        long first = round(instrument, LocalDate.of(2032, 1, 10));
        long second = round(instrument, LocalDate.of(2032, 7, 10));
        // ten staff in each of A and B answer both rounds; the first five of each trained in between
        for (long unit : List.of(a, b)) {
            for (int i = 0; i < 10; i++) {
                String who = unit + "-" + i;
                respond(first, unit, who, false, 50 + i);
                respond(second, unit, who, i < 5, 50 + i + (i < 5 ? 7 : 1));
            }
        }
        rounds.close(first);
        rounds.close(second);

        List<GroupValue> change = dashboard.trainedVersusNot(second, root);

        assertThat(change).extracting(GroupValue::n).containsExactly(10L, 10L);
        assertThat(change).extracting(GroupValue::value).containsExactly(7.0, 1.0);
        assertThat(change).noneMatch(GroupValue::suppressed);
        assertThat(dashboard.motivationTrend(a)).filteredOn(g -> g.key().equals(Long.toString(second)))
                .extracting(GroupValue::value).containsExactly(59.0); // (57 + … + 61 + 56 + … + 60) / 10 = 58.5
    }

    @Test
    @WithUserDetails("admin")
    void aRoundDecidedAgainIsReadFromItsNewCellsNotFromMemory() {
        long root = unit("AGAIN-R", null);
        long instrument = jdbc.sql("select id from survey_instrument where code = 'PELITA-MOTIVASI' and instrument_version = 1")
                .query(Long.class).single();
        long round = round(instrument, LocalDate.of(2033, 1, 10));
        for (int i = 0; i < 5; i++) {
            respond(round, root, "again-" + i, false, 60);
        }
        rounds.close(round);
        List<SurveyFigureService.Group> group = List.of(new SurveyFigureService.Group(root, false));
        assertThat(figures.groups(round, group).values()).extracting(SurveyFigureService.Figure::n,
                SurveyFigureService.Figure::index).containsExactly(tuple(5L, 60));

        // reopened (by hand: the portal never reopens), answered once more and decided again
        jdbc.sql("update survey_round set status = 'OPEN' where id = ?").param(round).update();
        assertThat(figures.groups(round, group)).isEmpty();
        respond(round, root, "again-5", false, 66);
        rounds.close(round);

        assertThat(figures.groups(round, group).values()).extracting(SurveyFigureService.Figure::n,
                SurveyFigureService.Figure::index).containsExactly(tuple(6L, 61));
    }

    private static Integer whole(BigDecimal total, long n) {
        return total.divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP).intValueExact();
    }

    private long unit(String code, Long parent) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into unit (code, name, type, parent_id, active) values (?, ?, 'SEKSI', ?, true)")
                .params(code, "Unit " + code, parent).update(key);
        return key.getKey().longValue();
    }

    private long round(long instrument, LocalDate opens) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into survey_round (instrument_id, title, opens_on, closes_on, status) values (?, ?, ?, ?, 'OPEN')")
                .params(instrument, "Gate " + opens, opens, opens.plusDays(14)).update(key);
        return key.getKey().longValue();
    }

    private void respond(long round, long unit, String who, boolean trained, int index) {
        jdbc.sql("""
                insert into survey_response (round_id, unit_id, grade_band, attended_training, pseudonym,
                    motivation_index) values (?, ?, 'III', ?, ?, ?)""")
                .params(round, unit, trained, "gate-" + who, index).update();
    }
}
