import { describe, expect, it } from 'vitest';
import { rankByYear } from '../../src/metrics/rank';
import type { Point } from '../../src/metrics/year-on-year';

const pt = (series: string, year: number, value: number | null): Point => ({ series, year, value });

describe('rankByYear', () => {
  it('ranks the highest value first; ties share a rank and skip the next; null gets null', () => {
    // 2000: b 50 and c 50 tie for 1, a 30 is 3 (2 skipped), d 10 is 4, e has no value
    const points = [pt('a', 2000, 30), pt('b', 2000, 50), pt('c', 2000, 50), pt('d', 2000, 10), pt('e', 2000, null)];
    expect(rankByYear(points).map((r) => [r.series, r.rank])).toEqual([
      ['a', 3],
      ['b', 1],
      ['c', 1],
      ['d', 4],
      ['e', null],
    ]);
  });

  it('ranks each year on its own and keeps the input order and fields', () => {
    // 2000: a 5 < b 6 -> b 1, a 2; 2001: a 9 > b 1 -> a 1, b 2
    const points = [pt('a', 2000, 5), pt('a', 2001, 9), pt('b', 2000, 6), pt('b', 2001, 1)];
    expect(rankByYear(points)).toEqual([
      { series: 'a', year: 2000, value: 5, rank: 2 },
      { series: 'a', year: 2001, value: 9, rank: 1 },
      { series: 'b', year: 2000, value: 6, rank: 1 },
      { series: 'b', year: 2001, value: 1, rank: 2 },
    ]);
  });

  it('does not count a missing value against the others', () => {
    // 2000: a null, b 2, c 3 -> c 1, b 2 (not 3)
    expect(rankByYear([pt('a', 2000, null), pt('b', 2000, 2), pt('c', 2000, 3)]).map((r) => r.rank)).toEqual([null, 2, 1]);
  });

  it('ranks negative values and zero below positive ones', () => {
    // 0.5 > 0 > -1.5
    expect(rankByYear([pt('a', 2000, -1.5), pt('b', 2000, 0), pt('c', 2000, 0.5)]).map((r) => r.rank)).toEqual([3, 2, 1]);
  });

  it('gives every point null when no value is known, and nothing for no points', () => {
    expect(rankByYear([pt('a', 2000, null), pt('b', 2000, null)]).map((r) => r.rank)).toEqual([null, null]);
    expect(rankByYear([])).toEqual([]);
  });
});
