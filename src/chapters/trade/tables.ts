/** The trade chapter's tables of the share and value series: the edition's shares and the data tables under the charts. */
import type { Figure } from '../../figures/ledger';
import type { SeriesFigures } from '../../figures/figure-series';
import { SOUTH } from '../../metrics/series';
import { NOT_APPLICABLE } from '../../render/format';
import type { TableModel } from '../../render/model';
import type { TradeFigures } from './figures';
import type { Metrics, Series } from './metrics';

/** The shares of every group in the edition year: level, change, rank among the regions and the window's first year. */
export function latestTable(f: TradeFigures, m: Metrics, regional: Series[]): TableModel {
  const { e, level, change } = f;
  return {
    id: 'trade-latest',
    label: `Table ${f.number}.1`,
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
      const rank = f.seriesOf(s).rank(e, among) ?? (s.group.id === SOUTH ? NOT_APPLICABLE : '..');
      return { label: s.group.name, cells: [level(s, e), change(s, e) ?? '..', rank, level(s, m.window.from)] };
    }),
    source: f.computedSource,
    notes: [
      'Share: exports from members to members as a percentage of exports from members to all ' +
        'partners, both as reported by the importing economies.',
    ],
  };
}

/** A chart's data table: one row a year, one column a series. */
export function dataTable(
  id: string,
  caption: string,
  series: Series[],
  fig: (s: Series, y: number) => Figure,
  source: string,
): TableModel {
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

/** The data table of the South-South value chart: the value and its per cent change, year by year. */
export function valueDataTable(label: string, value: Series, values: SeriesFigures, source: string): TableModel {
  return {
    id: 'trade-south-south-value-data',
    label: '',
    caption: `Data for ${label.toLowerCase()}: exports of developing economies to developing economies`,
    head: ['Year', 'Value', 'Change (per cent)'],
    rows: value.points.map((p) => ({ label: String(p.year), cells: [values.level(p.year), values.pctChange(p.year) ?? '..'] })),
    source,
    notes: [],
  };
}
