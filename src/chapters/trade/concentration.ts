/** How concentrated South-South exports are: the top-five share, the largest exporter and the table of the ten largest. */
import { figureSeries } from '../../figures/figure-series';
import { SOUTH } from '../../metrics/series';
import { formatMoneyMillions, formatNumber } from '../../render/format';
import type { TableModel } from '../../render/model';
import { shareSentence, type Sentence, type Thresholds } from '../../render/narrative';
import type { TradeFigures } from './figures';
import type { Metrics } from './metrics';

export interface Concentration {
  sentences: Sentence[];
  /** The ten largest developing exporters to developing economies in the edition year. */
  topExporters: TableModel;
  /** The data table of the top-five share's chart, under the chart's label. */
  dataTable(label: string): TableModel;
}

/** The concentration sentences and tables (seed 002, para. 48), registering their figures in the order they are printed. */
export function concentration(f: TradeFigures, m: Metrics, t: Thresholds): Concentration {
  const { ledger, e, src, name } = f;
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
  const sentences: Sentence[] = [
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
    sentences.push([
      `${name(first.exporter)} alone accounted for `,
      exporterFig(first.exporter, first.share_pct),
      ' per cent, out of ',
      exportersFig,
      ' developing economies with recorded exports to other developing economies.',
    ]);
  const topExporters: TableModel = {
    id: 'trade-top-exporters-table',
    label: `Table ${f.number}.2`,
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
    source: f.computedSource,
    notes: ['Exports to developing economies, as reported by the importing economies.'],
  };
  const dataTable = (l: string): TableModel => ({
    id: 'trade-concentration-data',
    label: '',
    caption: `Data for ${l.toLowerCase()}`,
    head: ['Year', 'Share of the five largest (per cent)'],
    rows: m.top5.map((p) => ({ label: String(p.year), cells: [top5Fig(p.year)] })),
    source: f.computedSource,
    notes: [],
  });
  return { sentences, topExporters, dataTable };
}
