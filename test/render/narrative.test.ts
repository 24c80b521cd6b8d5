import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/figures/ledger';
import { movement, recordClause, shareSentence, type Sentence } from '../../src/render/narrative';

type SeriesYear = Parameters<typeof recordClause>[0][number];

/** A series point; the change is worked out by the caller. */
const p = (year: number, value: number | null, change: number | null = null): SeriesYear => ({
  year,
  value,
  change,
  pct_change: null,
  rank: null,
});
/** Points for consecutive years from `first`, without changes (recordClause reads only values). */
const run = (first: number, values: (number | null)[]) => values.map((v, i) => p(first + i, v));

const fig = (id: string, value: number | null, text: string): Figure => ({
  id,
  indicator: id.split(':')[0]!,
  entity: id.split(':')[1]!,
  period: id.split(':')[2]!,
  chapter: 'test',
  value,
  unit: 'per cent',
  source: 'cow-trade-4.0',
  derived_from: '',
  estimate: false,
  text,
  kind: 'level',
  base: id.split(':')[0]!,
});
/** A sentence as the reader sees it, figures by their printed text. */
const read = (s: Sentence) => s.map((x) => (typeof x === 'string' ? x : x.text)).join('');
const T = { unchangedPoints: 0.1, unchangedPercent: 1 };

describe('movement', () => {
  it('is broadly unchanged when the change as printed (one decimal) is below the threshold, either way', () => {
    expect(movement(0, 0.1)).toBe('was broadly unchanged');
    expect(movement(0.049, 0.1)).toBe('was broadly unchanged');
    expect(movement(-0.049, 0.1)).toBe('was broadly unchanged');
  });
  it('follows the table: a change printed +0.1 rose, even if it is 0.06 unrounded', () => {
    expect(movement(0.06, 0.1)).toBe('rose');
    expect(movement(-0.05, 0.1)).toBe('fell');
    expect(movement(-0.96, 1)).toBe('fell'); // printed -1.0
    expect(movement(-0.94, 1)).toBe('was broadly unchanged'); // printed -0.9
  });
  it('rises or falls from the threshold on', () => {
    // |0.1| is not below 0.1
    expect(movement(0.1, 0.1)).toBe('rose');
    expect(movement(-0.1, 0.1)).toBe('fell');
    expect(movement(5, 1)).toBe('rose');
    expect(movement(-0.5, 1)).toBe('was broadly unchanged');
  });
});

describe('recordClause', () => {
  it('names the last year that was at least as high', () => {
    // 2000 is 44; going back: 1999 35, 1998 30, 1997 45 >= 44 -> since 1997 (3 years back)
    expect(recordClause(run(1995, [50, 40, 45, 30, 35, 44]), 2000)).toBe('the highest since 1997');
  });

  it('takes an equal value as the rival', () => {
    // 1997 is 44, equal to 2000's
    expect(recordClause(run(1995, [50, 40, 44, 30, 35, 44]), 2000)).toBe('the highest since 1997');
  });

  it('says "since" the first year covered when no earlier year is as high', () => {
    // 1993 20 beats 10, 12, 11; first year 1990, 3 years back
    expect(recordClause(run(1990, [10, 12, 11, 20]), 1993)).toBe('the highest since 1990');
  });

  it('finds lows the same way', () => {
    // 1994 35: highest rival 1993 (42), 1 year back -> nothing; lowest rival: last year <= 35 is 1990
    expect(recordClause(run(1990, [30, 40, 45, 42, 35]), 1994)).toBe('the lowest since 1990');
    // 1995 38: nothing earlier as low, first year 1990
    expect(recordClause(run(1990, [50, 40, 45, 42, 43, 38]), 1995)).toBe('the lowest since 1990');
  });

  it('claims nothing when the rival is less than 3 years back', () => {
    // 2000 40: highest rival 1998 (41), 2 years; lowest rival 1999 (39), 1 year
    expect(recordClause(run(1995, [10, 20, 30, 41, 39, 40]), 2000)).toBeNull();
  });

  it('is null for fewer than three years with a value', () => {
    expect(recordClause([p(1990, 10), p(1995, 20)], 1995)).toBeNull();
    // three points, one of them null: still two years
    expect(recordClause([p(1990, 10), p(1991, null), p(1992, 20)], 1992)).toBeNull();
  });

  it('is null when the year itself has no value', () => {
    expect(recordClause(run(1990, [10, 12, 11, null]), 1993)).toBeNull();
  });

  it('ignores the years after the one asked about', () => {
    // as of 1993, 1994's 99 does not exist yet
    expect(recordClause(run(1990, [10, 12, 11, 20, 99]), 1993)).toBe('the highest since 1990');
  });

  it('claims nothing across a year without data', () => {
    // 1992 missing: it could have been higher than 1994's 20
    expect(recordClause([p(1990, 10), p(1991, 12), p(1992, null), p(1993, 11), p(1994, 20)], 1994)).toBeNull();
  });
});

describe('shareSentence', () => {
  const subject = 'the intraregional share of Africa';
  const level = fig('share:africa:2014', 39.7, '39.7');

  it('says the share rose, by the change without its sign', () => {
    // 39.3 -> 39.7: +0.4 points, above the 0.1 threshold; two years only, so no record clause
    const change = fig('change:africa:2014', 0.4, '+0.4');
    const s = shareSentence(subject, 2014, [p(2013, 39.3), p(2014, 39.7, 0.4)], level, change, T);
    expect(read(s)).toBe('The intraregional share of Africa rose by 0.4 percentage points to 39.7 per cent in 2014.');
    // the figures are the ledger's, still carrying their ids
    expect(s.filter((x) => typeof x !== 'string').map((f) => (f as Figure).id)).toEqual(['change:africa:2014', 'share:africa:2014']);
  });

  it('says the share fell', () => {
    // 40.2 -> 39.7: -0.5 points
    const change = fig('change:africa:2014', -0.5, '-0.5');
    const s = shareSentence(subject, 2014, [p(2013, 40.2), p(2014, 39.7, -0.5)], level, change, T);
    expect(read(s)).toBe('The intraregional share of Africa fell by 0.5 percentage points to 39.7 per cent in 2014.');
  });

  it('says it rose when the table prints +0.1, though the change unrounded is 0.05', () => {
    const change = fig('change:africa:2014', 0.05, '+0.1');
    const s = shareSentence(subject, 2014, [p(2013, 39.65), p(2014, 39.7, 0.05)], level, change, T);
    expect(read(s)).toBe('The intraregional share of Africa rose by 0.1 percentage points to 39.7 per cent in 2014.');
  });

  it('says broadly unchanged below the threshold', () => {
    // 39.66 -> 39.7: +0.04 points, printed 0.0 in the tables, below 0.1
    const change = fig('change:africa:2014', 0.04, '0.0');
    const s = shareSentence(subject, 2014, [p(2013, 39.66), p(2014, 39.7, 0.04)], level, change, T);
    expect(read(s)).toBe('The intraregional share of Africa was broadly unchanged at 39.7 per cent in 2014.');
  });

  it('claims no change when the previous year is missing', () => {
    // 2013 absent, so the change is null
    const s = shareSentence(subject, 2014, [p(2012, 30), p(2014, 39.7)], level, null, T);
    expect(read(s)).toBe(
      'The intraregional share of Africa was 39.7 per cent in 2014; no figure is available for 2013 to compare it with.',
    );
    expect(read(s)).not.toMatch(/rose|fell|unchanged/);
  });

  it('adds the record clause', () => {
    // 2014 39.7: 2013 39.3, 2012 38, 2011 36, 2010 40 >= 39.7 -> the highest since 2010
    const change = fig('change:africa:2014', 0.4, '+0.4');
    const points = [p(2010, 40), p(2011, 36), p(2012, 38), p(2013, 39.3), p(2014, 39.7, 0.4)];
    expect(read(shareSentence(subject, 2014, points, level, change, T))).toBe(
      'The intraregional share of Africa rose by 0.4 percentage points to 39.7 per cent in 2014, the highest since 2010.',
    );
  });

  it('says when there are no data for the year', () => {
    const s = shareSentence(subject, 2014, [p(2013, 39.3), p(2014, null)], level, null, T);
    expect(read(s)).toBe('No data are available for the intraregional share of Africa in 2014.');
  });
});
