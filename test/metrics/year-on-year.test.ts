import { describe, expect, it } from 'vitest';
import { yearOnYear, yearOnYearBySeries, type Point } from '../../src/metrics/year-on-year';

const pt = (series: string, year: number, value: number | null): Point => ({ series, year, value });

describe('yearOnYear', () => {
  it('gives no change across a missing year, never a two-year change', () => {
    // 2000 10 -> 2001 12: change 2, 2 / 10 = 20 %; 2002 missing, so 2003 has no change (not 15 - 12)
    expect(yearOnYear([pt('a', 2000, 10), pt('a', 2001, 12), pt('a', 2003, 15)])).toEqual([
      { series: 'a', year: 2000, value: 10, change: null, pct_change: null },
      { series: 'a', year: 2001, value: 12, change: 2, pct_change: 20 },
      { series: 'a', year: 2003, value: 15, change: null, pct_change: null },
    ]);
  });

  it('gives no change to or from a null value', () => {
    // 2001 is null: no change for 2001 (from 10) nor for 2002 (to 14); 2003: 21 - 14 = 7, 7 / 14 = 50 %
    expect(yearOnYear([pt('a', 2000, 10), pt('a', 2001, null), pt('a', 2002, 14), pt('a', 2003, 21)])).toEqual([
      { series: 'a', year: 2000, value: 10, change: null, pct_change: null },
      { series: 'a', year: 2001, value: null, change: null, pct_change: null },
      { series: 'a', year: 2002, value: 14, change: null, pct_change: null },
      { series: 'a', year: 2003, value: 21, change: 7, pct_change: 50 },
    ]);
  });

  it('keeps series apart and sorts each by year, whatever the input order', () => {
    // a: 10 -> 11, change 1, 10 %; b: 50 -> 40, change -10, -20 %. b's 2000 is not a's previous year.
    const out = yearOnYear([pt('b', 2001, 40), pt('a', 2001, 11), pt('b', 2000, 50), pt('a', 2000, 10)]);
    expect(out).toEqual([
      { series: 'a', year: 2000, value: 10, change: null, pct_change: null },
      { series: 'a', year: 2001, value: 11, change: 1, pct_change: 10 },
      { series: 'b', year: 2000, value: 50, change: null, pct_change: null },
      { series: 'b', year: 2001, value: 40, change: -10, pct_change: -20 },
    ]);
  });

  it('does not take the last year of one series as the previous year of the next', () => {
    // a ends in 2000, b starts in 2001: b's 2001 has no previous year
    const out = yearOnYear([pt('a', 2000, 10), pt('b', 2001, 30)]);
    expect(out.find((p) => p.series === 'b')).toEqual({ series: 'b', year: 2001, value: 30, change: null, pct_change: null });
  });

  it('gives a change but no per cent change from a previous value of 0', () => {
    // 0 -> 5: change 5; 5 / 0 is undefined
    expect(yearOnYear([pt('a', 2000, 0), pt('a', 2001, 5)])[1]).toEqual({ series: 'a', year: 2001, value: 5, change: 5, pct_change: null });
  });

  it('gives a change of 0 and 0 % for an unchanged value', () => {
    expect(yearOnYear([pt('a', 2000, 8), pt('a', 2001, 8)])[1]).toEqual({ series: 'a', year: 2001, value: 8, change: 0, pct_change: 0 });
  });

  it('returns nothing for no points', () => {
    expect(yearOnYear([])).toEqual([]);
  });
});

describe('yearOnYearBySeries', () => {
  it('gives each series what yearOnYear gives it alone', () => {
    const a = [pt('a', 2001, 11), pt('a', 2000, 10)];
    const b = [pt('b', 2000, 50), pt('b', 2001, null)];
    const out = yearOnYearBySeries([...b, ...a]);
    expect([...out.keys()].sort()).toEqual(['a', 'b']);
    expect(out.get('a')).toEqual(yearOnYear(a));
    expect(out.get('b')).toEqual(yearOnYear(b));
  });
});
