import { css, html, LitElement, PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import * as echarts from 'echarts/core';
import { BarChart, GaugeChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import langID from './echarts-lang-id';

echarts.use([BarChart, LineChart, PieChart, HeatmapChart, GaugeChart, GridComponent, TooltipComponent,
  LegendComponent, MarkLineComponent, TitleComponent, VisualMapComponent, AriaComponent, CanvasRenderer]);
echarts.registerLocale('ID', langID);

/** Detail of the `chart-click` event that the Java component listens to. */
export interface ChartClickDetail {
  name: string;
  seriesName: string | null;
  dataIndex: number;
  value: number | null;
}

/**
 * `<pelita-chart>`: an Apache ECharts chart driven from Java (`EChart`). The option arrives as a
 * JSON string; the chart follows the size of its host and writes numbers in `locale`.
 */
@customElement('pelita-chart')
export class PelitaChart extends LitElement {
  static styles = css`
    :host { display: block; position: relative; min-height: 200px; }
    #chart { position: absolute; inset: 0; }
  `;

  /** ECharts option as JSON, plus our own `valueFormat` key ("number" or "percent"). */
  @property({ type: String }) option = '{}';

  /** BCP 47 language tag of the UI, e.g. "id-ID" or "en-US". */
  @property({ type: String }) locale = 'id-ID';

  /** The ECharts instance; public so that end-to-end tests can locate data points. */
  chart?: echarts.ECharts;

  private resizeObserver?: ResizeObserver;

  render() {
    return html`<div id="chart" part="chart"></div>`;
  }

  protected firstUpdated() {
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
  }

  protected updated(changed: PropertyValues<this>) {
    if (!this.chart || changed.has('locale')) {
      this.createChart();
    } else if (changed.has('option')) {
      this.applyOption();
    }
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated && !this.chart) {
      this.createChart();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private createChart() {
    const container = this.renderRoot.querySelector('#chart') as HTMLElement | null;
    if (!container) {
      return;
    }
    this.chart?.dispose();
    this.chart = echarts.init(container, undefined, {
      renderer: 'canvas',
      locale: this.locale.toLowerCase().startsWith('en') ? 'EN' : 'ID'
    });
    this.chart.on('click', (params: any) => {
      const raw = params.value;
      const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
      const detail: ChartClickDetail = {
        name: params.name ?? '',
        seriesName: params.seriesName ?? null,
        dataIndex: params.dataIndex ?? -1,
        value: typeof value === 'number' ? value : null
      };
      this.dispatchEvent(new CustomEvent('chart-click', { detail, bubbles: true, composed: true }));
    });
    this.applyOption();
  }

  private applyOption() {
    if (!this.chart) {
      return;
    }
    const option = JSON.parse(this.option || '{}');
    const format = this.formatter(option.valueFormat);
    delete option.valueFormat;
    option.aria = { enabled: true };
    // the canvas needs a real font list: a CSS variable in it would leave every text at 10px sans-serif
    const family = getComputedStyle(this).fontFamily || 'sans-serif';
    option.textStyle = { fontFamily: family };
    if (option.title && !Array.isArray(option.title)) {
      option.title.textStyle = { fontFamily: family, fontWeight: 600, ...(option.title.textStyle ?? {}) };
    }
    if (option.tooltip) {
      option.tooltip.valueFormatter = (v: unknown) => (typeof v === 'number' ? format(v) : '—');
    }
    for (const axis of [option.xAxis, option.yAxis]) {
      if (axis && axis.type === 'value') {
        axis.axisLabel = { ...(axis.axisLabel ?? {}), formatter: (v: number) => format(v) };
      }
    }
    for (const series of option.series ?? []) {
      if (series.type === 'gauge' && series.detail) {
        series.detail.formatter = (v: number) => format(v);
      }
      if (series.type === 'heatmap' && series.label) {
        series.label.formatter = (p: any) => (typeof p.value?.[2] === 'number' ? format(p.value[2]) : '');
      }
    }
    this.chart.setOption(option, true);
  }

  private formatter(kind: string | undefined): (v: number) => string {
    const nf = kind === 'percent'
      ? new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 1 })
      : new Intl.NumberFormat(this.locale, { maximumFractionDigits: 1 });
    return (v: number) => nf.format(v);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pelita-chart': PelitaChart;
  }
}
