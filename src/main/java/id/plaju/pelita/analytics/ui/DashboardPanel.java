package id.plaju.pelita.analytics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.plaju.pelita.analytics.Cells;
import id.plaju.pelita.analytics.ExportService;
import id.plaju.pelita.analytics.PanelData;
import id.plaju.pelita.base.ui.component.ChartOption;
import id.plaju.pelita.base.ui.component.EChart;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One dashboard panel: its chart, and behind "Lihat data" a table of the same numbers with CSV/XLSX
 * exports. The table and the export links are built only when first asked for: they are most of a
 * panel's components, and most visits never open them (an open dashboard session stays small).
 */
class DashboardPanel extends Div {

    final EChart chart = new EChart();
    final Button showData = new Button();
    private final String id;
    private final ExportService exports;
    private Div details;
    private Grid<List<Object>> table;
    private Anchor csv;
    private Anchor xlsx;
    private PanelData data;

    DashboardPanel(String id, ExportService exports) {
        this.id = id;
        this.exports = exports;
        addClassName("card");
        setId("panel-" + id);
        chart.setId("chart-" + id);
        chart.setWidthFull();
        chart.setHeight("380px");
        showData.setText(getTranslation("dashboard.show-data"));
        showData.setId("show-data-" + id);
        showData.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        showData.addClickListener(e -> toggleDetails());
        add(chart, showData);
    }

    void show(ChartOption option, PanelData panelData) {
        this.data = panelData;
        chart.setOption(option);
        if (table != null) {
            fillTable();
        }
    }

    /** The "show data" table, or {@code null} before it was first opened. */
    Grid<List<Object>> table() {
        return table;
    }

    /** The CSV and XLSX export links, or {@code null} before "show data" was first opened. */
    Anchor csv() {
        return csv;
    }

    Anchor xlsx() {
        return xlsx;
    }

    private void toggleDetails() {
        if (details != null) {
            details.setVisible(!details.isVisible());
            return;
        }
        csv = csvLink(exports, () -> data, "export-csv-" + id);
        xlsx = xlsxLink(exports, () -> data, "export-xlsx-" + id);
        HorizontalLayout downloads = new HorizontalLayout(new Span(getTranslation("dashboard.download")), csv, xlsx);
        downloads.setAlignItems(HorizontalLayout.Alignment.CENTER);
        table = new Grid<>();
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.setAllRowsVisible(true);
        fillTable();
        details = new Div(downloads, table);
        add(details);
    }

    /** A "CSV" link that exports the data {@code data} holds when it is clicked, in the clicker's language. */
    static Anchor csvLink(ExportService exports, Supplier<PanelData> data, String id) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            PanelData panel = data.get();
            byte[] bytes = exports.csv(panel, event.getUI().getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), exports.fileName(panel, "csv"),
                    "text/csv; charset=UTF-8", bytes.length);
        }), "CSV");
        link.setId(id);
        return link;
    }

    /** An "XLSX" link that exports the data {@code data} holds when it is clicked. */
    static Anchor xlsxLink(ExportService exports, Supplier<PanelData> data, String id) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            PanelData panel = data.get();
            byte[] bytes = exports.xlsx(panel);
            return new DownloadResponse(new ByteArrayInputStream(bytes), exports.fileName(panel, "xlsx"),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
        }), "XLSX");
        link.setId(id);
        return link;
    }

    private void fillTable() {
        table.removeAllColumns();
        for (int c = 0; c < data.columns().size(); c++) {
            int column = c;
            table.addColumn(row -> format(row.get(column), getLocale()))
                    .setHeader(data.columns().get(c)).setAutoWidth(true);
        }
        table.setItems(data.rows());
    }

    /** A value as the reader's language writes it: "22,2%", "4,2", "1.234"; "—" where there is none. */
    static String format(Object value, Locale locale) {
        return Cells.format(value, locale);
    }

    PanelData data() {
        return data;
    }
}
