/** The trade chapter: its model, which registers every printed figure in print order, and its spec. */
import { defineChapter, type ChapterContext } from '../chapter';
import { concentrationChart, sourcesChart, southSouthValueChart, topExportersChart, tradeSharesChart } from './charts';
import { comtradeSources } from './comtrade';
import { concentration } from './concentration';
import { COMTRADE, COW, countryName, tradeFigures } from './figures';
import { TRADE_INDICATORS } from './indicators';
import { type Metrics, tradeMetrics } from './metrics';
import { type PublishedQuote, publishedQuotes, publishedTable } from './published';
import { dataTable, latestTable, valueDataTable } from './tables';
import { formatMoneyMillions } from '../../render/format';
import { chartModel, type ChapterBase, type ChartModel, type TableModel } from '../../render/model';
import { amountSentence, shareSentence, type Sentence } from '../../render/narrative';
import { citation } from '../../render/sources';
import { SOUTH } from '../../metrics/series';
import { figureSeries } from '../../figures/figure-series';

export interface TradeChapter extends ChapterBase {
  edition: number;
  firstYear: number;
  summary: Sentence[];
  regional: Sentence[];
  charts: ChartModel[];
  latest: TableModel;
  concentration: Sentence[];
  topExporters: TableModel;
  sources: { table: TableModel; chart: ChartModel | null; sentence: Sentence } | null;
  published: TableModel | null;
  publishedQuote: PublishedQuote[];
}

/**
 * Chapter 1: trade among developing countries. Every number it prints is registered in the
 * ledger here, with the sources it rests on; the parts that register them are called in the
 * order the chapter prints them.
 */
function tradeChapter({ number, data, metrics: m, charts, ledger, thresholds: t }: ChapterContext<Metrics>): TradeChapter {
  const f = tradeFigures(number, data, ledger, m.edition);
  const { level, change, computedSource } = f;

  const south = m.shares.find((s) => s.group.id === SOUTH)!;
  const regional = m.shares.filter((s) => s.group.id !== SOUTH);
  const value = m.southSouthValue;
  const values = figureSeries(ledger, {
    indicator: value.indicator,
    entity: SOUTH,
    unit: 'millions of current dollars',
    source: f.src,
    points: value.points,
    text: formatMoneyMillions,
  });
  const valueFig = values.level;
  const valuePct = values.pctChange;
  const growth = values.growth(m.window.from, m.window.to, value.growth);
  const e = m.edition;
  const summary: Sentence[] = [
    shareSentence(
      'the share of developing economies\u2019 exports that went to other developing economies',
      e,
      south.points,
      level(south, e),
      change(south, e),
      t,
    ),
    amountSentence('the value of those exports', e, value.latest, valueFig(e), valuePct(e), t),
  ];
  if (value.growth !== null) {
    summary.push([
      `Over ${m.window.from}-${m.window.to} it grew at a compound rate of `,
      growth,
      ` per cent a year, from `,
      valueFig(m.window.from),
      '.',
    ]);
  }
  const regionalSentences = regional.map((s) =>
    shareSentence(
      `the share of intraregional exports in the total exports of ` +
        `${s.group.name === 'Africa' ? 'Africa' : s.group.name.replace(/^Developing/, 'developing')}`,
      e,
      s.points,
      level(s, e),
      change(s, e),
      t,
    ),
  );

  const chartModels: ChartModel[] = [];
  const addChart = (id: string, table: (label: string) => TableModel) => {
    const c = charts.get(id);
    if (c)
      chartModels.push(chartModel(c, `Figure ${number}.${chartModels.length + 1}`, table(`Figure ${number}.${chartModels.length + 1}`)));
  };
  addChart('trade-shares', (l) =>
    dataTable('trade-shares-data', `Data for ${l.toLowerCase()}: export shares, per cent`, m.shares, (s, y) => level(s, y), computedSource),
  );
  addChart('trade-south-south-value', (l) => valueDataTable(l, value, values, computedSource));

  // How concentrated South-South exports are (seed 002, para. 48).
  const top = concentration(f, m, t);
  addChart('trade-concentration', top.dataTable);
  addChart('trade-top-exporters', (l) => ({
    ...top.topExporters,
    id: 'trade-top-exporters-data',
    label: '',
    caption: `Data for ${l.toLowerCase()}`,
  }));

  // A second source: UN Comtrade's four-yearly waves, as the exporters reported them.
  const comtrade = comtradeSources(f, m, south, regional);
  let sources: TradeChapter['sources'] = null;
  if (comtrade) {
    const { table, sentence } = comtrade;
    const chart = charts.get('trade-sources');
    sources = { table, chart: null, sentence };
    if (chart) {
      sources.chart = chartModel(chart, `Figure ${number}.${chartModels.length + 1}`, {
        ...table,
        id: 'trade-sources-data',
        label: '',
        caption: `Data for figure ${number}.${chartModels.length + 1}`,
      });
      chartModels.push(sources.chart);
    }
  }

  const latest = latestTable(f, m, regional);
  const published = publishedTable(f, m);
  const publishedQuote = publishedQuotes(f, m);

  return {
    id: 'trade',
    number,
    title: 'Trade among developing countries',
    partial: 'chapter-trade',
    edition: e,
    firstYear: m.firstYear,
    summary,
    regional: regionalSentences,
    charts: chartModels,
    latest,
    concentration: top.sentences,
    topExporters: top.topExporters,
    sources,
    published,
    publishedQuote,
  };
}

/** Chapter: trade among developing countries. */
export const tradeChapterSpec = defineChapter({
  id: 'trade',
  indicators: TRADE_INDICATORS,
  metrics: (data, options) => tradeMetrics(data, options),
  charts: (data, m) => {
    const source = `Source: calculations based on ${citation(data, COW)}.`;
    const name = countryName(data);
    const both = `Sources: calculations based on ${citation(data, COW)}, and on ${citation(data, COMTRADE)}.`;
    const second = sourcesChart(m, both);
    return [
      tradeSharesChart(m, source),
      southSouthValueChart(m.southSouthValue, m, source),
      concentrationChart(m, source),
      topExportersChart(m, name, source),
      ...(second ? [second] : []),
    ];
  },
  model: tradeChapter,
});
