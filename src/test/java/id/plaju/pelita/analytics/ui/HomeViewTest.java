package id.plaju.pelita.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.plaju.pelita.PelitaSpringTest;
import id.plaju.pelita.analytics.ActionList;
import id.plaju.pelita.analytics.DashboardService;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.base.ui.component.ChartOption;
import id.plaju.pelita.base.ui.component.EChart;
import id.plaju.pelita.security.ui.LoginView;
import id.plaju.pelita.survey.RoundRow;
import id.plaju.pelita.survey.RoundStatus;
import id.plaju.pelita.training.CompetencyType;
import id.plaju.pelita.training.JpLedgerService;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PelitaSpringTest
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    Today today;

    @Autowired
    DashboardService dashboardService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JpLedgerService ledger;

    @Test
    @WithUserDetails("pegawai")
    void anEmployeeSeesTheirOwnJpAndWhatWaits() {
        HomeView view = navigate(HomeView.class);

        assertThat(view.gauge.getType()).isEqualTo(ChartOption.Type.GAUGE);
        JsonNode json = JsonMapper.builder().build().readTree(view.gauge.getOptionJson());
        assertThat(json.at("/series/0/data/0/value").asDouble())
                .isEqualTo(ledger.myLedger(today.date().getYear()).total().doubleValue());
        assertThat(json.at("/series/0/max").asDouble()).isEqualTo(20);
        assertThat(view.waiting.getElement().getTextRecursively()).contains("survei terbuka");
    }

    @Test
    @WithUserDetails("pegawai")
    void anEmployeeSeesTheirPlanTo20JpAndTheirActivities() {
        HomeView view = navigate(HomeView.class);
        java.math.BigDecimal earned = ledger.myLedger(today.year()).total();
        String plan = view.plan.getElement().getTextRecursively();
        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(today.date(), LocalDate.of(today.year(), 12, 31)) + 1;
        if (earned.compareTo(java.math.BigDecimal.valueOf(20)) >= 0) {
            assertThat(plan).contains("sudah terpenuhi");
        } else {
            java.text.NumberFormat one = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("id-ID"));
            one.setMaximumFractionDigits(1);
            assertThat(plan).contains("Masih perlu " + one.format(java.math.BigDecimal.valueOf(20).subtract(earned))
                    + " JP lagi tahun " + today.year() + "; tersisa " + daysLeft + " hari");
        }
        assertThat(plan).contains("Rencana menuju 20 JP");
        assertThat(view.activities.getElement().getTextRecursively()).contains("Kegiatan nonklasikal saya tahun ini");
    }

    @Test
    void earlyInAYearTheEmptyApplicationPanelPointsToTheYearBefore() {
        List<String> thisYear = DashboardView.applicationNone(2027, 2027);
        assertThat(new id.plaju.pelita.base.i18n.PelitaI18NProvider().getTranslation(thisYear.getFirst(),
                java.util.Locale.forLanguageTag("id-ID"), thisYear.subList(1, 3).toArray()))
                .contains("sesi tahun 2027").contains("Pilih tahun 2026 di filter");
        assertThat(DashboardView.applicationNone(2026, 2027)).containsExactly("dashboard.application.none", "2026");
    }

    @Test
    @WithUserDetails("camat")
    void theDashboardSaysHowFarProgrammesAnswerNeeds() {
        DashboardView view = navigate(DashboardView.class);
        assertThat(view.needCoverage.getElement().getTextRecursively())
                .containsPattern("\\d+% program pelatihan tahun " + today.year() + " menjawab kebutuhan")
                .containsPattern("[1-9]\\d* kebutuhan yang disetujui kepala unit belum direncanakan");
    }

    @Test
    @WithUserDetails("pegawai")
    void employeeMenuHasNoAdministration() {
        navigate(HomeView.class);

        assertThat(menuLabels()).containsExactly("Beranda", "Pelatihan", "Kebutuhan Pelatihan",
                "Jam Pelajaran (JP)", "Riwayat Pelatihan", "Kinerja", "Survei & Evaluasi");
    }

    @Test
    @WithUserDetails("admin")
    void adminMenuHasTheAdministration() {
        navigate("", DashboardView.class);

        assertThat(menuLabels()).containsExactly("Beranda", "Dasbor", "Pelatihan", "Kebutuhan Pelatihan",
                "Jam Pelajaran (JP)", "Riwayat Pelatihan", "Kinerja", "Survei & Evaluasi", "Kelola Pelatihan", "Tes Pelatihan", "Instrumen Survei", "Putaran Survei", "Unit Kerja", "Pegawai", "Pengguna",
                "Log Audit");
    }

    @Test
    @WithUserDetails("kepala")
    void headMenuHasTheStaffOfTheirUnits() {
        navigate("", DashboardView.class);

        assertThat(menuLabels()).containsExactly("Beranda", "Dasbor", "Pelatihan", "Kebutuhan Pelatihan",
                "Jam Pelajaran (JP)", "Riwayat Pelatihan", "Kinerja", "Pegawai Unit Saya", "Survei & Evaluasi", "Tingkat Respons");
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorIsSentToLogin() {
        assertThat(navigate("", LoginView.class)).isNotNull();
    }

    @Test
    @WithUserDetails("kepala")
    void theChosenLanguageIsRemembered() {
        try {
            navigate(DashboardView.class);
            @SuppressWarnings("unchecked")
            Select<java.util.Locale> language = find(Select.class).withId("language").single();

            test(language).selectItem("English");

            assertThat(jdbc.sql("select preferred_locale from user_account where username = 'kepala'")
                    .query(String.class).single()).isEqualTo("en-US");
        } finally {
            jdbc.sql("update user_account set preferred_locale = null where username = 'kepala'").update();
        }
    }

    @Test
    @WithUserDetails("camat")
    void theDashboardDrawsItsChartsAndDrillsDownOnAClick() {
        DashboardView view = navigate(DashboardView.class);
        assertThat(view.participation.chart.getOptionJson()).contains("Kelurahan Plaju Ulu");
        assertThat(view.heatmap.chart.getOptionJson()).contains("Intrinsik");
        assertThat(view.trained.data().rows()).hasSize(2);
        assertThat(view.trained.chart.getOptionJson()).contains("Ikut pelatihan");
        assertThat(view.relevance.data().rows()).isNotEmpty();
        assertThat(view.kpiParticipation.value.getText()).endsWith("%");
        assertThat(view.kpiJp.value.getText()).endsWith("%");
        assertThat(view.kpiIndex.value.getText()).matches("\\d+");
        assertThat(view.kpiIndex.change.getText()).matches("[▲▼●] [+-]?\\d+ sejak putaran sebelumnya");
        assertThat(view.kpiParticipation.change.getText()).matches("[▲▼●] [+-]?\\d+ poin sejak tahun lalu");
        assertThat(view.kpiResponse.value.getText()).endsWith("%");
        assertThat(view.kpiParticipation.scope.getText()).as("no unit chosen: the value is the whole scope").isEmpty();
        assertThat(view.compliance.data().rows()).hasSize(view.compliance.data().rows().size())
                .anyMatch(row -> row.getFirst().equals("Kelurahan Plaju Ulu"));

        // the bar is found by its position among the units, never by its (not unique) name
        int plajuUlu = view.compliance.data().rows().stream().map(List::getFirst).toList().indexOf("Kelurahan Plaju Ulu");
        ComponentUtil.fireEvent(view.compliance.chart,
                new EChart.PointClickEvent(view.compliance.chart, true, "Kelurahan Komperta", "Hijau", plajuUlu, 3.0));

        assertThat(view.unit.getValue().name()).isEqualTo("Kelurahan Plaju Ulu");
        assertThat(view.participation.chart.getOptionJson()).contains("Kelurahan Plaju Ulu")
                .doesNotContain("Kelurahan Komperta");
        assertThat(view.participation.data().filter()).contains("Kelurahan Plaju Ulu");
        assertThat(view.kpiParticipation.scope.getText()).matches("Seluruh lingkup Anda: \\d+%");

        drillTo(view, "Seksi Pelayanan Umum");
        assertThat(view.kpiIndex.value.getText()).isEqualTo("dirahasiakan");
    }

    @Test
    @WithUserDetails("camat")
    void everyPanelIsDrawnAndTheFiltersChangeWhatTheChartsReceive() {
        DashboardView view = navigate(DashboardView.class);
        assertThat(view.byMonth.data().rows()).hasSize(12);
        assertThat(view.byCompetency.data().rows()).extracting(List::getFirst)
                .containsExactly("Teknis", "Manajerial", "Sosial-kultural");
        assertThat(view.jpDistribution.data().rows()).hasSize(9);
        long staffInBands = view.jpDistribution.data().rows().stream().mapToLong(r -> (Long) r.get(1)).sum();
        long staffInUnits = view.compliance.data().rows().stream()
                .mapToLong(r -> (Long) r.get(1) + (Long) r.get(2) + (Long) r.get(3)).sum();
        assertThat(staffInBands).isPositive().isEqualTo(staffInUnits);
        assertThat(view.subscaleTrend.chart.getOptionJson()).contains("Intrinsik");
        assertThat(view.responseRate.data().rows()).anyMatch(r -> r.getFirst().equals("Kelurahan Plaju Ulu"));
        assertThat(view.comments.getElement().getTextRecursively()).contains("Komentar evaluasi");

        String allTypes = view.participation.chart.getOptionJson();
        List<Object> marchAll = view.byMonth.data().rows().get(2);
        view.competency.setValue(CompetencyType.MANAJERIAL);
        assertThat(view.participation.data().filter()).contains("Manajerial");
        assertThat(view.participation.chart.getOptionJson()).isNotEqualTo(allTypes);
        assertThat(view.byMonth.data().filter()).contains("Manajerial");

        view.competency.clear();
        view.year.setValue(view.year.getValue() - 1);
        assertThat(view.byMonth.data().title()).contains(String.valueOf(today.date().getYear() - 1));
        assertThat(view.byMonth.data().rows().get(2)).isNotEqualTo(marchAll);
    }

    @Test
    @WithUserDetails("kepala")
    void anOpenRoundShowsResponseRatesButNoScore() {
        DashboardView view = navigate(DashboardView.class);
        RoundRow open = view.round.getListDataView().getItems().filter(r -> r.status() == RoundStatus.OPEN)
                .findFirst().orElseThrow();
        view.round.setValue(open);

        assertThat(view.heatmap.chart.getOptionJson()).contains("masih berlangsung");
        assertThat(view.heatmap.data().rows()).isEmpty();
        assertThat(view.trained.data().rows()).isEmpty();
        assertThat(view.trend.data().rows()).noneMatch(r -> r.getFirst().equals(open.title()));
        assertThat(view.responseRate.data().rows()).anyMatch(r -> r.getFirst().equals("Kelurahan Plaju Ulu"));
        assertThat(view.kpiIndex.value.getText()).isEqualTo("—");
        assertThat(view.kpiIndex.change.getText()).startsWith("Putaran masih berlangsung");
        assertThat(view.kpiResponse.value.getText()).endsWith("%");
    }

    @Test
    @WithUserDetails("camat")
    void theScorecardShowsEveryRatingAndMarksTheProgrammeForReview() {
        DashboardView view = navigate(DashboardView.class);
        view.year.setValue(today.year() - 1);

        List<DashboardService.ProgrammeRelevance> rows = view.scorecardTable.getListDataView().getItems().toList();
        assertThat(rows).isEqualTo(dashboardService.relevanceRanking(today.year() - 1, null)).isNotEmpty();
        assertThat(rows).filteredOn(p -> !p.suppressed())
                .allSatisfy(p -> assertThat(p.usefulness()).isBetween(1.0, 5.0));
        DashboardService.ProgrammeRelevance flagged = rows.stream().filter(DashboardService.ProgrammeRelevance::needsReview)
                .findFirst().orElseThrow();
        assertThat(flagged.title()).isEqualTo("Teori Administrasi Publik Lanjutan");
        assertThat(view.relevance.chart.getOptionJson()).contains("⚑ " + flagged.title());
        assertThat(view.scorecardTitle.getText()).isEqualTo("Rapor program pelatihan " + (today.year() - 1));
    }

    @Test
    @WithUserDetails("camat")
    void theKinerjaSectionShowsLastYearsPredikatAndTheIkmOfTheServiceUnits() {
        DashboardView view = navigate(DashboardView.class);

        // this year has no predikat yet: the section shows the newest rated year, last year's
        assertThat(view.predikat.data().title()).isEqualTo("Predikat kinerja per unit, " + (today.year() - 1));
        assertThat(view.predikat.data().rows()).isNotEmpty();
        assertThat(view.predikat.data().columns()).contains("Sangat Baik", "Baik", "Butuh Perbaikan");
        assertThat(view.predikatTrained.data().rows()).hasSize(2);
        assertThat(view.predikatTrained.chart.getOptionJson()).contains("≥ 20 JP");
        // seven kelurahan and the Seksi Pelayanan Umum, each over four semesters
        assertThat(view.ikm.data().rows()).hasSize(8);
        assertThat(view.ikm.data().columns()).hasSize(2 + 4);
        // last year's predikat of each programme's alumni beside their peers', programmes named
        assertThat(view.alumni.data().title()).startsWith("Predikat " + (today.year() - 1) + ": alumni");
        assertThat(view.alumni.data().rows()).isNotEmpty().allSatisfy(row -> assertThat(row.getFirst()).isNotEqualTo("?"));
    }

    @Test
    @WithUserDetails("camat")
    void theDashboardIsOrganisedInSectionsWithANavigation() {
        DashboardView view = navigate(DashboardView.class);

        Map<String, List<String>> panelsBySection = new LinkedHashMap<>();
        view.getChildren().filter(c -> c.getId().orElse("").startsWith("section-") && !c.getId().get().equals("section-nav"))
                .forEach(section -> panelsBySection.put(section.getId().orElseThrow(), section.getElement().getChild(2)
                        .getChildren().map(e -> e.getAttribute("id")).toList()));
        assertThat(panelsBySection).containsOnlyKeys("section-summary", "section-action", "section-participation",
                "section-motivation", "section-evaluation", "section-kinerja");
        assertThat(panelsBySection.get("section-action")).containsExactly("panel-action-list");
        assertThat(panelsBySection.get("section-participation")).containsExactly("panel-participation",
                "panel-participation-month", "panel-participation-competency", "panel-jp-distribution",
                "panel-jp-compliance");
        assertThat(panelsBySection.get("section-motivation")).containsExactly("panel-motivation-trend",
                "panel-subscale-trend", "panel-subscale-heatmap", "panel-trained-vs-not", "panel-response-rate");
        assertThat(panelsBySection.get("section-evaluation")).containsExactly("panel-relevance-ranking",
                "panel-scorecard", "panel-comments", "need-coverage");
        assertThat(panelsBySection.get("section-kinerja")).containsExactly("panel-kinerja-predikat",
                "panel-kinerja-trained", "panel-kinerja-alumni", "panel-kinerja-application",
                "lowest-application", "panel-kinerja-ikm");
        assertThat(view.getChildren().filter(c -> c.getId().orElse("").equals("section-nav")).findFirst().orElseThrow()
                .getChildren().map(c -> ((com.vaadin.flow.component.button.Button) c).getText()).toList())
                .containsExactly("Ringkasan", "Perlu tindak lanjut", "Partisipasi & JP", "Motivasi", "Evaluasi pelatihan",
                        "Kinerja");
        // the filter drawer's summary names what is filtered (a phone shows it closed)
        assertThat(view.filterDrawer.getSummaryText()).isEqualTo("Filter: " + today.year() + " · Semua unit saya · "
                + view.round.getValue().title().replace("Survei Motivasi Kerja ", ""));
        view.competency.setValue(CompetencyType.TEKNIS);
        assertThat(view.filterDrawer.getSummaryText()).endsWith(" · Teknis");
    }

    @Test
    @WithUserDetails("camat")
    void eachUnitReadsAgainstTheWholeScopeWithAReferenceLineAndATotalRow() {
        DashboardView view = navigate(DashboardView.class);
        DashboardService.Kpis kpis = dashboardService.load(new DashboardService.Filter(today.year(), null,
                view.round.getValue().id(), null)).kpis();
        JsonNode markLine = JsonMapper.builder().build().readTree(view.participation.chart.getOptionJson())
                .get("series").get(0).get("markLine");
        assertThat(markLine.get("data").get(0).get("xAxis").asDouble()).isEqualTo(kpis.participation().scope());
        assertThat(markLine.get("label").get("formatter").asString()).startsWith("Seluruh lingkup Anda: ");
        List<Object> total = view.participation.data().rows().getLast();
        assertThat(total.get(0)).isEqualTo("Jumlah (filter ini)");
        assertThat(total.get(1)).isEqualTo(view.participation.data().rows().stream().limit(
                view.participation.data().rows().size() - 1).mapToLong(r -> (Long) r.get(1)).sum());
        assertThat(((id.plaju.pelita.analytics.Share) total.get(2)).value()).isEqualTo(kpis.participation().value());

        // a unit chosen: the line stays at the whole scope, the total row is the unit's own
        drillTo(view, "Sekretariat Kecamatan");
        DashboardService.Kpis unitKpis = dashboardService.load(new DashboardService.Filter(today.year(),
                view.unit.getValue().id(), view.round.getValue().id(), null)).kpis();
        JsonNode line = JsonMapper.builder().build().readTree(view.responseRate.chart.getOptionJson())
                .get("series").get(0).get("markLine");
        assertThat(line.get("data").get(0).get("xAxis").asDouble()).isEqualTo(unitKpis.responseRate().scope());
        assertThat(((id.plaju.pelita.analytics.Share) view.responseRate.data().rows().getLast().get(2)).value())
                .isEqualTo(unitKpis.responseRate().value());
    }

    @Test
    @WithUserDetails("camat")
    void subscalesAreNamedInTheReadersLanguage() {
        try {
            navigate(DashboardView.class);
            @SuppressWarnings("unchecked")
            Select<java.util.Locale> language = find(Select.class).withId("language").single();
            test(language).selectItem("English");
            DashboardView view = navigate(DashboardView.class);
            assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");

            assertThat(view.subscaleTrend.data().columns()).contains("Intrinsic", "Identified").doesNotContain("Intrinsik");
        assertThat(view.heatmap.data().columns()).contains("Intrinsic");
        assertThat(view.heatmap.chart.getOptionJson()).contains("\"Intrinsic\"").doesNotContain("Intrinsik");
            assertThat(view.subscaleTrend.chart.getOptionJson()).contains("\"name\":\"Intrinsic\"");
        } finally {
            jdbc.sql("update user_account set preferred_locale = null where username = 'camat'").update();
        }
    }

    @Test
    @WithUserDetails("kepala")
    void aHeadInvitesSomeoneBehindFromTheActionListInTwoClicks() {
        DashboardView view = navigate(DashboardView.class);
        ActionList list = view.actionList.list();
        assertThat(list).isEqualTo(dashboardService.actionList(new DashboardService.Filter(today.year(), null, null, null)));
        assertThat(view.actionList.grid.getListDataView().getItems().toList()).isEqualTo(list.staff()).isNotEmpty();
        assertThat(view.actionList.summary.getText()).startsWith(list.red() + " merah dan " + list.amber() + " kuning pada "
                + today.year());
        ActionList.Behind behind = list.staff().stream().filter(b -> !b.sessionIds().isEmpty()).findFirst().orElseThrow();
        assertThat(behind.jp()).isLessThan(new java.math.BigDecimal(20));
        assertThat(view.actionList.data().rows()).hasSize(list.staff().size());

        view.actionList.openInvite(behind);                       // click 1: "Undang" on the row
        roundTrip();
        ActionListPanel.InviteDialog dialog = view.actionList.dialog;
        ActionList.OpenSession soonest = list.sessionsFor(behind).getFirst();
        assertThat(dialog.session.getValue()).isEqualTo(soonest);
        try {
            test(dialog.send).click();                            // click 2: "Kirim undangan"
            assertThat(jdbc.sql("select status from participation where session_id = ? and employee_id = ?")
                    .params(soonest.id(), behind.employeeId()).query(String.class).single()).isEqualTo("INVITED");
            assertThat(dialog.isOpened()).isFalse();
            ActionList.Behind after = view.actionList.list().staff().stream()
                    .filter(b -> b.employeeId() == behind.employeeId()).findFirst().orElseThrow();
            assertThat(after.sessionIds()).doesNotContain(soonest.id());
        } finally {
            jdbc.sql("delete from participation where session_id = ? and employee_id = ? and status = 'INVITED'")
                    .params(soonest.id(), behind.employeeId()).update();
        }
    }

    @Test
    @WithUserDetails("camat")
    void hiddenGroupsSayWhyAndPublishedOnesAreWholeNumbers() {
        DashboardView view = navigate(DashboardView.class);
        view.round.setValue(view.round.getListDataView().getItems()
                .filter(r -> r.title().endsWith("Semester I 2026")).findFirst().orElseThrow());
        drillTo(view, "Sekretariat Kecamatan");

        List<List<Object>> rows = view.heatmap.data().rows();
        assertThat(rows).anyMatch(r -> r.get(2).equals("tidak ditampilkan untuk menjaga kerahasiaan"));
        assertThat(rows).anyMatch(r -> r.get(2) instanceof Long);
        assertThat(view.trend.data().rows()).allMatch(r -> r.get(2) instanceof Long
                || "tidak ditampilkan untuk menjaga kerahasiaan".equals(r.get(2)));
        assertThat(view.heatmap.chart.getOptionJson()).contains("dirahasiakan");
        // the values sent to the browser are whole numbers too
        JsonNode cells = JsonMapper.builder().build().readTree(view.heatmap.chart.getOptionJson()).get("series").get(0)
                .get("data");
        assertThat(cells.size()).isPositive();
        assertThat(cells.valueStream().filter(c -> (c.isArray() ? c.get(2) : c.get("value").get(2)).isNumber()))
                .isNotEmpty();
        cells.forEach(cell -> {
            JsonNode value = cell.isArray() ? cell.get(2) : cell.get("value").get(2);
            assertThat(!value.isNumber() || value.asDouble() == Math.rint(value.asDouble())).as(cell.toString()).isTrue();
        });
        assertThat(view.suppressedNote.getText()).contains("putaran yang sudah ditutup");
    }

    @Test
    @WithUserDetails("camat")
    void commentsAreFetchedForOneProgrammeAndHiddenUnderTheThreshold() {
        DashboardView view = navigate(DashboardView.class);
        view.year.setValue(today.date().getYear() - 1);
        List<DashboardService.ProgrammeRelevance> programmes =
                view.commentProgramme.getListDataView().getItems().toList();
        var large = programmes.stream().filter(p -> p.n() >= 10).findFirst().orElseThrow();
        assertThat(view.commentProgramme.getValue()).isEqualTo(large);
        assertThat(view.commentList.getChildren().count()).isBetween(1L, 10L);
        assertThat(view.commentList.getElement().getTextRecursively()).doesNotContain("n < 10");

        drillTo(view, "Kelurahan Plaju Ulu");
        var small = view.commentProgramme.getListDataView().getItems().filter(p -> p.n() < 10).findFirst().orElseThrow();
        view.commentProgramme.setValue(small);
        assertThat(view.commentList.getElement().getTextRecursively()).isEqualTo("n < 10 — komentar tidak ditampilkan");
    }

    @Test
    @WithUserDetails("camat")
    void theDataTableIsBuiltWhenAskedForAndFollowsTheFilters() {
        DashboardView view = navigate(DashboardView.class);
        assertThat(view.participation.table()).isNull();
        assertThat(view.participation.xlsx()).isNull();

        test(view.participation.showData).click();
        assertThat(view.participation.xlsx().getId()).hasValue("export-xlsx-participation");
        assertThat(view.participation.table().getListDataView().getItems().toList())
                .isEqualTo(view.participation.data().rows());

        view.competency.setValue(CompetencyType.TEKNIS);
        assertThat(view.participation.table().getListDataView().getItems().toList())
                .isEqualTo(view.participation.data().rows());

        view.round.clear();
        assertThat(view.heatmap.data().title()).isEqualTo("Pilih putaran survei untuk panel ini.");
        assertThat(view.kpiResponse.value.getText()).isEqualTo("—");
    }

    @Test
    @WithUserDetails("pegawai")
    void employeesCannotOpenTheDashboard() {
        UI.getCurrent().navigate("dashboard");
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundErrorView");
        assertThat(UI.getCurrent().getCurrentView().getElement().getTextRecursively())
                .contains("peran Anda tidak berhak membukanya");
    }

    /** Clicks the unit's bar when the current breakdown shows it, or picks it in the unit filter. */
    private void drillTo(DashboardView view, String unitName) {
        int bar = view.participation.data().rows().stream().map(List::getFirst).toList().indexOf(unitName);
        if (bar >= 0) {
            view.drillDown(view.participation, bar);
        } else {
            view.selectUnit(jdbc.sql("select id from unit where name = ?").param(unitName).query(Long.class).single());
        }
        assertThat(view.unit.getValue().name()).isEqualTo(unitName);
    }

    private List<String> menuLabels() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
