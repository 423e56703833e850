package id.plaju.pelita.base.ui.component;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;

/**
 * An Apache ECharts chart ({@code <pelita-chart>}, see {@code frontend/components/pelita-chart.ts}).
 * It resizes with its container, writes numbers in the UI's language and reports clicks on data
 * points back to the server.
 */
@Tag("pelita-chart")
@NpmPackage(value = "echarts", version = "6.0.0")
@JsModule("./components/pelita-chart.ts")
public class EChart extends Component implements HasSize, LocaleChangeObserver {

    /** Only the JSON and the type are kept (the option's maps are dropped): an open dashboard stays small. */
    private String optionJson;
    private ChartOption.Type type;

    public EChart() {
        setHeight("360px");
    }

    public EChart(ChartOption option) {
        this();
        setOption(option);
    }

    public void setOption(ChartOption option) {
        this.optionJson = option.toJson();
        this.type = option.type();
        getElement().setProperty("option", optionJson);
    }

    /** The option last set, as the JSON the browser receives; {@code null} before the first. */
    public String getOptionJson() {
        return optionJson;
    }

    public ChartOption.Type getType() {
        return type;
    }

    /** Called when the user clicks a bar, slice, point or cell. */
    public Registration addPointClickListener(ComponentEventListener<PointClickEvent> listener) {
        return addListener(PointClickEvent.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        setLocale(attachEvent.getUI().getLocale());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        setLocale(event.getLocale());
    }

    private void setLocale(Locale locale) {
        getElement().setProperty("locale", locale == null ? "id-ID" : locale.toLanguageTag());
    }

    /** A click on a data point: its category or slice name, series, index and value. */
    @DomEvent("chart-click")
    public static class PointClickEvent extends ComponentEvent<EChart> {

        private final String name;
        private final String seriesName;
        private final int dataIndex;
        private final Double value;

        public PointClickEvent(EChart source, boolean fromClient,
                @EventData("event.detail.name") String name,
                @EventData("event.detail.seriesName") String seriesName,
                @EventData("event.detail.dataIndex") int dataIndex,
                @EventData("event.detail.value") Double value) {
            super(source, fromClient);
            this.name = name;
            this.seriesName = seriesName;
            this.dataIndex = dataIndex;
            this.value = value;
        }

        public String getName() {
            return name;
        }

        public String getSeriesName() {
            return seriesName;
        }

        public int getDataIndex() {
            return dataIndex;
        }

        public Double getValue() {
            return value;
        }
    }
}
