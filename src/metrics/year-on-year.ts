import * as aq from 'arquero';

/** A value of one series in one year; null means not available. */
export interface Point {
  series: string;
  year: number;
  value: number | null;
}

/** A point with its change on the previous calendar year. */
export interface YearOnYear extends Point {
  /** value − previous year's value (percentage points for shares); null if either is missing. */
  change: number | null;
  /** change ÷ previous value × 100 (per cent, for amounts); null if either is missing or zero. */
  pct_change: number | null;
}

/**
 * Year-on-year change of each series. Arquero's `op.lag` looks at the previous *row*, so the
 * previous row's year is checked: after a gap the change is null, never a two-year change
 * presented as one year's.
 *
 * @example yearOnYear([{series:'a',year:2000,value:10},{series:'a',year:2002,value:12}])
 *   // both changes null: 2001 is missing
 */
export function yearOnYear(points: readonly Point[]): YearOnYear[] {
  if (points.length === 0) return [];
  return aq
    .from(points)
    .groupby('series')
    .orderby('year')
    .derive({ prev_year: aq.op.lag('year'), prev: aq.op.lag('value') })
    .derive({
      change: (d: any) => (d.prev_year === d.year - 1 && d.value != null && d.prev != null ? d.value - d.prev : null),
    })
    .derive({ pct_change: (d: any) => (d.change != null && d.prev !== 0 ? (100 * d.change) / d.prev : null) })
    .ungroup()
    .orderby('series', 'year')
    .select('series', 'year', 'value', 'change', 'pct_change')
    .objects() as YearOnYear[];
}

/**
 * `yearOnYear` of many series in one pipeline, by series. Arquero compiles the expressions of
 * every call, a millisecond whatever the size: a chapter's series are better computed together.
 *
 * @example yearOnYearBySeries(points).get('a') // series a, by year, with its changes
 */
export function yearOnYearBySeries(points: readonly Point[]): Map<string, YearOnYear[]> {
  const out = new Map<string, YearOnYear[]>();
  for (const p of yearOnYear(points)) {
    const own = out.get(p.series);
    if (own) own.push(p);
    else out.set(p.series, [p]);
  }
  return out;
}
