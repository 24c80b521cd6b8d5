import { formatNumber } from '../render/format';

/** A series as a chart's text alternative describes it. */
export interface DescribedSeries {
  name: string;
  points: { year: number; value: number | null }[];
}

/**
 * The text alternative of a line chart, generated from its data so that it cannot disagree with
 * the picture: what is plotted over which years, and for each series its range and latest value.
 *
 * @example describeLines('Intraregional export shares', 'per cent', [...])
 */
export function describeLines(what: string, unit: string, series: DescribedSeries[], decimals = 1): string {
  const years = series.flatMap((s) => s.points.filter((p) => p.value !== null).map((p) => p.year));
  const from = Math.min(...years);
  const to = Math.max(...years);
  const parts = series.map((s) => {
    const valid = s.points.filter((p): p is { year: number; value: number } => p.value !== null);
    if (valid.length === 0) return `${s.name}: no data`;
    const low = valid.reduce((a, b) => (b.value < a.value ? b : a));
    const high = valid.reduce((a, b) => (b.value > a.value ? b : a));
    const last = valid[valid.length - 1]!;
    const f = (v: number) => formatNumber(v, decimals);
    return `${s.name}: ${f(last.value)} in ${last.year}, lowest ${f(low.value)} (${low.year}), highest ${f(high.value)} (${high.year})`;
  });
  return `Line chart of ${what}, ${unit}, ${from}-${to}, ${series.length} series. ${parts.join('; ')}.`;
}
