/** The finance chapter's two figures: China's commitments by flow class and by region of the recipient, as Vega-Lite specs. */
import type { TopLevelSpec } from 'vega-lite';
import type { FinanceMetrics } from './metrics';
import { FLOW_CLASSES } from './sums';
import { formatNumber } from '../../render/format';
import { baseSpec } from '../../charts/base-spec';
import type { ChartDef } from '../../charts/chart';
import { yearAxis } from '../../charts/theme';
import { describeLines } from '../../charts/describe';

const BILLION = 1e9;
const UNIT = 'billions of constant 2021 United States dollars';

/**
 * China's official finance commitments by year, stacked by flow class, billions of constant 2021
 * dollars. Null when no year of the data set falls within the edition.
 */
export function commitmentsByFlowChart(m: FinanceMetrics, source: string): ChartDef | null {
  if (!m.span) return null;
  const values = m.byYear.flatMap((y) =>
    FLOW_CLASSES.map((f, order) => ({ year: y.year, flow: f.name, order, value: round(y[f.id] / BILLION) })),
  );
  const alt = describeStacked(
    'China\u2019s official finance commitments by flow class',
    UNIT,
    FLOW_CLASSES.map((f) => ({ name: f.name, points: m.byYear.map((y) => ({ year: y.year, value: y[f.id] / BILLION })) })),
    m.byYear.map((y) => ({ year: y.year, value: y.total / BILLION })),
  );
  const spec: TopLevelSpec = {
    ...baseSpec(alt, 440, 220),
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: null, axis: { labelAngle: 0, labelOverlap: true } },
      y: { field: 'value', type: 'quantitative', aggregate: 'sum', stack: 'zero', title: 'Billions of constant 2021 dollars' },
      color: { field: 'flow', type: 'nominal', title: null, sort: FLOW_CLASSES.map((f) => f.name) },
      order: { field: 'order', type: 'quantitative' },
    },
  };
  return {
    id: 'finance-flows',
    title: `China\u2019s official finance commitments by flow class, ${span(m)} (constant 2021 dollars)`,
    source,
    alt,
    spec,
  };
}

/** Commitments to each M49 region by year, billions of constant 2021 dollars. */
export function commitmentsByRegionChart(m: FinanceMetrics, source: string): ChartDef | null {
  if (!m.span) return null;
  const regions = m.groups.filter((g) => g.group.kind === 'region');
  const values = regions.flatMap((g) =>
    g.points.map((p) => ({ year: p.year, region: g.group.name, value: round((p.value ?? 0) / BILLION) })),
  );
  const alt = describeLines(
    'China\u2019s official finance commitments by region of the recipient',
    UNIT,
    regions.map((g) => ({
      name: g.group.name,
      points: g.points.map((p) => ({ year: p.year, value: p.value === null ? null : p.value / BILLION })),
    })),
  );
  const spec: TopLevelSpec = {
    ...baseSpec(alt, 440, 220),
    data: { values },
    mark: { type: 'line', point: true },
    encoding: {
      x: yearAxis(m.span.from, m.span.to),
      y: { field: 'value', type: 'quantitative', title: 'Billions of constant 2021 dollars' },
      color: { field: 'region', type: 'nominal', title: null, sort: regions.map((g) => g.group.name) },
    },
  };
  return {
    id: 'finance-regions',
    title: `China\u2019s official finance commitments by region of the recipient, ${span(m)} (constant 2021 dollars)`,
    source,
    alt,
    spec,
  };
}

/**
 * The text alternative of a stacked bar chart, generated from its data: what is stacked over
 * which years, the total's range and latest value, and each layer's latest value.
 *
 * @example describeStacked('Commitments by flow class', 'billions', layers, totals)
 */
function describeStacked(
  what: string,
  unit: string,
  layers: { name: string; points: { year: number; value: number }[] }[],
  totals: { year: number; value: number }[],
): string {
  const f = (v: number) => formatNumber(v, 1);
  const last = totals[totals.length - 1]!;
  const low = totals.reduce((a, b) => (b.value < a.value ? b : a));
  const high = totals.reduce((a, b) => (b.value > a.value ? b : a));
  const parts = layers.map((l) => `${l.name} ${f(l.points.find((p) => p.year === last.year)?.value ?? 0)}`);
  return (
    `Stacked bar chart of ${what}, ${unit}, ${totals[0]!.year}-${last.year}, ${layers.length} layers. ` +
    `Total: ${f(last.value)} in ${last.year}, lowest ${f(low.value)} (${low.year}), highest ${f(high.value)} (${high.year}). ` +
    `In ${last.year}: ${parts.join('; ')}.`
  );
}

function span(m: FinanceMetrics): string {
  return m.span!.from === m.span!.to ? String(m.span!.from) : `${m.span!.from}-${m.span!.to}`;
}

/** Values in chart data to 3 decimals: finer than any axis shows, and stable in the spec files. */
function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
