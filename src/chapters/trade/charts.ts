/** The trade chapter's charts (Vega-Lite specs), one function a chart. */
import type { TopLevelSpec } from 'vega-lite';
import type { Metrics, Series } from './metrics';
import { baseSpec } from '../../charts/base-spec';
import type { ChartDef } from '../../charts/chart';
import { yearAxis } from '../../charts/theme';
import { formatNumber } from '../../render/format';
import { describeLines } from '../../charts/describe';

/** Intra-group export shares of the regional groups and of all developing economies, by year. */
export function tradeSharesChart(m: Metrics, source: string): ChartDef {
  const values = m.shares.flatMap((s) => s.points.map((p) => ({ year: p.year, group: s.group.name, share: round(p.value) })));
  const alt = describeLines(
    'intraregional and South-South export shares',
    'per cent of the group\u2019s total exports',
    m.shares.map((s) => ({ name: s.group.name, points: s.points })),
  );
  const spec: TopLevelSpec = {
    ...baseSpec(alt, 440, 230),
    data: { values },
    mark: { type: 'line', point: true },
    encoding: {
      x: yearAxis(m.firstYear, m.edition),
      y: { field: 'share', type: 'quantitative', title: 'Per cent of the group\u2019s exports', scale: { domain: [0, 100] } },
      color: { field: 'group', type: 'nominal', title: null, sort: m.shares.map((s) => s.group.name) },
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
    ...baseSpec(alt, 440, 200),
    data: { values },
    mark: { type: 'bar', color: '#0b5394' },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: null, axis: { labelAngle: 0, labelOverlap: true } },
      y: { field: 'value', type: 'quantitative', title: 'Billions of current dollars' },
    },
  };
  return {
    id: 'trade-south-south-value',
    title: `Exports of developing economies to developing economies, ${m.firstYear}-${m.edition}`,
    source,
    alt,
    spec,
  };
}

/** Values in chart data to 3 decimals: finer than any axis shows, and stable in the spec files. */
function round(v: number | null): number | null {
  return v === null ? null : Math.round(v * 1000) / 1000;
}

/** The combined share of the five largest developing exporters in South-South exports, by year. */
export function concentrationChart(m: Metrics, source: string): ChartDef {
  const points = m.top5.map((p) => ({ year: p.year, value: p.share_pct }));
  const alt = describeLines(
    'the share of the five largest developing exporters in exports of developing economies to developing economies',
    'per cent',
    [{ name: 'Five largest exporters', points }],
  );
  const spec: TopLevelSpec = {
    ...baseSpec(alt, 440, 180),
    data: { values: points.map((p) => ({ year: p.year, share: round(p.value) })) },
    mark: { type: 'line', point: true, color: '#0b5394' },
    encoding: {
      x: yearAxis(m.firstYear, m.edition),
      y: { field: 'share', type: 'quantitative', title: 'Per cent of South-South exports', scale: { domain: [0, 100] } },
    },
  };
  return {
    id: 'trade-concentration',
    title: `Share of the five largest developing exporters in South-South exports, ${m.firstYear}-${m.edition}`,
    source,
    alt,
    spec,
  };
}

/** The ten largest developing exporters to developing economies in the edition year. */
export function topExportersChart(m: Metrics, name: (iso3: string) => string, source: string): ChartDef {
  const values = m.topExporters.map((e) => ({ economy: name(e.exporter), share: round(e.share_pct) }));
  const list = m.topExporters.map((e) => `${name(e.exporter)} ${formatNumber(e.share_pct)}`).join(', ');
  const alt =
    `Bar chart of the ten largest developing exporters to developing economies in ` +
    `${m.edition}, per cent of all such exports: ${list}.`;
  const spec: TopLevelSpec = {
    ...baseSpec(alt, 360, { step: 16 }),
    data: { values },
    mark: { type: 'bar', color: '#0b5394' },
    encoding: {
      y: { field: 'economy', type: 'nominal', title: null, sort: null, axis: { labelLimit: 220 } },
      x: { field: 'share', type: 'quantitative', title: 'Per cent of South-South exports' },
    },
  };
  return { id: 'trade-top-exporters', title: `Ten largest developing exporters to developing economies, ${m.edition}`, source, alt, spec };
}

/** The South-South export share from the two sources: COW every year, UN Comtrade every fourth. */
export function sourcesChart(m: Metrics, source: string): ChartDef | null {
  const south = m.shares.find((s) => s.group.id === 'south');
  const waves = m.comtrade.filter((c) => c.group === 'south' && c.share_pct !== null);
  if (!south || waves.length === 0) return null;
  const cow = south.points.map((p) => ({ year: p.year, value: p.value }));
  const ct = waves.map((w) => ({ year: w.wave, value: w.share_pct }));
  const alt = describeLines(
    'the share of developing economies\u2019 exports that went to developing economies, from two sources',
    'per cent',
    [
      { name: 'Correlates of War (importers\u2019 reports, every year)', points: cow },
      { name: 'UN Comtrade (exporters\u2019 reports, every fourth year)', points: ct },
    ],
  );
  const values = [
    ...cow.map((p) => ({ year: p.year, source: 'Correlates of War, importers\u2019 reports', share: round(p.value) })),
    ...ct.map((p) => ({ year: p.year, source: 'UN Comtrade, exporters\u2019 reports', share: round(p.value) })),
  ];
  const first = Math.min(...ct.map((p) => p.year), m.firstYear);
  // The Comtrade waves may reach past the last year of the Correlates of War data (2016 against 2014).
  const last = Math.max(...ct.map((p) => p.year), m.edition);
  const spec: TopLevelSpec = {
    ...baseSpec(alt, 440, 200),
    data: { values },
    mark: { type: 'line', point: true },
    encoding: {
      x: yearAxis(first, last),
      y: { field: 'share', type: 'quantitative', title: 'Per cent of their exports', scale: { domain: [0, 100] } },
      color: { field: 'source', type: 'nominal', title: null },
    },
  };
  return { id: 'trade-sources', title: `South-South export share from two sources, ${first}-${last}`, source, alt, spec };
}
