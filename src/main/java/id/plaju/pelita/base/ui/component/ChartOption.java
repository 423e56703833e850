package id.plaju.pelita.base.ui.component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * A typed builder for the Apache ECharts options that {@link EChart} draws. Start with one of
 * the factories ({@link #bar}, {@link #line}, {@link #pie}, {@link #heatmap}, {@link #gauge}),
 * refine with the fluent methods, hand it to {@link EChart#setOption}. Only the handful of
 * option shapes PELITA needs are exposed, so views cannot drift into ad-hoc JSON.
 */
public final class ChartOption {

    /** A named data series; values line up with the categories. {@code null} means "no value". */
    public record Series(String name, List<? extends Number> data) {
        public Series {
            Objects.requireNonNull(name);
            data = Collections.unmodifiableList(new ArrayList<>(data));
        }
    }

    /** A slice of a pie or donut. */
    public record Slice(String name, Number value) {
    }

    /** A cell of a heatmap at column {@code x}, row {@code y}; a {@code null} value is drawn empty. */
    public record HeatCell(int x, int y, Number value) {
    }

    public enum Type { BAR, LINE, PIE, HEATMAP, GAUGE }

    /** How values are written in labels and tooltips, in the UI's locale. */
    public enum ValueFormat { NUMBER, PERCENT }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Type type;
    private final Map<String, Object> root = new LinkedHashMap<>();

    private ChartOption(Type type) {
        this.type = type;
        root.put("tooltip", new LinkedHashMap<>(Map.of("trigger", type == Type.BAR || type == Type.LINE ? "axis" : "item")));
        root.put("valueFormat", ValueFormat.NUMBER.name().toLowerCase());
    }

    /** Vertical bars, one bar per category and series. */
    public static ChartOption bar(List<String> categories, List<Series> series) {
        return axisChart(Type.BAR, categories, series);
    }

    /** A line per series across the categories (e.g. months, survey rounds). */
    public static ChartOption line(List<String> categories, List<Series> series) {
        ChartOption option = axisChart(Type.LINE, categories, series);
        option.seriesList().forEach(s -> s.put("smooth", true));
        // every category named (rounds, months), slanted so that they fit on a phone
        @SuppressWarnings("unchecked")
        Map<String, Object> xAxis = new LinkedHashMap<>((Map<String, Object>) option.root.get("xAxis"));
        xAxis.put("axisLabel", Map.of("interval", 0, "rotate", 25));
        option.root.put("xAxis", xAxis);
        return option;
    }

    public static ChartOption pie(List<Slice> slices) {
        ChartOption option = new ChartOption(Type.PIE);
        List<Map<String, Object>> data = slices.stream()
                .map(s -> Map.<String, Object>of("name", s.name(), "value", s.value())).toList();
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "pie");
        series.put("radius", "65%");
        series.put("data", data);
        option.root.put("legend", Map.of("bottom", 0));
        option.root.put("series", new ArrayList<>(List.of(series)));
        return option;
    }

    /**
     * Columns {@code xCategories} × rows {@code yCategories}; colours run from {@code min} to
     * {@code max}.
     */
    public static ChartOption heatmap(List<String> xCategories, List<String> yCategories, List<HeatCell> cells,
            double min, double max) {
        ChartOption option = new ChartOption(Type.HEATMAP);
        Map<String, Object> grid = grid(56);
        grid.put("bottom", 64);
        option.root.put("grid", grid);
        // every column named (slanted when narrow); rows top-down in the given order
        option.root.put("xAxis", Map.of("type", "category", "data", xCategories, "splitArea", Map.of("show", true),
                "axisLabel", Map.of("interval", 0, "rotate", 25)));
        option.root.put("yAxis", Map.of("type", "category", "data", yCategories, "splitArea", Map.of("show", true),
                "inverse", true));
        option.root.put("visualMap", Map.of("min", min, "max", max, "calculable", true, "orient", "horizontal",
                "left", "center", "bottom", 0));
        // each cell named "row · column", so its tooltip says which unit and subscale it is
        List<Map<String, Object>> data = cells.stream().map(c -> Map.<String, Object>of(
                "name", yCategories.get(c.y()) + " · " + xCategories.get(c.x()),
                "value", List.of(c.x(), c.y(), orDash(c.value())))).toList();
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "heatmap");
        series.put("data", data);
        series.put("label", Map.of("show", true));
        option.root.put("series", new ArrayList<>(List.of(series)));
        return option;
    }

    /**
     * Colours a heatmap from red below {@code centre} through white to green above it, with the range
     * as wide as the farthest cell (at least 5 either side), so that values close together still
     * differ in colour and the centre (e.g. the scope's mean) reads as neutral.
     */
    public ChartOption divergingAround(double centre) {
        if (type != Type.HEATMAP) {
            throw new IllegalStateException("divergingAround() applies to heatmaps");
        }
        double spread = 5;
        for (Map<String, Object> series : seriesList()) {
            for (Object item : (List<?>) series.get("data")) {
                if (item instanceof Map<?, ?> cell && cell.get("value") instanceof List<?> v && v.get(2) instanceof Number n) {
                    spread = Math.max(spread, Math.abs(n.doubleValue() - centre));
                }
            }
        }
        spread = Math.ceil(spread);
        root.put("visualMap", Map.of("min", centre - spread, "max", centre + spread, "calculable", true,
                "orient", "horizontal", "left", "center", "bottom", 0,
                "inRange", Map.of("color", List.of("#d64545", "#f7f7f7", "#2e9e5b"))));
        return this;
    }

    /** A single value on a dial from 0 to {@code max}, e.g. JP progress against 20. */
    public static ChartOption gauge(String name, double value, double max) {
        ChartOption option = new ChartOption(Type.GAUGE);
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "gauge");
        series.put("min", 0);
        series.put("max", max);
        series.put("progress", Map.of("show", true, "width", 14));
        series.put("axisLine", Map.of("lineStyle", Map.of("width", 14)));
        series.put("detail", Map.of("valueAnimation", true, "fontSize", 28, "offsetCenter", List.of(0, "70%")));
        series.put("data", List.of(Map.of("name", name, "value", value)));
        option.root.put("series", new ArrayList<>(List.of(series)));
        return option;
    }

    /** Stacks the series of a bar or line chart on top of each other. */
    public ChartOption stacked() {
        requireAxis();
        seriesList().forEach(s -> s.put("stack", "total"));
        return this;
    }

    /** Draws one series of a bar chart as a line over the bars (e.g. a running total). */
    public ChartOption asLine(int seriesIndex) {
        requireAxis();
        Map<String, Object> series = seriesList().get(seriesIndex);
        series.put("type", "line");
        series.put("smooth", true);
        return this;
    }

    /** Turns a bar chart on its side: categories on the left, first category on top. */
    public ChartOption horizontal() {
        requireAxis();
        Object x = root.get("xAxis");
        @SuppressWarnings("unchecked")
        Map<String, Object> categoryAxis = new LinkedHashMap<>((Map<String, Object>) x);
        categoryAxis.put("inverse", true);
        root.put("xAxis", root.get("yAxis"));
        root.put("yAxis", categoryAxis);
        return this;
    }

    /**
     * A dashed line across the bars at {@code value} (e.g. the viewer's whole scope), named by
     * {@code label}, so each bar reads against it; nothing when there is no value. Call after
     * {@link #horizontal()}: the line runs across the value axis, wherever that is.
     */
    public ChartOption referenceLine(Number value, String label) {
        requireAxis();
        if (value == null || seriesList().isEmpty()) {
            return this;
        }
        @SuppressWarnings("unchecked")
        String axis = "value".equals(((Map<String, Object>) root.get("xAxis")).get("type")) ? "xAxis" : "yAxis";
        seriesList().getFirst().put("markLine", Map.of("symbol", "none", "silent", true,
                "lineStyle", Map.of("type", "dashed", "color", "#37474f", "width", 1.5),
                // on its side the categories run top-down (inverse), so the line starts at the top
                "label", Map.of("formatter", label, "position", axis.equals("xAxis") ? "start" : "end", "color", "#37474f"),
                "data", List.of(Map.of(axis, value))));
        return this;
    }

    /** Makes a pie a donut. */
    public ChartOption donut() {
        if (type != Type.PIE) {
            throw new IllegalStateException("donut() applies to pie charts");
        }
        seriesList().getFirst().put("radius", List.of("42%", "68%"));
        return this;
    }

    public ChartOption title(String text) {
        root.put("title", Map.of("text", text, "left", "center", "textStyle", Map.of("fontSize", 15)));
        if (root.get("grid") instanceof Map<?, ?> grid) {
            @SuppressWarnings("unchecked")
            Map<String, Object> g = new LinkedHashMap<>((Map<String, Object>) grid);
            g.put("top", 48);
            root.put("grid", g);
        }
        return this;
    }

    /** Values are fractions (0.25) written as percentages (25 %) in the UI's locale. */
    public ChartOption percentValues() {
        root.put("valueFormat", ValueFormat.PERCENT.name().toLowerCase());
        return this;
    }

    /** Colours of the series, in order (CSS colours). */
    public ChartOption colors(String... colors) {
        root.put("color", List.of(colors));
        return this;
    }

    public Type type() {
        return type;
    }

    /** The ECharts option as JSON; {@code valueFormat} is read by the web component itself. */
    public String toJson() {
        return JSON.writeValueAsString(root);
    }

    private static ChartOption axisChart(Type type, List<String> categories, List<Series> series) {
        ChartOption option = new ChartOption(type);
        option.root.put("grid", grid(24));
        option.root.put("xAxis", Map.of("type", "category", "data", List.copyOf(categories)));
        option.root.put("yAxis", Map.of("type", "value"));
        // one scrollable line, so that many series never wrap over the axis labels
        option.root.put("legend", Map.of("show", series.size() > 1, "bottom", 0, "type", "scroll"));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Series s : series) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", type.name().toLowerCase());
            m.put("name", s.name());
            m.put("data", s.data().stream().map(ChartOption::orDash).toList());
            list.add(m);
        }
        option.root.put("series", list);
        return option;
    }

    private static Map<String, Object> grid(int top) {
        return new LinkedHashMap<>(Map.of("containLabel", true, "left", 12, "right", 24, "bottom", 36, "top", top));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> seriesList() {
        return (List<Map<String, Object>>) root.get("series");
    }

    private void requireAxis() {
        if (type != Type.BAR && type != Type.LINE) {
            throw new IllegalStateException(type + " chart has no axes");
        }
    }

    /** ECharts draws "-" as a missing value. */
    private static Object orDash(Number value) {
        return value == null ? "-" : value;
    }
}
