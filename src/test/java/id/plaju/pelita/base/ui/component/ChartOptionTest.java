package id.plaju.pelita.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChartOptionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(ChartOption option) {
        return JSON.readTree(option.toJson());
    }

    private static final List<String> UNITS = List.of("Plaju Ulu", "Komperta");

    @Test
    void barPutsCategoriesOnXAndValuesOnY() {
        JsonNode o = json(ChartOption.bar(UNITS, List.of(new ChartOption.Series("Pegawai", List.of(16, 14)))));

        assertThat(o.at("/xAxis/type").asString()).isEqualTo("category");
        assertThat(o.at("/xAxis/data/0").asString()).isEqualTo("Plaju Ulu");
        assertThat(o.at("/yAxis/type").asString()).isEqualTo("value");
        assertThat(o.at("/series/0/type").asString()).isEqualTo("bar");
        assertThat(o.at("/series/0/data/1").asInt()).isEqualTo(14);
        assertThat(o.at("/legend/show").asBoolean()).isFalse();
    }

    @Test
    void horizontalSwapsTheAxesAndKeepsTheFirstCategoryOnTop() {
        JsonNode o = json(ChartOption.bar(UNITS, List.of(new ChartOption.Series("Pegawai", List.of(16, 14))))
                .horizontal());

        assertThat(o.at("/yAxis/type").asString()).isEqualTo("category");
        assertThat(o.at("/yAxis/inverse").asBoolean()).isTrue();
        assertThat(o.at("/xAxis/type").asString()).isEqualTo("value");
    }

    @Test
    void aReferenceLineRunsAcrossTheValueAxisWhereverItIs() {
        JsonNode upright = json(ChartOption.bar(UNITS, List.of(new ChartOption.Series("Bagian", List.of(0.8, 0.6))))
                .referenceLine(0.7, "Seluruh lingkup Anda: 70%"));
        JsonNode sideways = json(ChartOption.bar(UNITS, List.of(new ChartOption.Series("Bagian", List.of(0.8, 0.6))))
                .horizontal().referenceLine(0.7, "Seluruh lingkup Anda: 70%"));
        JsonNode none = json(ChartOption.bar(UNITS, List.of(new ChartOption.Series("Bagian", List.of(0.8, 0.6))))
                .referenceLine(null, "—"));

        assertThat(upright.at("/series/0/markLine/data/0/yAxis").asDouble()).isEqualTo(0.7);
        assertThat(sideways.at("/series/0/markLine/data/0/xAxis").asDouble()).isEqualTo(0.7);
        assertThat(sideways.at("/series/0/markLine/label/formatter").asString()).isEqualTo("Seluruh lingkup Anda: 70%");
        assertThat(sideways.at("/series/0/markLine/lineStyle/type").asString()).isEqualTo("dashed");
        assertThat(sideways.at("/series/0/markLine/label/position").asString()).isEqualTo("start");
        assertThat(upright.at("/series/0/markLine/label/position").asString()).isEqualTo("end");
        assertThat(none.at("/series/0/markLine").isMissingNode()).isTrue();
        assertThatThrownBy(() -> ChartOption.pie(List.of()).referenceLine(1, "x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stackedStacksEverySeriesAndShowsALegend() {
        JsonNode o = json(ChartOption.bar(UNITS, List.of(
                new ChartOption.Series("Hijau", List.of(5, 6)),
                new ChartOption.Series("Merah", List.of(2, 1)))).stacked());

        assertThat(o.at("/series/0/stack").asString()).isEqualTo("total");
        assertThat(o.at("/series/1/stack").asString()).isEqualTo("total");
        assertThat(o.at("/legend/show").asBoolean()).isTrue();
        assertThat(o.at("/legend/type").asString()).isEqualTo("scroll");
    }

    @Test
    void asLineDrawsOneSeriesOfABarChartAsALine() {
        JsonNode o = json(ChartOption.bar(UNITS, List.of(
                new ChartOption.Series("Bulan itu", List.of(0.2, 0.1)),
                new ChartOption.Series("Sejak Januari", List.of(0.2, 0.3)))).asLine(1));

        assertThat(o.at("/series/0/type").asString()).isEqualTo("bar");
        assertThat(o.at("/series/1/type").asString()).isEqualTo("line");
        assertThat(o.at("/series/1/data/1").asDouble()).isEqualTo(0.3);
    }

    @Test
    void missingValuesAreDrawnAsGaps() {
        JsonNode o = json(ChartOption.line(UNITS, List.of(new ChartOption.Series("Indeks", Arrays.asList(71.5, null)))));

        assertThat(o.at("/series/0/type").asString()).isEqualTo("line");
        assertThat(o.at("/series/0/data/0").asDouble()).isEqualTo(71.5);
        assertThat(o.at("/series/0/data/1").asString()).isEqualTo("-");
    }

    @Test
    void donutIsAPieWithAHole() {
        JsonNode o = json(ChartOption.pie(List.of(new ChartOption.Slice("Teknis", 12),
                new ChartOption.Slice("Manajerial", 3))).donut());

        assertThat(o.at("/series/0/type").asString()).isEqualTo("pie");
        assertThat(o.at("/series/0/radius").isArray()).isTrue();
        assertThat(o.at("/series/0/data/1/name").asString()).isEqualTo("Manajerial");
        assertThat(o.at("/tooltip/trigger").asString()).isEqualTo("item");
    }

    @Test
    void heatmapCellsAreColumnRowValueTriples() {
        JsonNode o = json(ChartOption.heatmap(UNITS, List.of("Intrinsik"), Arrays.asList(
                new ChartOption.HeatCell(0, 0, 72.5), new ChartOption.HeatCell(1, 0, null)), 0, 100));

        assertThat(o.at("/series/0/data/0/value/2").asDouble()).isEqualTo(72.5);
        assertThat(o.at("/series/0/data/1/value/2").asString()).isEqualTo("-");
        assertThat(o.at("/series/0/data/1/name").asString()).as("the tooltip names the cell")
                .isEqualTo("Intrinsik · " + UNITS.get(1));
        assertThat(o.at("/visualMap/max").asDouble()).isEqualTo(100);
        assertThat(o.at("/xAxis/axisLabel/interval").asInt()).as("every column named").isZero();
        assertThat(o.at("/yAxis/inverse").asBoolean()).as("rows top-down").isTrue();
    }

    @Test
    void aDivergingHeatmapIsCentredSoCloseValuesStillDiffer() {
        JsonNode o = json(ChartOption.heatmap(UNITS, List.of("Intrinsik"), Arrays.asList(
                new ChartOption.HeatCell(0, 0, 62.0), new ChartOption.HeatCell(1, 0, 78.0)), 0, 100)
                .divergingAround(70.4));

        assertThat(o.at("/visualMap/min").asDouble()).isEqualTo(70.4 - 9);
        assertThat(o.at("/visualMap/max").asDouble()).isEqualTo(70.4 + 9);
        assertThat(o.at("/visualMap/inRange/color/1").asString()).isEqualTo("#f7f7f7");
        assertThat(json(ChartOption.heatmap(UNITS, List.of("Intrinsik"), List.of(new ChartOption.HeatCell(0, 0, 70.0)),
                0, 100).divergingAround(70)).at("/visualMap/max").asDouble()).as("at least 5 either side").isEqualTo(75);
    }

    @Test
    void everyRoundOfATrendIsLabelled() {
        JsonNode o = json(ChartOption.line(UNITS, List.of(new ChartOption.Series("Indeks", List.of(60.0, 62.0)))));

        assertThat(o.at("/xAxis/axisLabel/interval").asInt()).isZero();
    }

    @Test
    void gaugeShowsOneValueAgainstItsMaximum() {
        JsonNode o = json(ChartOption.gauge("JP", 12.5, 20));

        assertThat(o.at("/series/0/type").asString()).isEqualTo("gauge");
        assertThat(o.at("/series/0/max").asDouble()).isEqualTo(20);
        assertThat(o.at("/series/0/data/0/value").asDouble()).isEqualTo(12.5);
    }

    @Test
    void titleAndPercentFormatAreCarried() {
        JsonNode o = json(ChartOption.bar(UNITS, List.of(new ChartOption.Series("Rate", List.of(0.5, 0.75))))
                .title("Tingkat partisipasi").percentValues());

        assertThat(o.at("/title/text").asString()).isEqualTo("Tingkat partisipasi");
        assertThat(o.at("/grid/top").asInt()).isEqualTo(48);
        assertThat(o.at("/valueFormat").asString()).isEqualTo("percent");
    }

    @Test
    void axisOperationsAreRefusedOnChartsWithoutAxes() {
        assertThatThrownBy(() -> ChartOption.gauge("JP", 1, 20).stacked()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ChartOption.bar(UNITS, List.of()).donut()).isInstanceOf(IllegalStateException.class);
    }
}
