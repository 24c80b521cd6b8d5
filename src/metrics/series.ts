/** Types and ids shared by every chapter that reports a yearly series. */

/** The id of the group that stands for all developing economies (South-South trade). */
export const SOUTH = 'south';

/** One year of a series with everything the report prints about it. */
export interface SeriesYear {
  year: number;
  value: number | null;
  /** Change on the previous calendar year: percentage points for shares, the amount's unit otherwise. */
  change: number | null;
  /** Per cent change on the previous year (amounts only). */
  pct_change: number | null;
  /** Rank among the regional groups that year (shares of regional groups only). */
  rank: number | null;
}
