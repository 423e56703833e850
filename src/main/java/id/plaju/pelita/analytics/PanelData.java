package id.plaju.pelita.analytics;

import java.util.List;

/** The numbers behind one dashboard panel, as its "show data" table and its exports show them. */
public record PanelData(String id, String title, String filter, List<String> columns, List<List<Object>> rows) {
}
