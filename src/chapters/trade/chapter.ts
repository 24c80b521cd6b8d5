import type { Figure } from '../../figures/ledger';
import type { Metrics, Series } from './metrics';
import { defineChapter, type ChapterContext } from '../chapter';
import { concentrationChart, sourcesChart, southSouthValueChart, topExportersChart, tradeSharesChart } from './charts';
import { tradeMetrics } from './metrics';
import type { PublishedShare } from '../../validate/validate-data';
import { formatChange, formatMoneyMillions, formatNumber, NOT_APPLICABLE } from '../../render/format';
import { chartModel, type ChapterBase, type ChartModel, type TableModel } from '../../render/model';
import { amountSentence, shareSentence, type Sentence } from '../../render/narrative';
import { citation } from '../../render/sources';
import { SOUTH } from '../../metrics/series';
import { figureSeries } from '../../figures/figure-series';

const COW = 'cow-trade-4.0';
const COMTRADE = 'penppml-comtrade-0.2.4';
const CLASSIFICATION = 'un-m49-2020';

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
  publishedQuote: { text: Sentence; ref: string; citation: string }[];
}

/**
 * Chapter 1: trade among developing countries. Every number it prints is registered in the
 * ledger here, with the sources it rests on.
 */
function tradeChapter({ number, data, metrics: m, charts, ledger, thresholds: t }: ChapterContext<Metrics>): TradeChapter {
  const cow = citation(data, COW);
  const computedSource = `Source: calculations based on ${cow}; groups as in UNSD M49 (2020).`;
  const src = `${COW};${CLASSIFICATION}`;
  const seriesOf = (s: Series) =>
    figureSeries(ledger, { indicator: s.indicator, entity: s.group.id, unit: 'per cent', source: src, points: s.points });
  const level = (s: Series, year: number) => seriesOf(s).level(year);
  const change = (s: Series, year: number) => seriesOf(s).change(year);

  const south = m.shares.find((s) => s.group.id === SOUTH)!;
  const regional = m.shares.filter((s) => s.group.id !== SOUTH);
  const value = m.southSouthValue;
  const values = figureSeries(ledger, {
    indicator: value.indicator,
    entity: SOUTH,
    unit: 'millions of current dollars',
    source: src,
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
  addChart('trade-south-south-value', (l) => ({
    id: 'trade-south-south-value-data',
    label: '',
    caption: `Data for ${l.toLowerCase()}: exports of developing economies to developing economies`,
    head: ['Year', 'Value', 'Change (per cent)'],
    rows: value.points.map((p) => ({ label: String(p.year), cells: [valueFig(p.year), valuePct(p.year) ?? '..'] })),
    source: computedSource,
    notes: [],
  }));

  // How concentrated South-South exports are (seed 002, para. 48).
  const top5Points = m.top5.map((p) => ({ year: p.year, value: p.share_pct, change: p.change, pct_change: null, rank: null }));
  const top5 = figureSeries(ledger, {
    indicator: 'south-south-top5-share',
    entity: SOUTH,
    unit: 'per cent',
    source: src,
    points: top5Points,
  });
  const top5Fig = top5.level;
  const top5Change = top5.change;
  const name = (iso3: string) => data.countries.rows.find((c) => c.iso3 === iso3)?.name ?? iso3;
  const exporterFig = (iso3: string, share: number | null) =>
    ledger.add({
      indicator: 'south-south-exporter-share',
      entity: iso3,
      period: String(e),
      value: share,
      unit: 'per cent',
      source: src,
      text: formatNumber(share),
    });
  const first = m.topExporters[0];
  const concentration: Sentence[] = [
    shareSentence(
      'the share of the five largest developing exporters in exports of developing economies to developing economies',
      e,
      top5Points,
      top5Fig(e),
      top5Change(e),
      t,
    ),
  ];
  // How many exported: a printed number like any other, so it is a ledger figure.
  const exporters = m.top5.find((p) => p.year === e)?.exporters ?? null;
  const exportersFig = ledger.add({
    indicator: 'south-south-exporters',
    entity: SOUTH,
    period: String(e),
    value: exporters,
    unit: 'economies',
    source: src,
    text: formatNumber(exporters, 0),
  });
  if (first)
    concentration.push([
      `${name(first.exporter)} alone accounted for `,
      exporterFig(first.exporter, first.share_pct),
      ' per cent, out of ',
      exportersFig,
      ' developing economies with recorded exports to other developing economies.',
    ]);
  const topExporters: TableModel = {
    id: 'trade-top-exporters-table',
    label: `Table ${number}.2`,
    caption: `The ten largest developing exporters to developing economies, ${e}`,
    head: ['Economy', 'Rank', 'Value', 'Per cent of South-South exports'],
    rows: m.topExporters.map((x) => ({
      label: name(x.exporter),
      cells: [
        ledger.add({
          indicator: 'south-south-exporter-rank',
          entity: x.exporter,
          period: String(e),
          value: x.rank,
          unit: 'rank',
          source: src,
          text: String(x.rank),
          kind: 'rank',
          base: 'south-south-exporter-exports',
        }),
        ledger.add({
          indicator: 'south-south-exporter-exports',
          entity: x.exporter,
          period: String(e),
          value: x.exports_musd,
          unit: 'millions of current dollars',
          source: src,
          text: formatMoneyMillions(x.exports_musd),
        }),
        exporterFig(x.exporter, x.share_pct),
      ],
    })),
    source: computedSource,
    notes: ['Exports to developing economies, as reported by the importing economies.'],
  };
  addChart('trade-concentration', (l) => ({
    id: 'trade-concentration-data',
    label: '',
    caption: `Data for ${l.toLowerCase()}`,
    head: ['Year', 'Share of the five largest (per cent)'],
    rows: m.top5.map((p) => ({ label: String(p.year), cells: [top5Fig(p.year)] })),
    source: computedSource,
    notes: [],
  }));
  addChart('trade-top-exporters', (l) => ({
    ...topExporters,
    id: 'trade-top-exporters-data',
    label: '',
    caption: `Data for ${l.toLowerCase()}`,
  }));

  // A second source: UN Comtrade's four-yearly waves, as the exporters reported them.
  const ctSrc = `${COMTRADE};${CLASSIFICATION}`;
  const waves = [...new Set(m.comtrade.map((c) => c.wave))].sort((a, b) => a - b);
  const ctFig = (group: string, wave: number) => {
    const c = m.comtrade.find((x) => x.group === group && x.wave === wave);
    return ledger.add({
      indicator: group === SOUTH ? 'comtrade-south-south-export-share' : 'comtrade-intraregional-export-share',
      entity: group,
      period: String(wave),
      value: c?.share_pct ?? null,
      unit: 'per cent',
      source: ctSrc,
      text: formatNumber(c?.share_pct),
    });
  };
  const bothSources = `Sources: calculations based on ${citation(data, COMTRADE)} and ${cow}; groups as in UNSD M49 (2020).`;
  let sources: TradeChapter['sources'] = null;
  if (waves.length > 0) {
    const table: TableModel = {
      id: 'trade-sources-table',
      label: `Table ${number}.3`,
      caption:
        `South-South and intraregional export shares from UN Comtrade's four-yearly waves, with ` +
        `the Correlates of War figure for the same year, per cent`,
      head: ['Year', 'South-South (Comtrade)', 'South-South (COW)', ...regional.map((r) => `${r.group.name} (Comtrade)`)],
      rows: waves.map((w) => ({
        label: String(w),
        cells: [
          ctFig(SOUTH, w),
          south.points.some((p) => p.year === w) ? level(south, w) : '..',
          ...regional.map((r) => ctFig(r.group.id, w)),
        ],
      })),
      source: bothSources,
      notes: [
        'Comtrade values are reported by the exporting economies (Hong Kong SAR\u2019s domestic ' +
          'exports only, without re-exports); Correlates of War values by the importing economies. ' +
          'Comtrade covers non-reporting economies, many of them African, poorly.',
      ],
    };
    const lastWave = waves[waves.length - 1]!;
    const chart = charts.get('trade-sources');
    sources = {
      table,
      chart: null,
      sentence: [
        `In ${lastWave}, the latest wave of the UN Comtrade data up to this edition, the ` +
          `exporters\u2019 own reports put the South-South share at `,
        ctFig(SOUTH, lastWave),
        ` per cent${south.points.some((p) => p.year === lastWave) ? ', against ' : ''}`,
        ...(south.points.some((p) => p.year === lastWave)
          ? [level(south, lastWave), ' per cent from the importers\u2019 reports in the Correlates of War data']
          : []),
        '.',
      ],
    };
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

  const latest: TableModel = {
    id: 'trade-latest',
    label: `Table ${number}.1`,
    caption: `Intraregional and South-South export shares, ${e}`,
    head: [
      'Group',
      `Share, ${e} (per cent)`,
      `Change on ${e - 1} (percentage points)`,
      `Rank among regions, ${e}`,
      `Share, ${m.window.from} (per cent)`,
    ],
    rows: m.shares.map((s) => {
      const among = regional.map((r) => `${r.indicator}:${r.group.id}:${e}`);
      const rank = seriesOf(s).rank(e, among) ?? (s.group.id === SOUTH ? NOT_APPLICABLE : '..');
      return { label: s.group.name, cells: [level(s, e), change(s, e) ?? '..', rank, level(s, m.window.from)] };
    }),
    source: computedSource,
    notes: [
      'Share: exports from members to members as a percentage of exports from members to all ' +
        'partners, both as reported by the importing economies.',
    ],
  };

  const publishedRows = m.published.filter((p) => p.share.year <= e);
  const published: TableModel | null =
    publishedRows.length === 0
      ? null
      : {
          id: 'trade-published',
          label: `Table ${number}.4`,
          caption: `Published and computed intraregional export shares, ${[...new Set(publishedRows.map((p) => p.share.year))].join(', ')}`,
          head: ['Group', 'Year', 'Published (per cent)', 'Computed here (per cent)', 'Difference (percentage points)'],
          rows: publishedRows.map(({ share, computed }) => {
            const pubSrc = share.source.join(';');
            const pub = ledger.add(publishedFigure(share));
            const s = m.shares.find((x) => x.group.id === share.group)!;
            const comp = level(s, share.year);
            const diff =
              computed === null
                ? '..'
                : ledger.add({
                    indicator: 'published-computed-difference',
                    entity: share.group,
                    period: String(share.year),
                    value: computed - share.share_pct,
                    unit: 'percentage points',
                    source: `${pubSrc};${src}`,
                    derived_from: [comp.id, pub.id],
                    text: formatChange(computed - share.share_pct),
                  });
            return {
              label: `${s.group.name} (published as \u201c${share.published_group}\u201d)`,
              cells: [String(share.year), pub, comp, diff],
            };
          }),
          source:
            `Sources: published: ` +
            `${[...new Set(publishedRows.map((p) => `${citation(data, p.share.source[0]!)}, ${p.share.source_ref}`))].join('; ')}. ` +
            `Computed: calculations based on ${cow}.`,
          notes: [
            '"About" marks a figure the document gives as approximate ("around 7 per cent"); it is of ' +
              'African exports to the region as a share of total trade.',
          ],
        };
  // The quoted figure is the ledger's published figure: marked in the quote as in the table.
  const publishedQuote = publishedRows.map(({ share }) => {
    const fig = ledger.add(publishedFigure(share));
    const shown = publishedDigits(share);
    const at = share.quote.indexOf(`${shown} per cent`);
    const text: Sentence =
      at < 0 ? [share.quote] : [share.quote.slice(0, at), { ...fig, text: shown }, share.quote.slice(at + shown.length)];
    return { text, ref: share.source_ref, citation: citation(data, share.source[0]!) };
  });

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
    concentration,
    topExporters,
    sources,
    published,
    publishedQuote,
  };
}

/** A published share as printed: with the decimals the document gives, "about" where it hedges. */
function publishedFigure(share: PublishedShare) {
  const text = publishedDigits(share);
  return {
    indicator: 'published-intraregional-export-share',
    entity: share.group,
    period: String(share.year),
    value: share.share_pct,
    unit: 'per cent',
    source: share.source.join(';'),
    estimate: share.estimate,
    text: `${share.estimate ? 'about ' : ''}${text}`,
  };
}

function publishedDigits(share: PublishedShare): string {
  return formatNumber(share.share_pct, share.share_pct % 1 === 0 ? 0 : 1);
}

function dataTable(id: string, caption: string, series: Series[], fig: (s: Series, y: number) => Figure, source: string): TableModel {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  return {
    id,
    label: '',
    caption,
    head: ['Year', ...series.map((s) => s.group.name)],
    rows: years.map((y) => ({ label: String(y), cells: series.map((s) => fig(s, y)) })),
    source,
    notes: [],
  };
}

/** Chapter: trade among developing countries. */
export const tradeChapterSpec = defineChapter({
  id: 'trade',
  indicators: {
    'intraregional-export-share':
      'Exports from the members of a group to its members, as a percentage of their exports to ' +
      'all partners; both sums over the same importer-reported bilateral flows (Correlates of ' +
      'War).',
    'south-south-export-share':
      'Exports from developing economies to developing economies, as a percentage of their ' +
      'exports to all partners (Correlates of War, importer-reported).',
    'south-south-exports':
      'Exports from developing economies to developing economies, millions of current dollars (Correlates of War, importer-reported).',
    'south-south-top5-share':
      'The five largest developing exporters\u2019 share of exports from developing economies to developing economies.',
    'south-south-exporter-share': 'An economy\u2019s share of exports from developing economies to developing economies.',
    'south-south-exporter-exports': 'An economy\u2019s exports to developing economies, millions of current dollars.',
    'south-south-exporters':
      'Developing economies with at least one recorded export to a developing economy in the year (Correlates of War, importer-reported).',
    'south-south-exporter-rank': 'An economy\u2019s rank among developing exporters to developing economies (1 = largest).',
    'comtrade-south-south-export-share': 'As south-south-export-share, from UN Comtrade\u2019s exporter-reported flows, every fourth year.',
    'comtrade-intraregional-export-share':
      'As intraregional-export-share, from UN Comtrade\u2019s exporter-reported flows, every fourth year.',
    'published-intraregional-export-share':
      'An intraregional export share as a document published it (UNCTAD calculations quoted by the Secretary-General, 2002).',
    'published-computed-difference': 'The share computed here less the published share, percentage points.',
  },
  metrics: (data, options) => tradeMetrics(data, options),
  charts: (data, m) => {
    const source = `Source: calculations based on ${citation(data, COW)}.`;
    const name = (iso3: string) => data.countries.rows.find((c) => c.iso3 === iso3)?.name ?? iso3;
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
