package id.plaju.pelita.analytics.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.analytics.DashboardService;
import id.plaju.pelita.analytics.ExportService;
import id.plaju.pelita.analytics.PanelData;
import id.plaju.pelita.analytics.GroupValue;
import id.plaju.pelita.base.ui.component.ChartOption;
import id.plaju.pelita.organization.UnitNode;
import id.plaju.pelita.organization.UnitService;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.survey.RoundRow;
import id.plaju.pelita.survey.RoundStatus;
import id.plaju.pelita.survey.SurveyRoundService;
import id.plaju.pelita.training.JpLedgerService;
import id.plaju.pelita.training.UnitCompliance;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unit dashboard for heads and admins: participation, 20-JP compliance and motivation, for
 * the units of the viewer's scope; clicking a unit drills down into its sub-units. Groups under
 * the anonymity threshold are drawn as gaps and named "n < 5".
 */
@Route("dashboard")
@Menu(order = 5, icon = "vaadin:dashboard", title = "menu.dashboard")
@RolesAllowed({Roles.HEAD, Roles.ADMIN})
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final DashboardService dashboard;
    private final JpLedgerService ledger;
    final Select<Integer> year = new Select<>();
    final ComboBox<UnitNode> unit = new ComboBox<>();
    final Select<RoundRow> round = new Select<>();
    final DashboardPanel participation;
    final DashboardPanel compliance;
    final DashboardPanel trend;
    final DashboardPanel heatmap;
    final DashboardPanel trained;
    final DashboardPanel relevance;
    final Span suppressedNote = new Span();
    final Span kpiParticipation = kpiValue("kpi-participation");
    final Span kpiJp = kpiValue("kpi-jp");
    final Span kpiIndex = kpiValue("kpi-index");
    final Span kpiResponse = kpiValue("kpi-response");
    private final SurveyRoundService rounds;
    private final List<UnitNode> units;

    DashboardView(DashboardService dashboard, JpLedgerService ledger, UnitService unitService,
            SurveyRoundService rounds, ExportService exports) {
        this.dashboard = dashboard;
        this.rounds = rounds;
        participation = new DashboardPanel("participation", exports);
        compliance = new DashboardPanel("jp-compliance", exports);
        trend = new DashboardPanel("motivation-trend", exports);
        heatmap = new DashboardPanel("subscale-heatmap", exports);
        trained = new DashboardPanel("trained-vs-not", exports);
        relevance = new DashboardPanel("relevance-ranking", exports);
        this.ledger = ledger;
        this.units = unitService.visibleActiveUnits();
        setWidthFull();
        int thisYear = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        year.setLabel(getTranslation("jp.year"));
        year.setItems(thisYear, thisYear - 1);
        year.setValue(thisYear);
        unit.setLabel(getTranslation("employees.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitNode::name);
        unit.setClearButtonVisible(true);
        unit.setPlaceholder(getTranslation("dashboard.all-my-units"));
        unit.setId("dashboard-unit");
        List<RoundRow> closedOrOpen = rounds.rounds().stream().filter(r -> r.status() != RoundStatus.DRAFT).toList();
        round.setLabel(getTranslation("rounds.round"));
        round.setItems(closedOrOpen);
        round.setItemLabelGenerator(r -> r == null ? "" : r.title());
        closedOrOpen.stream().filter(r -> r.status() == RoundStatus.CLOSED).findFirst().ifPresent(round::setValue);
        HorizontalLayout filters = new HorizontalLayout(year, unit, round);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        participation.chart.addPointClickListener(e -> drillDown(e.getName()));
        compliance.chart.addPointClickListener(e -> drillDown(e.getName()));
        suppressedNote.addClassName("derived");
        suppressedNote.setText(getTranslation("dashboard.suppressed", dashboard.minGroupSize()));

        Div kpis = new Div(kpi(kpiParticipation, "dashboard.kpi.participation"), kpi(kpiJp, "dashboard.kpi.jp"),
                kpi(kpiIndex, "dashboard.kpi.index"), kpi(kpiResponse, "dashboard.kpi.response"));
        kpis.addClassName("kpi-row");
        kpis.setWidthFull();
        Div grid = new Div(participation, compliance, trend, heatmap, trained, relevance);
        grid.addClassName("dashboard-grid");
        grid.setWidthFull();
        add(filters, kpis, suppressedNote, grid);
        year.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        round.addValueChangeListener(e -> refresh());
        refresh();
    }

    private static Span kpiValue(String id) {
        Span value = new Span();
        value.setId(id);
        value.addClassName("kpi-value");
        return value;
    }

    private Div kpi(Span value, String labelKey) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("kpi-label");
        Div card = new Div(value, label);
        card.addClassNames("card", "kpi");
        return card;
    }

    private void updateKpis(List<GroupValue> rates, long[][] counts, List<GroupValue> trendRounds, Set<Long> covered) {
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        NumberFormat one = NumberFormat.getNumberInstance(getLocale());
        one.setMaximumFractionDigits(1);
        long staff = rates.stream().mapToLong(GroupValue::n).sum();
        double trainedStaff = rates.stream().filter(g -> g.value() != null).mapToDouble(g -> g.n() * g.value()).sum();
        kpiParticipation.setText(staff == 0 ? "—" : percent.format(trainedStaff / staff));
        long green = 0;
        long all = 0;
        for (long[] row : counts) {
            green += row[0];
            all += row[0] + row[1] + row[2];
        }
        kpiJp.setText(all == 0 ? "—" : percent.format((double) green / all));
        List<GroupValue> withResponses = trendRounds.stream().filter(g -> g.n() > 0 || g.suppressed()).toList();
        if (withResponses.isEmpty()) {
            kpiIndex.setText("—");
        } else {
            GroupValue last = withResponses.getLast();
            GroupValue before = withResponses.size() > 1 ? withResponses.get(withResponses.size() - 2) : null;
            if (last.suppressed()) {
                kpiIndex.setText("n < " + dashboard.minGroupSize());
            } else {
                String change = before == null || before.value() == null ? ""
                        : " (" + (last.value() >= before.value() ? "+" : "") + one.format(last.value() - before.value()) + ")";
                kpiIndex.setText(one.format(last.value()) + change);
            }
        }
        if (round.getValue() == null) {
            kpiResponse.setText("—");
        } else {
            long target = 0;
            long completed = 0;
            for (var rate : rounds.responseRates(round.getValue().id())) {
                if (covered.contains(rate.unitId())) {
                    target += rate.staff();
                    completed += rate.completed();
                }
            }
            kpiResponse.setText(target == 0 ? "—" : percent.format((double) completed / target));
        }
    }

    private void drillDown(String unitName) {
        units.stream().filter(u -> u.name().equals(unitName)).findFirst().ifPresent(unit::setValue);
    }

    void refresh() {
        Long unitId = unit.getValue() == null ? null : unit.getValue().id();
        int y = year.getValue();

        String filter = y + (unit.getValue() == null ? "" : " " + unit.getValue().name());
        List<GroupValue> rates = dashboard.participationByUnit(y, unitId);
        participation.show(ChartOption.bar(rates.stream().map(GroupValue::label).toList(),
                        List.of(new ChartOption.Series(getTranslation("dashboard.participation.series"),
                                rates.stream().map(GroupValue::value).toList())))
                .horizontal().percentValues().title(getTranslation("dashboard.participation", String.valueOf(y))),
                new PanelData("participation", getTranslation("dashboard.participation", String.valueOf(y)), filter,
                        List.of(getTranslation("employees.unit"), getTranslation("jp.staff"),
                                getTranslation("dashboard.participation.share")),
                        rates.stream().map(g -> List.<Object>of(g.label(), g.n(), g.value() == null ? 0.0 : g.value()))
                                .toList()));

        DashboardService.Breakdown breakdown = dashboard.breakdown(unitId);
        Map<Long, Long> groupOf = breakdown.groupOfUnit();
        Set<Long> covered = groupOf.keySet();
        List<String> names = breakdown.groups().stream().map(UnitNode::name).toList();
        long[][] counts = new long[breakdown.groups().size()][3];
        for (UnitCompliance c : ledger.unitCompliance(y)) {
            if (covered.contains(c.unitId())) {
                int index = indexOf(breakdown, groupOf.get(c.unitId()));
                counts[index][0] += c.green();
                counts[index][1] += c.amber();
                counts[index][2] += c.red();
            }
        }
        List<List<Object>> complianceRows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            complianceRows.add(List.of(names.get(i), counts[i][0], counts[i][1], counts[i][2]));
        }
        compliance.show(ChartOption.bar(names, List.of(
                        series(getTranslation("jp.green"), counts, 0), series(getTranslation("jp.amber"), counts, 1),
                        series(getTranslation("jp.red"), counts, 2)))
                .stacked().horizontal().colors("#2e9e5b", "#f0a500", "#d64545")
                .title(getTranslation("dashboard.compliance", String.valueOf(y))),
                new PanelData("jp-compliance", getTranslation("dashboard.compliance", String.valueOf(y)), filter,
                        List.of(getTranslation("employees.unit"), getTranslation("jp.green"), getTranslation("jp.amber"),
                                getTranslation("jp.red")), complianceRows));

        List<GroupValue> rounds = dashboard.motivationTrend(unitId);
        trend.show(ChartOption.line(rounds.stream().map(r -> shortTitle(r.label())).toList(),
                        List.of(new ChartOption.Series(getTranslation("dashboard.index"),
                                rounds.stream().map(GroupValue::value).toList())))
                .title(getTranslation("dashboard.trend")),
                new PanelData("motivation-trend", getTranslation("dashboard.trend"), filter,
                        List.of(getTranslation("rounds.round"), "n", getTranslation("dashboard.index")),
                        rounds.stream().map(r -> Arrays.asList((Object) r.label(), r.n(), r.value())).toList()));

        updateKpis(rates, counts, rounds, covered);
        showTrainedAndRelevance(unitId, y, filter);
        if (round.getValue() != null) {
            DashboardService.Heatmap map = dashboard.subscaleHeatmap(round.getValue().id(), unitId);
            List<ChartOption.HeatCell> cells = new ArrayList<>();
            for (int row = 0; row < map.units().size(); row++) {
                GroupValue g = map.units().get(row);
                for (int col = 0; col < map.subscales().size(); col++) {
                    cells.add(new ChartOption.HeatCell(col, row, map.cells().get(g.key()).get(map.subscales().get(col))));
                }
            }
            List<String> columns = new ArrayList<>(List.of(getTranslation("employees.unit"), "n"));
            columns.addAll(map.subscales());
            List<List<Object>> heatRows = new ArrayList<>();
            for (GroupValue g : map.units()) {
                List<Object> row = new ArrayList<>(List.of(g.label(), g.suppressed() ? "< " + dashboard.minGroupSize() : g.n()));
                map.subscales().forEach(sub -> row.add(map.cells().get(g.key()).get(sub)));
                heatRows.add(row);
            }
            heatmap.show(ChartOption.heatmap(map.subscales(), map.units().stream()
                            .map(g -> g.suppressed() ? g.label() + " (n < " + dashboard.minGroupSize() + ")" : g.label())
                            .toList(), cells, 0, 100)
                    .title(getTranslation("dashboard.heatmap", round.getValue().title())),
                    new PanelData("subscale-heatmap", getTranslation("dashboard.heatmap", round.getValue().title()),
                            filter + " " + round.getValue().title(), columns, heatRows));
        }
    }

    private void showTrainedAndRelevance(Long unitId, int y, String filter) {
        if (round.getValue() != null) {
            List<GroupValue> groups = dashboard.trainedVersusNot(round.getValue().id(), unitId);
            List<String> labels = groups.stream().map(g -> getTranslation("dashboard.group." + g.key())
                    + (g.suppressed() ? " (n < " + dashboard.minGroupSize() + ")" : " (n = " + g.n() + ")")).toList();
            trained.show(ChartOption.bar(labels, List.of(new ChartOption.Series(getTranslation("dashboard.change"),
                            groups.stream().map(GroupValue::value).toList())))
                    .title(getTranslation("dashboard.trained")),
                    new PanelData("trained-vs-not", getTranslation("dashboard.trained"),
                            filter + " " + round.getValue().title(),
                            List.of(getTranslation("dashboard.group"), "n", getTranslation("dashboard.change")),
                            groups.stream().map(g -> Arrays.asList((Object) getTranslation("dashboard.group." + g.key()),
                                    g.n(), g.value())).toList()));
        }
        List<DashboardService.ProgrammeRelevance> ranking = dashboard.relevanceRanking(y, unitId);
        relevance.show(ChartOption.bar(ranking.stream().map(p -> p.suppressed()
                                ? p.title() + " (n < " + dashboard.minGroupSize() + ")" : p.title()).toList(),
                        List.of(new ChartOption.Series(getTranslation("training.relevance"),
                                ranking.stream().map(DashboardService.ProgrammeRelevance::meanRelevance).toList())))
                .horizontal().title(getTranslation("dashboard.relevance", String.valueOf(y))),
                new PanelData("relevance-ranking", getTranslation("dashboard.relevance", String.valueOf(y)), filter,
                        List.of(getTranslation("training.programme"), "n", getTranslation("training.relevance"),
                                getTranslation("training.clash")),
                        ranking.stream().map(p -> Arrays.asList((Object) p.title(), p.n(), p.meanRelevance(),
                                p.clashShare())).toList()));
    }

    private static ChartOption.Series series(String name, long[][] counts, int column) {
        List<Long> values = new ArrayList<>();
        for (long[] row : counts) {
            values.add(row[column]);
        }
        return new ChartOption.Series(name, values);
    }

    private static int indexOf(DashboardService.Breakdown breakdown, Long groupId) {
        for (int i = 0; i < breakdown.groups().size(); i++) {
            if (breakdown.groups().get(i).id() == groupId) {
                return i;
            }
        }
        return 0;
    }

    private static String shortTitle(String title) {
        return title.replace("Survei Motivasi Kerja ", "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }
}
