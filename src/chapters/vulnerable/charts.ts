/** The chapter's charts as Vega-Lite specs: exports to the South, shares of South-South exports, growth. */
import type { TopLevelSpec } from 'vega-lite';
import type { GroupTrade, VulnerableMetrics } from './metrics';
import { formatNumber } from '../../render/format';
import { baseSpec } from '../../charts/base-spec';
import type { ChartDef } from '../../charts/chart';
import { yearAxis } from '../../charts/theme';
import { describeLines } from '../../charts/describe';

/** Chart ids, also the keys the chapter's model looks the rendered charts up by. */
export const VULNERABLE_CHARTS = {
  toSouth: 'vulnerable-exports-to-south',
  southSouth: 'vulnerable-south-south-share',
  growth: 'vulnerable-growth',
} as const;

/** A series as the charts label it. */
export interface Labelled {
  name: string;
  trade: GroupTrade;
}

/**
 * The share of each group's exports that went to developing economies, by year, with the other
 * developing economies for comparison. Null when no group has trade data up to the edition.
 */
export function exportsToSouthChart(m: VulnerableMetrics, series: Labelled[], source: string): ChartDef | null {
  return shareLines(m, series, (t) => t.toSouth, {
    id: VULNERABLE_CHARTS.toSouth,
    what: 'the share of exports that went to developing economies',
    unit: 'per cent of the group\u2019s exports',
    axis: 'Per cent of the group\u2019s exports',
    title: 'Share of exports that went to developing economies',
    domain: [0, 100],
    source,
  });
}

/** Each group's exports to developing economies as a share of all South-South exports, by year. */
export function southSouthShareChart(m: VulnerableMetrics, series: Labelled[], source: string): ChartDef | null {
  return shareLines(m, series, (t) => t.southSouth, {
    id: VULNERABLE_CHARTS.southSouth,
    what: 'each group\u2019s share of the exports of developing economies to developing economies',
    unit: 'per cent',
    axis: 'Per cent of South-South exports',
    title: 'Share of the exports of developing economies to developing economies',
    domain: null,
    source,
  });
}

/** Compound annual growth of GDP and GDP per capita over the window, one pair of bars per group. */
export function growthChart(m: VulnerableMetrics, names: ReadonlyMap<string, string>, source: string): ChartDef | null {
  const values = m.growth.flatMap((g) => [
    { group: names.get(g.id)!, measure: 'GDP', growth: round(g.gdpGrowth) },
    { group: names.get(g.id)!, measure: 'GDP per capita', growth: round(g.perCapitaGrowth) },
  ]);
  if (values.every((v) => v.growth === null)) return null;
  const period = `${m.window.from}-${m.window.to}`;
  const f = (v: number | null) => (v === null ? 'not available' : formatNumber(v));
  const described = m.growth.map((g) => `${names.get(g.id)}: GDP ${f(g.gdpGrowth)}, GDP per capita ${f(g.perCapitaGrowth)}`);
  const alt =
    'Bar chart of compound annual growth of GDP and GDP per capita, current dollars, per cent a year, ' +
    `${period}, ${m.growth.length} groups. ${described.join('; ')}.`;
  const spec: TopLevelSpec = {
    ...baseSpec(alt, 440, 220),
    data: { values: values.filter((v) => v.growth !== null) },
    mark: { type: 'bar' },
    encoding: {
      x: {
        field: 'group',
        type: 'nominal',
        title: null,
        sort: m.growth.map((g) => names.get(g.id)!),
        axis: { labelAngle: 0, labelLimit: 200 },
      },
      xOffset: { field: 'measure', type: 'nominal', sort: ['GDP', 'GDP per capita'] },
      y: { field: 'growth', type: 'quantitative', title: 'Per cent a year' },
      color: { field: 'measure', type: 'nominal', title: null, sort: ['GDP', 'GDP per capita'] },
    },
  };
  return { id: VULNERABLE_CHARTS.growth, title: `Growth of GDP and GDP per capita, current dollars, ${period}`, source, alt, spec };
}

function shareLines(
  m: VulnerableMetrics,
  series: Labelled[],
  points: (t: GroupTrade) => { year: number; value: number | null }[],
  o: { id: string; what: string; unit: string; axis: string; title: string; domain: [number, number] | null; source: string },
): ChartDef | null {
  if (m.firstYear === null || series.every((s) => points(s.trade).every((p) => p.value === null))) return null;
  const values = series.flatMap((s) => points(s.trade).map((p) => ({ year: p.year, group: s.name, share: round(p.value) })));
  const alt = describeLines(
    o.what,
    o.unit,
    series.map((s) => ({ name: s.name, points: points(s.trade) })),
  );
  const spec: TopLevelSpec = {
    ...baseSpec(alt, 440, 230),
    data: { values },
    mark: { type: 'line', point: true },
    encoding: {
      x: yearAxis(m.firstYear, m.edition),
      y: { field: 'share', type: 'quantitative', title: o.axis, scale: o.domain ? { domain: o.domain } : { zero: true } },
      color: { field: 'group', type: 'nominal', title: null, sort: series.map((s) => s.name) },
    },
  };
  return { id: o.id, title: `${o.title}, ${m.firstYear}-${m.edition}`, source: o.source, alt, spec };
}

/** Values in chart data to 3 decimals: finer than any axis shows, and stable in the spec files. */
function round(v: number | null): number | null {
  return v === null ? null : Math.round(v * 1000) / 1000;
}
