package id.plaju.pelita.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.plaju.pelita.PelitaSpringTest;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@PelitaSpringTest
class DashboardServiceTest {

    @Autowired
    DashboardService dashboard;

    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }

    private long closedRound() {
        return jdbc.sql("select id from survey_round where status = 'CLOSED' order by opens_on desc limit 1")
                .query(Long.class).single();
    }

    @Test
    @WithUserDetails("kepala")
    void aForgedUnitFilterIsRefused() {
        long komperta = unit("KEL-KOMPERTA");
        assertThatThrownBy(() -> dashboard.motivationTrend(komperta)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.participationByUnit(2026, komperta)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("camat")
    void theTrendMatchesTheStoredScores() {
        long ulu = unit("KEL-PLAJU-ULU");
        List<GroupValue> trend = dashboard.motivationTrend(ulu);
        GroupValue last = trend.stream().filter(g -> g.key().equals(Long.toString(closedRound()))).findFirst().orElseThrow();
        Map<String, Object> raw = jdbc.sql("select sum(motivation_index) as total, count(*) as n from survey_response"
                + " where round_id = ? and unit_id = ?").params(closedRound(), ulu).query().singleRow();
        long n = ((Number) raw.get("n")).longValue();
        // the published value is the exact mean of the stored scores, rounded to a whole number
        double expected = ((java.math.BigDecimal) raw.get("total"))
                .divide(java.math.BigDecimal.valueOf(n), 0, java.math.RoundingMode.HALF_UP).doubleValue();
        assertThat(last.n()).isEqualTo(n).isGreaterThanOrEqualTo(5);
        assertThat(last.suppressed()).isFalse();
        assertThat(last.value()).isEqualTo(expected);
    }

    @Test
    @WithUserDetails("camat")
    void aSmallUnitNeverShowsAScore() {
        assertThat(dashboard.motivationTrend(unit("KEC-PELUM"))).isNotEmpty()
                .allMatch(GroupValue::suppressed).allMatch(g -> g.value() == null);
    }

    @Test
    @WithUserDetails("camat")
    void theHeatmapNeverHidesExactlyOneUnit() {
        DashboardService.Matrix map = dashboard.subscaleHeatmap(closedRound(), null);
        long hidden = map.rows().stream().filter(GroupValue::suppressed).count();
        assertThat(map.subscales()).hasSize(6);
        assertThat(hidden).isNotEqualTo(1);
        for (GroupValue g : map.rows()) {
            assertThat(map.cells().get(g.key()).values()).allMatch(v -> g.suppressed() == (v == null));
        }
    }

    @Test
    @WithUserDetails("camat")
    void participationIsTheShareOfStaffWhoAttended() {
        List<GroupValue> rates = dashboard.participationByUnit(2026, null);
        assertThat(rates).isNotEmpty().allMatch(g -> g.value() == null || g.value() >= 0 && g.value() <= 1);
        assertThat(rates.stream().mapToLong(GroupValue::n).sum()).isEqualTo(jdbc.sql("""
                select count(*) from employee e join unit u on u.id = e.unit_id
                where e.active and (u.code like 'KEC-%' or u.code like 'KEL-%')""").query(Long.class).single());
        assertThat(rates).extracting(GroupValue::label).contains("Kecamatan Plaju", "Kelurahan Plaju Ulu");
    }

    @Test
    @WithUserDetails("camat")
    void trainedAndNotTrainedStaffArePairedByPseudonym() {
        long round = closedRound();
        List<GroupValue> groups = dashboard.trainedVersusNot(round, null);
        assertThat(groups).extracting(GroupValue::key).containsExactly("trained", "not-trained");
        long previous = jdbc.sql("""
                select p.id from survey_round p join survey_round r on r.id = ?
                where p.opens_on < r.opens_on order by p.opens_on desc limit 1""").param(round).query(Long.class).single();
        long pairs = jdbc.sql("""
                select count(*) from survey_response a join survey_response b on b.pseudonym = a.pseudonym
                where a.round_id = ? and b.round_id = ?""").params(previous, round).query(Long.class).single();
        assertThat(groups.stream().mapToLong(GroupValue::n).sum()).isEqualTo(pairs);
        GroupValue trained = groups.getFirst();
        GroupValue untrained = groups.get(1);
        assertThat(trained.value()).isNotNull();
        assertThat(untrained.value()).isNotNull();
        assertThat(trained.value()).isGreaterThan(untrained.value());
    }

    @Test
    @WithUserDetails("camat")
    void programmesAreRankedByRelevanceAndTheIrrelevantOneIsLast() {
        List<DashboardService.ProgrammeRelevance> ranking = dashboard.relevanceRanking(2025, null);
        List<DashboardService.ProgrammeRelevance> shown = ranking.stream().filter(p -> !p.suppressed()).toList();
        assertThat(shown).isNotEmpty();
        assertThat(shown.getLast().title()).isEqualTo("Teori Administrasi Publik Lanjutan");
        assertThat(ranking).filteredOn(DashboardService.ProgrammeRelevance::suppressed)
                .allMatch(p -> p.n() < dashboard.minGroupSize() && p.meanRelevance() == null);
    }

    @Test
    @WithUserDetails("pegawai")
    void employeesHaveNoDashboard() {
        assertThatThrownBy(() -> dashboard.motivationTrend(null)).isInstanceOf(AccessDeniedException.class);
    }
}
