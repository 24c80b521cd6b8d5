import type { TopLevelSpec } from 'vega-lite';
import type { Metrics, Series } from '../metrics/trade-metrics';
import type { ChartDef } from './chart';
import { describeLines } from './describe';

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Intra-group export shares of the regional groups and of all developing economies, by year. */
export function tradeSharesChart(m: Metrics, source: string): ChartDef {
  const values = m.shares.flatMap((s) => s.points.map((p) => ({ year: p.year, group: s.group.short_name, share: round(p.value) })));
  const alt = describeLines(
    'intraregional and South-South export shares',
    'per cent of the group\u2019s total exports',
    m.shares.map((s) => ({ name: s.group.short_name, points: s.points })),
  );
  const spec: TopLevelSpec = {
    $schema: SCHEMA,
    description: alt,
    width: 440,
    height: 230,
    data: { values },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'year', type: 'quantitative', title: null, scale: { domain: [m.firstYear, m.edition], nice: false, zero: false }, axis: { format: 'd', tickMinStep: 1, labelOverlap: true } },
      y: { field: 'share', type: 'quantitative', title: 'Per cent of the group\u2019s exports', scale: { domain: [0, 100] } },
      color: { field: 'group', type: 'nominal', title: null, sort: m.shares.map((s) => s.group.short_name) },
    },
  };
  return { id: 'trade-shares', title: `Intraregional and South-South export shares, ${m.firstYear}-${m.edition}`, source, alt, spec };
}

/** Exports of developing economies to developing economies, billions of current dollars. */
export function southSouthValueChart(s: Series, m: Metrics, source: string): ChartDef {
  const values = s.points.map((p) => ({ year: p.year, value: round(p.value === null ? null : p.value / 1000) }));
  const alt = describeLines('exports of developing economies to developing economies', 'billions of current United States dollars', [
    { name: 'South-South exports', points: s.points.map((p) => ({ year: p.year, value: p.value === null ? null : p.value / 1000 })) },
  ]);
  const spec: TopLevelSpec = {
    $schema: SCHEMA,
    description: alt,
    width: 440,
    height: 200,
    data: { values },
    mark: { type: 'bar', color: '#0b5394' },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: null, axis: { labelAngle: 0, labelOverlap: true } },
      y: { field: 'value', type: 'quantitative', title: 'Billions of current dollars' },
    },
  };
  return { id: 'trade-south-south-value', title: `Exports of developing economies to developing economies, ${m.firstYear}-${m.edition}`, source, alt, spec };
}

/** Values in chart data to 3 decimals: finer than any axis shows, and stable in the spec files. */
function round(v: number | null): number | null {
  return v === null ? null : Math.round(v * 1000) / 1000;
}
