package id.plaju.pelita.analytics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.plaju.pelita.analytics.ExportService;
import id.plaju.pelita.analytics.PanelData;
import id.plaju.pelita.base.ui.component.ChartOption;
import id.plaju.pelita.base.ui.component.EChart;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** One dashboard panel: its chart, a "show data" table and CSV/XLSX exports of the same numbers. */
class DashboardPanel extends Div {

    final EChart chart = new EChart();
    final Grid<List<Object>> table = new Grid<>();
    final Button showData = new Button();
    final Anchor csv;
    final Anchor xlsx;
    private PanelData data;

    DashboardPanel(String id, ExportService exports) {
        addClassName("card");
        setId("panel-" + id);
        chart.setId("chart-" + id);
        chart.setWidthFull();
        chart.setHeight("380px");
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.setAllRowsVisible(true);
        table.setVisible(false);
        showData.setText(getTranslation("dashboard.show-data"));
        showData.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        showData.addClickListener(e -> table.setVisible(!table.isVisible()));
        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = exports.csv(data, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), ExportService.fileName(data, "csv", today()),
                    "text/csv; charset=UTF-8", bytes.length);
        }), "CSV");
        csv.setId("export-csv-" + id);
        xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = exports.xlsx(data);
            return new DownloadResponse(new ByteArrayInputStream(bytes), ExportService.fileName(data, "xlsx", today()),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), "XLSX");
        xlsx.setId("export-xlsx-" + id);
        HorizontalLayout actions = new HorizontalLayout(showData, csv, xlsx);
        actions.setAlignItems(HorizontalLayout.Alignment.CENTER);
        add(chart, actions, table);
    }

    void show(ChartOption option, PanelData panelData) {
        this.data = panelData;
        chart.setOption(option);
        table.removeAllColumns();
        for (int c = 0; c < panelData.columns().size(); c++) {
            int column = c;
            table.addColumn(row -> row.get(column) == null ? "—" : row.get(column))
                    .setHeader(panelData.columns().get(c)).setAutoWidth(true);
        }
        table.setItems(panelData.rows());
    }

    PanelData data() {
        return data;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta"));
    }
}
