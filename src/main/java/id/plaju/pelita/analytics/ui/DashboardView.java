package id.plaju.pelita.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.plaju.pelita.analytics.DashboardReportService;
import id.plaju.pelita.base.ui.Notifications;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.plaju.pelita.analytics.DashboardService;
import id.plaju.pelita.analytics.ExportService;
import id.plaju.pelita.analytics.PanelData;
import id.plaju.pelita.analytics.GroupValue;
import id.plaju.pelita.analytics.Share;
import id.plaju.pelita.base.Today;
import id.plaju.pelita.need.NeedCoverage;
import id.plaju.pelita.need.NeedService;
import id.plaju.pelita.kinerja.Predikat;
import id.plaju.pelita.learning.FollowUpService;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.base.ui.component.ChartOption;
import id.plaju.pelita.organization.UnitNode;
import id.plaju.pelita.organization.UnitService;
import id.plaju.pelita.security.Roles;
import id.plaju.pelita.survey.RoundRow;
import id.plaju.pelita.survey.RoundStatus;
import id.plaju.pelita.survey.SurveyRoundService;
import id.plaju.pelita.training.CompetencyType;
import id.plaju.pelita.training.CurriculumReview;
import id.plaju.pelita.training.CurriculumReviewService;
import id.plaju.pelita.training.StaffInvitationService;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The unit dashboard for heads and admins: participation, 20-JP compliance and motivation, for
 * the units of the viewer's scope; clicking a unit drills down into its sub-units. Groups under
 * the anonymity threshold are drawn as gaps and named "n < 5".
 */
@Route("dashboard")
@Menu(order = 5, icon = "vaadin:dashboard", title = "menu.dashboard")
@RolesAllowed({Roles.HEAD, Roles.ADMIN})
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final String GREEN = "#2e9e5b";
    private static final String AMBER = "#f0a500";
    private static final String RED = "#d64545";

    private final DashboardService dashboard;
    final Select<Integer> year = new Select<>();
    final ComboBox<UnitNode> unit = new ComboBox<>();
    final ComboBox<RoundRow> round = new ComboBox<>();
    final Select<CompetencyType> competency = new Select<>();
    final DashboardPanel participation;
    final DashboardPanel byMonth;
    final DashboardPanel byCompetency;
    final DashboardPanel jpDistribution;
    final DashboardPanel compliance;
    final DashboardPanel trend;
    final DashboardPanel subscaleTrend;
    final DashboardPanel heatmap;
    final DashboardPanel trained;
    final DashboardPanel responseRate;
    final DashboardPanel relevance;
    final DashboardPanel predikat;
    final DashboardPanel alumni;
    final DashboardPanel application;
    final Div ratingNotice = new Div();
    final DashboardPanel predikatTrained;
    final DashboardPanel ikm;
    final Div comments = new Div();
    final H3 commentsTitle = new H3();
    final ComboBox<DashboardService.ProgrammeRelevance> commentProgramme = new ComboBox<>();
    final UnorderedList commentList = new UnorderedList();
    final Div scorecard = new Div();
    final H3 scorecardTitle = new H3();
    final Grid<DashboardService.ProgrammeRelevance> scorecardTable = new Grid<>();
    final Span suppressedNote = new Span();
    final KpiCard kpiParticipation;
    final KpiCard kpiJp;
    final KpiCard kpiIndex;
    final KpiCard kpiResponse;
    private final UnitService unitService;
    /** The unit id of each bar of the panels one can drill down from, in the order of their data. */
    private final Map<DashboardPanel, List<String>> unitKeys = new HashMap<>();

    final ActionListPanel actionList;
    final Button report = new Button();
    final Details filterDrawer = new Details();
    private final DashboardReportService reports;
    private final CurriculumReviewService reviews;
    final Div lowestApplication = new Div();
    final Div needCoverage = new Div();
    private final NeedService needs;
    private final Today today;
    private final Anchor reportLink;
    private byte[] lastReport = new byte[0];

    DashboardView(DashboardService dashboard, UnitService unitService, SurveyRoundService rounds,
            ExportService exports, StaffInvitationService invitations, DashboardReportService reports,
            FollowUpService followUps, CurriculumReviewService reviews, NeedService needs, Today today) {
        this.dashboard = dashboard;
        this.needs = needs;
        this.reviews = reviews;
        this.reports = reports;
        this.today = today;
        actionList = new ActionListPanel(exports, invitations, this::refreshActionList);
        participation = new DashboardPanel("participation", exports);
        byMonth = new DashboardPanel("participation-month", exports);
        byCompetency = new DashboardPanel("participation-competency", exports);
        jpDistribution = new DashboardPanel("jp-distribution", exports);
        compliance = new DashboardPanel("jp-compliance", exports);
        trend = new DashboardPanel("motivation-trend", exports);
        subscaleTrend = new DashboardPanel("subscale-trend", exports);
        heatmap = new DashboardPanel("subscale-heatmap", exports);
        trained = new DashboardPanel("trained-vs-not", exports);
        responseRate = new DashboardPanel("response-rate", exports);
        relevance = new DashboardPanel("relevance-ranking", exports);
        predikat = new DashboardPanel("kinerja-predikat", exports);
        predikatTrained = new DashboardPanel("kinerja-trained", exports);
        ikm = new DashboardPanel("kinerja-ikm", exports);
        alumni = new DashboardPanel("kinerja-alumni", exports);
        application = new DashboardPanel("kinerja-application", exports);
        ratingNotice.setId("rating-notice");
        ratingNotice.addClassName("card");
        int ratingsDue = CurrentUser.hasRole(Roles.HEAD) ? followUps.pendingRatingsForMe().size() : 0;
        ratingNotice.setVisible(ratingsDue > 0);
        if (ratingsDue > 0) {
            Button rate = new Button(t("dashboard.ratings-due.go"), e -> getUI().ifPresent(ui -> ui.navigate("surveys")));
            rate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            ratingNotice.add(new Span(t("dashboard.ratings-due", ratingsDue) + " "), rate);
        }
        this.unitService = unitService;
        setWidthFull();
        int thisYear = today.year();
        year.setLabel(getTranslation("jp.year"));
        year.setId("dashboard-year");
        year.setItems(thisYear, thisYear - 1);
        year.setValue(thisYear);
        unit.setLabel(getTranslation("employees.unit"));
        // fetched when the picker asks, not held by the view: an admin's city has hundreds of units
        unit.setItems(query -> units(query.getFilter().orElse("")).skip(query.getOffset()).limit(query.getLimit()),
                query -> (int) units(query.getFilter().orElse("")).count());
        unit.setItemLabelGenerator(UnitNode::name);
        unit.setClearButtonVisible(true);
        unit.setPlaceholder(getTranslation("dashboard.all-my-units"));
        unit.setId("dashboard-unit");
        List<RoundRow> closedOrOpen = rounds.rounds().stream().filter(r -> r.status() != RoundStatus.DRAFT).toList();
        round.setLabel(getTranslation("rounds.round"));
        round.setItems(closedOrOpen);
        round.setItemLabelGenerator(RoundRow::title);
        round.setId("dashboard-round");
        round.setWidth("24em");
        closedOrOpen.stream().filter(r -> r.status() == RoundStatus.CLOSED).findFirst().ifPresent(round::setValue);
        competency.setLabel(getTranslation("dashboard.competency"));
        competency.setItems(CompetencyType.values());
        competency.setEmptySelectionAllowed(true);
        competency.setEmptySelectionCaption(getTranslation("dashboard.all-competencies"));
        competency.setItemLabelGenerator(c -> c == null ? getTranslation("dashboard.all-competencies")
                : getTranslation(c.translationKey()));
        competency.setId("dashboard-competency");
        competency.setWidth("16em");
        report.setText(t("dashboard.report"));
        report.setIcon(VaadinIcon.FILE_TEXT_O.create());
        report.setId("download-report");
        report.addClickListener(e -> requestReport());
        reportLink = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(lastReport), "pelita-laporan-dasbor-" + today.date() + ".pdf", "application/pdf",
                lastReport.length)), "PDF");
        reportLink.setId("report-link");
        reportLink.getStyle().set("display", "none");
        HorizontalLayout filters = new HorizontalLayout(year, unit, round, competency, report, reportLink);
        filters.setWrap(true);
        filters.addClassName("dashboard-filters");
        filters.setWidthFull();
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        // a drawer: open on a desktop; on a phone closed, its summary naming what is filtered
        filterDrawer.setSummaryText(t("dashboard.filters"));
        filterDrawer.add(filters);
        filterDrawer.setOpened(true);
        filterDrawer.setWidthFull();
        filterDrawer.setId("dashboard-filter-drawer");
        filterDrawer.addClassName("dashboard-filter-drawer");
        filterDrawer.getElement().executeJs("if (window.innerWidth < 640) { this.opened = false; }");

        for (DashboardPanel panel : List.of(participation, compliance, responseRate)) {
            panel.chart.addPointClickListener(e -> drillDown(panel, e.getDataIndex()));
        }
        suppressedNote.addClassName("derived");
        suppressedNote.setText(getTranslation("dashboard.suppressed", dashboard.minGroupSize()));
        suppressedNote.setId("confidentiality-note");

        kpiParticipation = new KpiCard("kpi-participation", t("dashboard.kpi.participation"));
        kpiJp = new KpiCard("kpi-jp", t("dashboard.kpi.jp"));
        kpiIndex = new KpiCard("kpi-index", t("dashboard.kpi.index"));
        kpiResponse = new KpiCard("kpi-response", t("dashboard.kpi.response"));
        Div kpis = new Div(kpiParticipation, kpiJp, kpiIndex, kpiResponse);
        kpis.addClassName("kpi-row");
        kpis.setWidthFull();
        comments.addClassNames("card", "dashboard-comments");
        comments.setId("panel-comments");
        Span commentNote = new Span(getTranslation("dashboard.comments.note", dashboard.minCommentGroupSize(),
                DashboardService.COMMENTS_PER_PROGRAMME));
        commentNote.addClassName("derived");
        commentProgramme.setLabel(getTranslation("training.programme"));
        commentProgramme.setItemLabelGenerator(this::commentLabel);
        commentProgramme.setWidthFull();
        commentProgramme.setId("comment-programme");
        commentProgramme.addValueChangeListener(e -> showCommentsOf(e.getValue()));
        comments.add(commentsTitle, commentNote, commentProgramme, commentList);
        Div summary = section("summary", kpis, suppressedNote);
        Div action = section("action", actionList);
        Div participationSection = section("participation", participation, byMonth, byCompetency, jpDistribution,
                compliance);
        Div motivation = section("motivation", trend, subscaleTrend, heatmap, trained, responseRate);
        scorecard.addClassNames("card", "dashboard-scorecard");
        scorecard.setId("panel-scorecard");
        scorecardTable.addThemeVariants(GridVariant.LUMO_COMPACT);
        scorecardTable.setAllRowsVisible(true);
        scorecardTable.setId("scorecard-table");
        scorecardTable.addColumn(DashboardService.ProgrammeRelevance::title).setHeader(t("training.programme"))
                .setAutoWidth(true).setFlexGrow(1);
        scorecardTable.addColumn(p -> DashboardPanel.format(p.n(), getLocale())).setHeader("n").setAutoWidth(true);
        scorecardTable.addColumn(p -> rating(p, p.meanRelevance())).setHeader(t("training.relevance")).setAutoWidth(true);
        scorecardTable.addColumn(p -> rating(p, p.usefulness())).setHeader(t("dashboard.scorecard.usefulness"))
                .setAutoWidth(true);
        scorecardTable.addColumn(p -> rating(p, p.intentToApply())).setHeader(t("dashboard.scorecard.intent"))
                .setAutoWidth(true);
        scorecardTable.addColumn(p -> rating(p, p.trainerQuality())).setHeader(t("dashboard.scorecard.trainer"))
                .setAutoWidth(true);
        scorecardTable.addColumn(p -> p.suppressed() ? "" : DashboardPanel.format(Share.of(p.clashShare()), getLocale()))
                .setHeader(t("training.clash")).setAutoWidth(true);
        scorecardTable.addColumn(p -> p.needsReview() ? t("dashboard.scorecard.flagged") : "")
                .setHeader(t("dashboard.scorecard.review")).setAutoWidth(true);
        scorecardTable.setPartNameGenerator(p -> p.needsReview() ? "flagged" : null);
        scorecard.add(scorecardTitle, scorecardTable);
        needCoverage.setId("need-coverage");
        needCoverage.addClassName("card");
        Div evaluation = section("evaluation", relevance, scorecard, comments, needCoverage);
        lowestApplication.setId("lowest-application");
        lowestApplication.addClassName("card");
        Div kinerja = section("kinerja", predikat, predikatTrained, alumni, application, lowestApplication, ikm);
        HorizontalLayout sectionNav = new HorizontalLayout();
        sectionNav.addClassName("section-nav");
        sectionNav.setId("section-nav");
        for (Div section : List.of(summary, action, participationSection, motivation, evaluation, kinerja)) {
            String key = section.getId().orElseThrow().replace("section-", "");
            Button go = new Button(t("dashboard.section." + key), e -> section.scrollIntoView());
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            go.setId("go-" + key);
            sectionNav.add(go);
        }
        add(ratingNotice, filterDrawer, sectionNav, summary, action, participationSection, motivation, evaluation, kinerja);
        year.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        round.addValueChangeListener(e -> refresh());
        competency.addValueChangeListener(e -> refresh());
        refresh();
    }

    /** A section of the dashboard: a heading, one sentence on how to read it, and its panels. */
    private Div section(String key, Component... content) {
        H2 heading = new H2(t("dashboard.section." + key));
        heading.addClassName("section-heading");
        Paragraph help = new Paragraph(t("dashboard.section." + key + ".help"));
        help.addClassName("section-help");
        Div panels = new Div(content);
        panels.addClassName(key.equals("summary") ? "section-summary" : "dashboard-grid");
        panels.setWidthFull();
        Div section = new Div(heading, help, panels);
        section.addClassName("dashboard-section");
        section.setId("section-" + key);
        section.setWidthFull();
        return section;
    }

    /** A headline card: the value, its change since the period before, and the viewer's whole scope. */
    static final class KpiCard extends Div {

        final Span value = new Span();
        final Span change = new Span();
        final Span scope = new Span();
        final String label;

        KpiCard(String id, String label) {
            this.label = label;
            value.setId(id);
            value.addClassName("kpi-value");
            Span caption = new Span(label);
            caption.addClassName("kpi-label");
            change.addClassName("kpi-change");
            change.setId(id + "-change");
            scope.addClassName("kpi-scope");
            scope.setId(id + "-scope");
            add(value, caption, change, scope);
            addClassNames("card", "kpi");
        }

        void show(String valueText, String changeText, int direction, String scopeText) {
            value.setText(valueText);
            change.setText(changeText);
            scope.setText(scopeText);
            getElement().getClassList().set("kpi-up", direction > 0);
            getElement().getClassList().set("kpi-down", direction < 0);
        }
    }

    /** The headline figures as the service computed them: value, change since the period before, the whole scope. */
    private void updateKpis(DashboardService.Kpis kpis) {
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        NumberFormat points = NumberFormat.getIntegerInstance(getLocale());
        showKpi(kpiParticipation, kpis.participation(), percent, "dashboard.kpi.since-year", 100);
        showKpi(kpiJp, kpis.jpCompliance(), percent, "dashboard.kpi.since-year", 100);
        RoundRow chosen = round.getValue();
        if (chosen != null && chosen.status() == RoundStatus.OPEN) {
            kpiIndex.show("—", t("dashboard.kpi.round-open"), 0, "");
        } else if (kpis.motivationIndex().suppressed()) {
            kpiIndex.show(smallGroup(), "", 0, scopeText(kpis.motivationIndex(), points));
        } else {
            showKpi(kpiIndex, kpis.motivationIndex(), points, "dashboard.kpi.since-round", 1);
        }
        showKpi(kpiResponse, kpis.responseRate(), percent, "dashboard.kpi.since-round", 100);
    }

    /**
     * One card: the value, ▲ or ▼ with the change (percentage points for shares) since the period
     * before, and the value over the viewer's whole scope when a unit is chosen.
     */
    private void showKpi(KpiCard card, DashboardService.Kpi kpi, NumberFormat format, String sinceKey, int perUnit) {
        Double change = kpi.change();
        long points = change == null ? 0 : Math.round(change * perUnit);
        String changeText = change == null ? ""
                : (points > 0 ? "▲ +" : points < 0 ? "▼ " : "● ") + NumberFormat.getIntegerInstance(getLocale()).format(points)
                        + (perUnit == 100 ? " " + t("dashboard.kpi.points") : "") + " " + t(sinceKey);
        card.show(kpi.value() == null ? "—" : format.format(kpi.value()), changeText, Long.signum(points),
                scopeText(kpi, format));
    }

    private String scopeText(DashboardService.Kpi kpi, NumberFormat format) {
        return unit.getValue() == null || kpi.scope() == null ? "" : t("dashboard.kpi.scope", format.format(kpi.scope()));
    }

    /** How a suppressed group is marked in a chart label. */
    private String smallGroup() {
        return t("dashboard.confidential.short");
    }

    private Stream<UnitNode> units(String text) {
        String filter = text == null ? "" : text.toLowerCase(getLocale());
        return unitService.visibleActiveUnits().stream().filter(u -> u.name().toLowerCase(getLocale()).contains(filter));
    }

    /**
     * Shows the unit of a clicked bar, found by its id, not its name (names repeat across a city): the
     * bar's position in the panel's groups, if the viewer may see that unit.
     */
    void drillDown(DashboardPanel panel, int dataIndex) {
        List<String> keys = unitKeys.getOrDefault(panel, List.of());
        if (dataIndex >= 0 && dataIndex < keys.size()) {
            selectUnit(Long.parseLong(keys.get(dataIndex)));
        }
    }

    /** Shows the unit with that id, if the viewer may see it. */
    void selectUnit(long unitId) {
        units("").filter(u -> u.id() == unitId).findFirst().ifPresent(unit::setValue);
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    void refresh() {
        Long unitId = unit.getValue() == null ? null : unit.getValue().id();
        int y = year.getValue();
        RoundRow chosenRound = round.getValue();
        DashboardService.Dashboard data = dashboard.load(new DashboardService.Filter(y, unitId,
                chosenRound == null ? null : chosenRound.id(), competency.getValue()));
        String yearText = String.valueOf(y);
        filterDrawer.setSummaryText(t("dashboard.filters") + ": " + String.join(" · ", Stream.of(yearText,
                unit.getValue() == null ? t("dashboard.all-my-units") : unit.getValue().name(),
                chosenRound == null ? null : shortTitle(chosenRound.title()),
                competency.getValue() == null ? null : t(competency.getValue().translationKey()))
                .filter(java.util.Objects::nonNull).toList()));
        String filter = y + (unit.getValue() == null ? "" : " " + unit.getValue().name())
                + (competency.getValue() == null ? "" : " " + t(competency.getValue().translationKey()));

        showShares(participation, "participation", t("dashboard.participation", yearText), filter,
                data.participationByUnit(), t("employees.unit"), true, data.kpis().participation());
        unitKeys.put(participation, data.participationByUnit().stream().map(GroupValue::key).toList());
        unitKeys.put(compliance, data.jp().groups().stream().map(DashboardService.GroupCompliance::key).toList());
        unitKeys.put(responseRate, data.responseRates().stream().map(GroupValue::key).toList());
        showMonths(data, yearText, filter);
        showShares(byCompetency, "participation-competency", t("dashboard.by-competency", yearText), filter,
                data.participationByCompetency().stream().map(g -> new GroupValue(g.key(),
                        t("training.competency-type." + g.key()), g.n(), g.value(), g.suppressed())).toList(),
                t("dashboard.competency"), false);
        showJp(data.jp(), yearText, filter);
        showNeedCoverage(needs.coverage(y, unitId), yearText);
        showTrend(data.motivationTrend(), filter);
        showSubscaleTrend(data.subscaleTrend(), filter);
        if (chosenRound != null) {
            String roundFilter = filter + " " + chosenRound.title();
            if (chosenRound.status() == RoundStatus.CLOSED) {
                showHeatmap(data.heatmap(), chosenRound.title(), roundFilter);
                showTrained(data.trainedVersusNot(), roundFilter);
            } else {
                // an open round shows who responded, never a score: scores are decided when it closes
                for (DashboardPanel panel : List.of(heatmap, trained)) {
                    showMessage(panel, t("dashboard.round-open", chosenRound.title()), filter);
                }
            }
            showShares(responseRate, "response-rate", t("dashboard.response-rate", chosenRound.title()), roundFilter,
                    data.responseRates(), t("employees.unit"), true, data.kpis().responseRate());
        } else {
            for (DashboardPanel panel : List.of(heatmap, trained, responseRate)) {
                showMessage(panel, t("dashboard.no-round"), filter);
            }
        }
        showRelevance(data.relevance(), yearText, filter);
        scorecardTitle.setText(t("dashboard.scorecard", yearText));
        scorecardTable.setItems(data.relevance());
        showComments(data.relevance(), yearText);
        showKinerja(data.kinerja(), filter);
        showAlumni(data.kinerja(), filter);
        showApplication(data.kinerja().chain(), filter);
        updateKpis(data.kpis());
        refreshActionList();
    }

    /** Every chart panel, in the order the dashboard (and the report) shows them. */
    List<DashboardPanel> panels() {
        return List.of(participation, byMonth, byCompetency, jpDistribution, compliance, trend, subscaleTrend, heatmap,
                trained, responseRate, relevance, predikat, predikatTrained, alumni, application, ikm);
    }

    /**
     * "Unduh laporan": the browser draws each chart as a PNG (ECharts' own {@code getDataURL}) and
     * sends them; the server writes the PDF and the hidden link downloads it.
     */
    private void requestReport() {
        report.setEnabled(false);
        getElement().executeJs("""
                return JSON.stringify(Array.from(this.querySelectorAll('pelita-chart')).map(c => [c.id,
                    c.chart ? c.chart.getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#ffffff'}) : '']))""")
                .then(String.class, json -> {
                    report.setEnabled(true);
                    lastReport = buildReport(images(json));
                    reportLink.getElement().executeJs("this.click()");
                }, error -> {
                    report.setEnabled(true);
                    Notifications.error(t("dashboard.report.failed"));
                });
    }

    /** Chart id → PNG bytes from the browser's {@code [[id, dataUrl], …]}; anything else is dropped. */
    static Map<String, byte[]> images(String json) {
        Map<String, byte[]> images = new HashMap<>();
        try {
            for (JsonNode pair : JsonMapper.builder().build().readTree(json)) {
                String url = pair.path(1).asString("");
                String prefix = "data:image/png;base64,";
                if (pair.size() == 2 && url.startsWith(prefix)
                        && url.length() < DashboardReportService.MAX_IMAGE_BYTES * 4 / 3 + prefix.length() + 4) {
                    images.put(pair.path(0).asString(""), Base64.getDecoder().decode(url.substring(prefix.length())));
                }
            }
        } catch (RuntimeException unreadable) {
            // a malformed answer yields a report without images, each marked as missing
        }
        return images;
    }

    /** The PDF of the dashboard as it stands, with the charts' images by chart id. */
    byte[] buildReport(Map<String, byte[]> pngByChartId) {
        String period = t("jp.year") + " " + year.getValue()
                + (round.getValue() == null ? "" : " · " + round.getValue().title())
                + (competency.getValue() == null ? "" : " · " + t(competency.getValue().translationKey()));
        List<DashboardReportService.Headline> headlines = Stream.of(kpiParticipation, kpiJp, kpiIndex, kpiResponse)
                .map(card -> new DashboardReportService.Headline(card.label, card.value.getText(), card.change.getText(),
                        card.scope.getText())).toList();
        List<DashboardReportService.Chart> charts = panels().stream().map(panel -> new DashboardReportService.Chart(
                panel.data().title(), pngByChartId.get(panel.chart.getId().orElseThrow()))).toList();
        List<PanelData> tables = new ArrayList<>(actionList.reportTables());
        tables.addAll(List.of(compliance.data(), participation.data(), scorecardData()));
        return reports.pdf(new DashboardReportService.Report(t("dashboard.report.title"),
                unit.getValue() == null ? t("dashboard.all-my-units") : unit.getValue().name(), period,
                t("dashboard.report.generated", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(getLocale()).format(today.dateTime().atZone(Today.ZONE))),
                headlines, charts, tables, suppressedNote.getText(), t("dashboard.report.missing-chart"),
                (shown, all) -> t("dashboard.report.cut", shown, all), getLocale()));
    }

    /** The programme scorecard as a table, for the report. */
    private PanelData scorecardData() {
        List<List<Object>> rows = scorecardTable.getListDataView().getItems().map(p -> Arrays.<Object>asList(p.title(),
                p.n(), rating(p, p.meanRelevance()), rating(p, p.usefulness()), rating(p, p.intentToApply()),
                rating(p, p.trainerQuality()), p.suppressed() ? null : Share.of(p.clashShare()),
                p.needsReview() ? t("dashboard.scorecard.flagged") : "")).toList();
        return new PanelData("scorecard", scorecardTitle.getText(), "", List.of(t("training.programme"), "n",
                t("training.relevance"), t("dashboard.scorecard.usefulness"), t("dashboard.scorecard.intent"),
                t("dashboard.scorecard.trainer"), t("training.clash"), t("dashboard.scorecard.review")), rows);
    }

    /** The action list for the filter's year and unit (after an invitation, only it is read again). */
    void refreshActionList() {
        Long unitId = unit.getValue() == null ? null : unit.getValue().id();
        actionList.show(dashboard.actionList(new DashboardService.Filter(year.getValue(), unitId, null, null)),
                year.getValue() + (unit.getValue() == null ? "" : " " + unit.getValue().name()));
    }

    /** A panel with nothing to draw but a sentence in place of its title. */
    private static void showMessage(DashboardPanel panel, String message, String filter) {
        panel.show(ChartOption.bar(List.of(), List.of()).title(message),
                new PanelData(panel.getId().orElseThrow().replace("panel-", ""), message, filter, List.of(), List.of()));
    }

    /** A horizontal bar of shares per group, with staff and share in its table. */
    private void showShares(DashboardPanel panel, String id, String title, String filter, List<GroupValue> groups,
            String groupColumn, boolean horizontal) {
        showShares(panel, id, title, filter, groups, groupColumn, horizontal, null);
    }

    /**
     * Shares per group; with {@code overall} (the viewer's whole scope), a reference line at it on the
     * chart and a total row in the table, so each unit reads against the whole.
     */
    private void showShares(DashboardPanel panel, String id, String title, String filter, List<GroupValue> groups,
            String groupColumn, boolean horizontal, DashboardService.Kpi overall) {
        ChartOption option = ChartOption.bar(groups.stream().map(GroupValue::label).toList(),
                List.of(new ChartOption.Series(title, groups.stream().map(GroupValue::value).toList())))
                .percentValues().title(title);
        List<List<Object>> rows = new ArrayList<>(groups.stream()
                .map(g -> Arrays.asList((Object) g.label(), g.n(), Share.of(g.value()))).toList());
        if (horizontal) {
            option.horizontal();
        }
        Double whole = overall == null ? null : overall.scope() != null ? overall.scope() : overall.value();
        if (whole != null && !groups.isEmpty()) {
            option.referenceLine(whole, t("dashboard.reference", DashboardPanel.format(Share.of(whole), getLocale())));
            rows.add(Arrays.asList(t("dashboard.total"), groups.stream().mapToLong(GroupValue::n).sum(),
                    Share.of(overall.value())));
        }
        panel.show(option, new PanelData(id, title, filter,
                List.of(groupColumn, t("jp.staff"), t("dashboard.participation.share")), rows));
    }

    private void showMonths(DashboardService.Dashboard data, String yearText, String filter) {
        List<String> months = IntStream.rangeClosed(1, 12)
                .mapToObj(m -> Month.of(m).getDisplayName(TextStyle.SHORT, getLocale()))
                .toList();
        String title = t("dashboard.by-month", yearText);
        List<List<Object>> rows = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            rows.add(Arrays.asList(months.get(m), Share.of(data.participationByMonth().get(m).value()),
                    Share.of(data.reachedByMonth().get(m).value())));
        }
        byMonth.show(ChartOption.bar(months, List.of(
                        new ChartOption.Series(t("dashboard.by-month.monthly"),
                                data.participationByMonth().stream().map(GroupValue::value).toList()),
                        new ChartOption.Series(t("dashboard.by-month.reached"),
                                data.reachedByMonth().stream().map(GroupValue::value).toList())))
                        .asLine(1).percentValues().title(title),
                new PanelData("participation-month", title, filter,
                        List.of(t("dashboard.month"), t("dashboard.by-month.monthly"), t("dashboard.by-month.reached")),
                        rows));
    }

    private void showJp(DashboardService.JpDistribution jp, String yearText, String filter) {
        int width = DashboardService.JpDistribution.BAND_WIDTH;
        List<String> bands = new ArrayList<>();
        List<Long> red = new ArrayList<>();
        List<Long> amber = new ArrayList<>();
        List<Long> green = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (int b = 0; b < jp.staffPerBand().size(); b++) {
            String label = b == jp.staffPerBand().size() - 1 ? "≥ " + b * width : b * width + "–" + (b + 1) * width;
            bands.add(label);
            long staff = jp.staffPerBand().get(b);
            red.add(b < 2 ? staff : null);
            amber.add(b >= 2 && b < 4 ? staff : null);
            green.add(b >= 4 ? staff : null);
            rows.add(List.of(label, staff));
        }
        String distributionTitle = t("dashboard.jp-distribution", yearText);
        jpDistribution.show(ChartOption.bar(bands, List.of(new ChartOption.Series(t("jp.red"), red),
                                new ChartOption.Series(t("jp.amber"), amber), new ChartOption.Series(t("jp.green"), green)))
                        .stacked().colors(RED, AMBER, GREEN).title(distributionTitle),
                new PanelData("jp-distribution", distributionTitle, filter,
                        List.of(t("dashboard.jp-band"), t("jp.staff")), rows));

        List<DashboardService.GroupCompliance> groups = jp.groups();
        String title = t("dashboard.compliance", yearText);
        compliance.show(ChartOption.bar(groups.stream().map(DashboardService.GroupCompliance::label).toList(), List.of(
                        new ChartOption.Series(t("jp.green"), groups.stream().map(DashboardService.GroupCompliance::green).toList()),
                        new ChartOption.Series(t("jp.amber"), groups.stream().map(DashboardService.GroupCompliance::amber).toList()),
                        new ChartOption.Series(t("jp.red"), groups.stream().map(DashboardService.GroupCompliance::red).toList())))
                        .stacked().horizontal().colors(GREEN, AMBER, RED).title(title),
                new PanelData("jp-compliance", title, filter,
                        List.of(t("employees.unit"), t("jp.green"), t("jp.amber"), t("jp.red")),
                        groups.stream().map(g -> List.<Object>of(g.label(), g.green(), g.amber(), g.red())).toList()));
    }

    private void showTrend(List<GroupValue> rounds, String filter) {
        trend.show(ChartOption.line(rounds.stream().map(r -> shortTitle(r.label())).toList(),
                        List.of(new ChartOption.Series(t("dashboard.index"), rounds.stream().map(GroupValue::value).toList())))
                        .title(t("dashboard.trend")),
                new PanelData("motivation-trend", t("dashboard.trend"), filter,
                        List.of(t("rounds.round"), "n", t("dashboard.index")),
                        rounds.stream().map(r -> Arrays.asList((Object) r.label(), r.n(), shown(r, r.value()))).toList()));
    }

    private void showSubscaleTrend(DashboardService.Matrix matrix, String filter) {
        List<ChartOption.Series> series = matrix.subscales().stream().map(sub -> new ChartOption.Series(
                matrix.name(sub, getLocale()),
                matrix.rows().stream().map(r -> matrix.cells().get(r.key()).get(sub)).toList())).toList();
        List<String> columns = new ArrayList<>(List.of(t("rounds.round"), "n"));
        matrix.subscales().forEach(sub -> columns.add(matrix.name(sub, getLocale())));
        subscaleTrend.show(ChartOption.line(matrix.rows().stream().map(r -> shortTitle(r.label())).toList(), series)
                        .title(t("dashboard.subscale-trend")),
                new PanelData("subscale-trend", t("dashboard.subscale-trend"), filter, columns, matrixRows(matrix)));
    }

    private void showHeatmap(DashboardService.Matrix map, String roundTitle, String filter) {
        List<ChartOption.HeatCell> cells = new ArrayList<>();
        for (int row = 0; row < map.rows().size(); row++) {
            GroupValue g = map.rows().get(row);
            for (int col = 0; col < map.subscales().size(); col++) {
                cells.add(new ChartOption.HeatCell(col, row, map.cells().get(g.key()).get(map.subscales().get(col))));
            }
        }
        List<String> columns = new ArrayList<>(List.of(t("employees.unit"), "n"));
        List<String> names = map.subscales().stream().map(sub -> map.name(sub, getLocale())).toList();
        columns.addAll(names);
        String title = t("dashboard.heatmap", roundTitle);
        // centred on the mean of what is shown: a unit above it is green, below it red
        double mean = cells.stream().map(ChartOption.HeatCell::value).filter(java.util.Objects::nonNull)
                .mapToDouble(Number::doubleValue).average().orElse(50);
        heatmap.show(ChartOption.heatmap(names, map.rows().stream()
                        .map(g -> g.suppressed() ? g.label() + " (" + smallGroup() + ")" : g.label()).toList(), cells, 0, 100)
                        .divergingAround(mean).title(title),
                new PanelData("subscale-heatmap", title, filter, columns, matrixRows(map)));
    }

    private List<List<Object>> matrixRows(DashboardService.Matrix matrix) {
        List<List<Object>> rows = new ArrayList<>();
        for (GroupValue g : matrix.rows()) {
            List<Object> row = new ArrayList<>(Arrays.asList(g.label(), g.n()));
            matrix.subscales().forEach(sub -> row.add(shown(g, matrix.cells().get(g.key()).get(sub))));
            rows.add(row);
        }
        return rows;
    }

    /** A published survey value (a whole number, as the gate rounded it), or the reason it is not shown. */
    private Object shown(GroupValue g, Double value) {
        return g.suppressed() ? t("dashboard.confidential") : value == null ? null : Math.round(value);
    }

    private void showTrained(List<GroupValue> groups, String filter) {
        if (groups.isEmpty()) {
            showMessage(trained, t("dashboard.trained.top-only"), filter);
            return;
        }
        List<String> labels = groups.stream().map(g -> t("dashboard.group." + g.key())
                + (g.suppressed() ? " (" + smallGroup() + ")" : " (n = " + g.n() + ")")).toList();
        trained.show(ChartOption.bar(labels, List.of(new ChartOption.Series(t("dashboard.change"),
                                groups.stream().map(GroupValue::value).toList())))
                        .title(t("dashboard.trained")),
                new PanelData("trained-vs-not", t("dashboard.trained"), filter,
                        List.of(t("dashboard.group"), "n", t("dashboard.change")),
                        groups.stream().map(g -> Arrays.asList((Object) t("dashboard.group." + g.key()),
                                g.n(), shown(g, g.value()))).toList()));
    }

    /** Colours of the five predikat, best to worst. */
    private static final String[] PREDIKAT_COLOURS = {"#1b7f4b", GREEN, "#9aa5b1", AMBER, RED};

    /**
     * *Kinerja*: the predikat per group (stacked, a group under the anonymity threshold shows none),
     * staff at 20 JP or more against the rest, and the IKM of the service units over the semesters
     * with the share of their staff who trained in the year in the table.
     */
    private void showKinerja(DashboardService.Kinerja data, String filter) {
        if (data.ratingYear() == null) {
            showMessage(predikat, t("dashboard.kinerja.none", String.valueOf(year.getValue())), filter);
            showMessage(predikatTrained, t("dashboard.kinerja.none", String.valueOf(year.getValue())), filter);
        } else {
            String ratingYear = String.valueOf(data.ratingYear());
            String title = t("dashboard.kinerja.predikat", ratingYear);
            List<DashboardService.PredikatGroup> groups = data.predikat();
            List<String> labels = groups.stream().map(g -> g.suppressed() ? g.label() + " (" + smallGroup() + ")"
                    : g.label()).toList();
            List<ChartOption.Series> series = Arrays.stream(Predikat.values()).map(p -> new ChartOption.Series(
                    p.label(), groups.stream().map(g -> g.suppressed() ? null : g.counts().getOrDefault(p, 0L)).toList()))
                    .toList();
            List<String> columns = new ArrayList<>(List.of(t("employees.unit"), t("dashboard.kinerja.rated")));
            Arrays.stream(Predikat.values()).forEach(p -> columns.add(p.label()));
            List<List<Object>> rows = groups.stream().map(g -> {
                List<Object> row = new ArrayList<>(Arrays.asList(g.label(), g.rated()));
                for (Predikat p : Predikat.values()) {
                    row.add(g.suppressed() ? t("dashboard.confidential") : g.counts().getOrDefault(p, 0L));
                }
                return row;
            }).toList();
            predikat.show(ChartOption.bar(labels, series).stacked().horizontal().colors(PREDIKAT_COLOURS).title(title),
                    new PanelData("kinerja-predikat", title, filter, columns, rows));

            String comparisonTitle = t("dashboard.kinerja.trained", ratingYear);
            List<DashboardService.KinerjaComparison> comparison = data.trainedVersusRest();
            List<String> groupLabels = comparison.stream().map(c -> t("dashboard.kinerja.group." + c.key())
                    + (c.suppressed() ? " (" + smallGroup() + ")" : " (n = " + c.n() + ")")).toList();
            predikatTrained.show(ChartOption.bar(groupLabels, List.of(
                            new ChartOption.Series(t("dashboard.kinerja.good"),
                                    comparison.stream().map(DashboardService.KinerjaComparison::goodOrBetter).toList()),
                            new ChartOption.Series(t("dashboard.kinerja.improved"),
                                    comparison.stream().map(DashboardService.KinerjaComparison::improved).toList()),
                            new ChartOption.Series(t("dashboard.kinerja.declined"),
                                    comparison.stream().map(DashboardService.KinerjaComparison::declined).toList())))
                            .percentValues().colors(GREEN, "#3b82c4", RED).title(comparisonTitle),
                    new PanelData("kinerja-trained", comparisonTitle, filter,
                            List.of(t("dashboard.group"), "n", t("dashboard.kinerja.good"), t("dashboard.kinerja.paired"),
                                    t("dashboard.kinerja.improved"), t("dashboard.kinerja.declined")),
                            comparison.stream().map(c -> Arrays.asList((Object) t("dashboard.kinerja.group." + c.key()),
                                    c.n(), c.suppressed() ? t("dashboard.confidential") : Share.of(c.goodOrBetter()),
                                    c.paired(), Share.of(c.improved()), Share.of(c.declined()))).toList()));
        }
        DashboardService.Ikm service = data.ikm();
        if (service.units().isEmpty()) {
            showMessage(ikm, t("dashboard.kinerja.no-ikm"), filter);
            return;
        }
        String ikmTitle = t("dashboard.kinerja.ikm");
        List<String> ikmColumns = new ArrayList<>(List.of(t("employees.unit"),
                t("dashboard.kinerja.trained-share", String.valueOf(year.getValue()))));
        ikmColumns.addAll(service.periods());
        ikm.show(ChartOption.line(service.periods(), service.units().stream()
                                .map(u -> new ChartOption.Series(u.label(), u.values())).toList()).title(ikmTitle),
                new PanelData("kinerja-ikm", ikmTitle, filter, ikmColumns, service.units().stream().map(u -> {
                    List<Object> row = new ArrayList<>(Arrays.asList(u.label(), Share.of(u.trainedShare())));
                    row.addAll(u.values());
                    return row;
                }).toList()));
    }

    /**
     * Per programme attended in the rating year: the share at Baik or better of its alumni beside
     * that of their peers in the same units (programmes named as in the scorecard; groups under k
     * show nothing).
     */
    private void showAlumni(DashboardService.Kinerja data, String filter) {
        if (data.ratingYear() == null || data.alumni().isEmpty()) {
            showMessage(alumni, t("dashboard.kinerja.none", String.valueOf(year.getValue())), filter);
            return;
        }
        List<DashboardService.AlumniPredikat> rows = List.copyOf(data.alumni().values());
        String title = t("dashboard.kinerja.alumni", String.valueOf(data.ratingYear()));
        alumni.show(ChartOption.bar(rows.stream().map(DashboardService.AlumniPredikat::title).toList(), List.of(
                                new ChartOption.Series(t("dashboard.kinerja.alumni.alumni"),
                                        rows.stream().map(DashboardService.AlumniPredikat::alumniGood).toList()),
                                new ChartOption.Series(t("dashboard.kinerja.alumni.peers"),
                                        rows.stream().map(DashboardService.AlumniPredikat::peersGood).toList())))
                        .horizontal().percentValues().colors(GREEN, "#9aa5b1").title(title),
                new PanelData("kinerja-alumni", title, filter, List.of(t("training.programme"),
                        t("dashboard.kinerja.alumni.alumni") + " (n)", t("dashboard.kinerja.alumni.alumni"),
                        t("dashboard.kinerja.alumni.peers") + " (n)", t("dashboard.kinerja.alumni.peers")),
                        rows.stream().map(a -> Arrays.<Object>asList(a.title(), a.alumni(), Share.of(a.alumniGood()),
                                a.peers(), Share.of(a.peersGood()))).toList()));
    }

    /**
     * Per programme whose sessions ended in the year: the application rate (share of reported actions
     * done), lowest first, with learning (pre, post, gain, pass) and the atasan's rating in the table.
     */
    private void showApplication(List<DashboardService.ProgrammeChain> chain, String filter) {
        String yearText = String.valueOf(year.getValue());
        if (chain.isEmpty()) {
            lowestApplication.setVisible(false);
            List<String> none = applicationNone(year.getValue(), today.year());
            showMessage(application, t(none.getFirst(), none.subList(1, none.size()).toArray()), filter);
            return;
        }
        showLowestApplication(chain);
        String title = t("dashboard.application", yearText);
        application.show(ChartOption.bar(chain.stream().map(p -> p.applicationRate() == null
                                ? p.title() + " (" + smallGroup() + ")" : p.title()).toList(),
                        List.of(new ChartOption.Series(t("dashboard.application.rate"),
                                chain.stream().map(DashboardService.ProgrammeChain::applicationRate).toList())))
                        .horizontal().percentValues().colors(GREEN).title(title),
                new PanelData("kinerja-application", title, filter, List.of(t("training.programme"),
                        t("dashboard.application.tested"), t("dashboard.application.pre"),
                        t("dashboard.application.post"), t("dashboard.application.gain"),
                        t("dashboard.application.pass"), t("dashboard.application.reporters"),
                        t("dashboard.application.rate"), t("dashboard.application.rated"),
                        t("dashboard.application.rating")),
                        chain.stream().map(p -> Arrays.<Object>asList(p.title(), p.tested(), p.meanPre(), p.meanPost(),
                                p.gain(), Share.of(p.passShare()), p.reporters(), Share.of(p.applicationRate()),
                                p.rated(), p.meanRating())).toList()));
    }

    /** How far the year's programmes answer the needs staff proposed, and the endorsed needs still waiting. */
    private void showNeedCoverage(NeedCoverage coverage, String yearText) {
        needCoverage.removeAll();
        H3 title = new H3(t("dashboard.needs"));
        Paragraph share = new Paragraph(coverage.share() == null ? t("dashboard.needs.no-programmes", yearText)
                : t("dashboard.needs.share", NumberFormat.getPercentInstance(getLocale()).format(coverage.share()),
                        coverage.answering(), coverage.programmes(), yearText));
        share.setId("need-coverage-share");
        Paragraph waiting = new Paragraph(t("dashboard.needs.waiting", coverage.endorsedNotPlanned()));
        waiting.setId("need-coverage-waiting");
        Anchor open = new Anchor("kebutuhan", t("dashboard.needs.open"));
        open.getElement().setAttribute("router-link", true);
        needCoverage.add(title, share, waiting, open);
    }

    /**
     * The message key and its arguments when a year has no chain figures: early in the current year
     * nothing is due yet, so it points to the year before, where the follow-ups are.
     */
    static List<String> applicationNone(int shownYear, int thisYear) {
        return shownYear == thisYear
                ? List.of("dashboard.application.none.this-year", String.valueOf(shownYear), String.valueOf(thisYear - 1))
                : List.of("dashboard.application.none", String.valueOf(shownYear));
    }

    /** The programme whose alumni apply least, with where its curriculum review stands and its scorecard. */
    private void showLowestApplication(List<DashboardService.ProgrammeChain> chain) {
        lowestApplication.removeAll();
        Optional<DashboardService.ProgrammeChain> lowest = chain.stream().filter(p -> p.applicationRate() != null)
                .findFirst();
        lowestApplication.setVisible(lowest.isPresent());
        lowest.ifPresent(p -> {
            CurriculumReview review = reviews.latestReviews().get(p.programmeId());
            String state = review == null ? t("dashboard.application.lowest.none")
                    : t(review.status().translationKey()) + (review.decision() == null ? ""
                            : ", " + t(review.decision().translationKey()));
            lowestApplication.add(new Span(t("dashboard.application.lowest", p.title(),
                    NumberFormat.getPercentInstance(getLocale()).format(p.applicationRate()), state) + " "));
            RouterLink scorecard = new RouterLink(t("dashboard.application.scorecard"), ScorecardView.class,
                    p.programmeId());
            scorecard.setId("lowest-application-scorecard");
            lowestApplication.add(scorecard);
        });
    }

    private void showRelevance(List<DashboardService.ProgrammeRelevance> ranking, String yearText, String filter) {
        String title = t("dashboard.relevance", yearText);
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        relevance.show(ChartOption.bar(ranking.stream().map(p -> p.suppressed() ? p.title() + " (" + smallGroup() + ")"
                                : (p.needsReview() ? "⚑ " : "") + p.title() + " · " + t("training.clash") + " "
                                        + percent.format(p.clashShare())).toList(),
                        List.of(new ChartOption.Series(t("training.relevance"),
                                ranking.stream().map(DashboardService.ProgrammeRelevance::meanRelevance).toList())))
                        .horizontal().title(title),
                new PanelData("relevance-ranking", title, filter,
                        List.of(t("training.programme"), "n", t("training.relevance"), t("training.clash")),
                        ranking.stream().map(p -> Arrays.asList((Object) p.title(), p.n(), p.meanRelevance(),
                                Share.of(p.clashShare()))).toList()));
    }

    /**
     * The comments panel: one programme at a time, fetched when picked (a picker labelled with n,
     * hidden under the comment threshold), so an open dashboard holds at most ten comments.
     */
    private void showComments(List<DashboardService.ProgrammeRelevance> programmes, String yearText) {
        commentsTitle.setText(t("dashboard.comments", yearText));
        commentProgramme.setItems(programmes);
        commentProgramme.setVisible(!programmes.isEmpty());
        commentProgramme.setValue(programmes.stream().filter(p -> p.n() >= dashboard.minCommentGroupSize())
                .findFirst().orElse(null));
        if (programmes.isEmpty()) {
            commentList.removeAll();
            commentList.add(new ListItem(t("dashboard.comments.none")));
        }
    }

    private void showCommentsOf(DashboardService.ProgrammeRelevance programme) {
        commentList.removeAll();
        if (programme == null) {
            return;
        }
        DashboardService.ProgrammeComments comments = dashboard.commentsOf(year.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(), programme.programmeId());
        if (comments.suppressed()) {
            commentList.add(new ListItem(t("dashboard.comments.hidden", dashboard.minCommentGroupSize())));
        }
        comments.comments().forEach(c -> commentList.add(new ListItem(c)));
    }

    private String commentLabel(DashboardService.ProgrammeRelevance programme) {
        return programme.title() + " · " + (programme.n() < dashboard.minCommentGroupSize()
                ? "n < " + dashboard.minCommentGroupSize() : t("dashboard.comments.count", programme.n()));
    }

    /** A mean rating (1–5) to one decimal, or the threshold it stays under. */
    private String rating(DashboardService.ProgrammeRelevance programme, Double value) {
        return programme.suppressed() ? "n < " + dashboard.minGroupSize() : DashboardPanel.format(value, getLocale());
    }

    private static String shortTitle(String title) {
        return title.replace("Survei Motivasi Kerja ", "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }
}
