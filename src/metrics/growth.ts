/**
 * Compound annual growth rate, per cent a year, from `first` in `fromYear` to `last` in `toYear`.
 * Null when a value is missing or not positive, or the years do not span at least one year.
 *
 * @example cagr(100, 121, 2000, 2002) // 10
 */
export function cagr(first: number | null, last: number | null, fromYear: number, toYear: number): number | null {
  const years = toYear - fromYear;
  if (first == null || last == null || first <= 0 || last <= 0 || years < 1) return null;
  return ((last / first) ** (1 / years) - 1) * 100;
}
