import * as aq from 'arquero';
import type { Point } from './year-on-year';

/** A point with its rank among the series of the same year (1 = highest value). */
export interface Ranked extends Point {
  rank: number | null;
}

/**
 * Ranks the series within each year, highest value first; equal values share a rank and the
 * next rank is skipped (1, 2, 2, 4). Missing values get no rank.
 */
export function rankByYear(points: readonly Point[]): Ranked[] {
  if (points.length === 0) return [];
  const valid = points.filter((p) => p.value != null);
  const ranked = valid.length
    ? (aq.from(valid).groupby('year').orderby(aq.desc('value')).derive({ rank: aq.op.rank() }).ungroup().objects() as Ranked[])
    : [];
  const byKey = new Map(ranked.map((r) => [`${r.series}\u0001${r.year}`, r.rank]));
  return points.map((p) => ({ ...p, rank: byKey.get(`${p.series}\u0001${p.year}`) ?? null }));
}
