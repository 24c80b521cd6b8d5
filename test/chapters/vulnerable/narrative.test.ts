import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/figures/ledger';
import type { Sentence } from '../../../src/render/narrative';
import { comparison, growthSentence, listNames, shareComparison } from '../../../src/chapters/vulnerable/narrative';

const fig = (id: string, value: number | null, text: string): Figure => ({
  id,
  indicator: id.split(':')[0]!,
  entity: id.split(':')[1]!,
  period: id.split(':')[2]!,
  value,
  unit: 'per cent a year',
  source: 'wdi-gdp-2026',
  derived_from: '',
  estimate: false,
  text,
  chapter: 'test',
  kind: 'level',
  base: id.split(':')[0]!,
});
const read = (s: Sentence) => s.map((x) => (typeof x === 'string' ? x : x.text)).join('');
const T = { unchangedPoints: 0.1, unchangedPercent: 1 };
const OTHER = 'the other developing economies';

describe('comparison', () => {
  it('is "about the same" when the figures as printed differ by less than the threshold', () => {
    expect(comparison(5.04, 5, 0.1, ['higher than', 'lower than'])).toBe('about the same as');
    expect(comparison(4.96, 5, 0.1, ['higher than', 'lower than'])).toBe('about the same as');
    // printed 5.1 against 5.0: the reader sees a difference of 0.1, so the text must too
    expect(comparison(5.05, 5, 0.1, ['higher than', 'lower than'])).toBe('higher than');
    expect(comparison(5.2, 5, 0.1, ['higher than', 'lower than'])).toBe('higher than');
    expect(comparison(4.8, 5, 0.1, ['higher than', 'lower than'])).toBe('lower than');
  });
});

describe('shareComparison', () => {
  it('compares the share with the other group\u2019s, by rule', () => {
    const s = shareComparison(fig('a:ldc:2014', 64, '64.0'), fig('a:other-developing:2014', 54.5, '54.5'), OTHER, T);
    expect(read(s)).toBe('This share is higher than that of the other developing economies, 54.5 per cent.');
  });
  it('says nothing when a share is missing', () => {
    expect(shareComparison(fig('a:ldc:2014', null, '..'), fig('a:other-developing:2014', 54.5, '54.5'), OTHER, T)).toEqual([]);
  });
});

describe('growthSentence', () => {
  const g = (v: number | null, text: string) => fig('gdp-growth:ldc:2004-2014', v, text);
  const o = (v: number | null, text: string) => fig('gdp-growth:other-developing:2004-2014', v, text);

  it('compares two rates of growth', () => {
    expect(read(growthSentence('the GDP of the LDCs', '2004-2014', g(12.2, '12.2'), o(12.6, '12.6'), OTHER, T))).toBe(
      'Over 2004-2014 the GDP of the LDCs grew at a compound rate of 12.2 per cent a year, more slowly than that of the other developing economies (12.6 per cent a year).',
    );
    expect(read(growthSentence('their GDP per capita', '2004-2014', g(12.65, '12.7'), o(12.6, '12.6'), OTHER, T, false))).toBe(
      'Their GDP per capita grew at a compound rate of 12.7 per cent a year, faster than that of the other developing economies (12.6 per cent a year).',
    );
  });

  it('never calls a decline slower growth', () => {
    expect(read(growthSentence('their GDP per capita', '1985-1995', g(-1, '-1.0'), o(5.5, '5.5'), OTHER, T, false))).toBe(
      'Their GDP per capita shrank at a compound rate of 1.0 per cent a year, while that of the other developing economies grew at 5.5 per cent a year.',
    );
    expect(read(growthSentence('their GDP', '1985-1995', g(2, '2.0'), o(-0.5, '-0.5'), OTHER, T, false))).toBe(
      'Their GDP grew at a compound rate of 2.0 per cent a year, while that of the other developing economies shrank at 0.5 per cent a year.',
    );
    // both shrinking: -3 is a faster decline than -1
    expect(read(growthSentence('their GDP', '1985-1995', g(-3, '-3.0'), o(-1, '-1.0'), OTHER, T, false))).toBe(
      'Their GDP shrank at a compound rate of 3.0 per cent a year, faster than that of the other developing economies (which shrank at 1.0 per cent a year).',
    );
  });

  it('says when a rate cannot be computed or compared', () => {
    expect(read(growthSentence('the GDP of the SIDS', '2004-2014', g(null, '..'), o(5, '5.0'), OTHER, T))).toBe(
      'No growth rate can be computed for the GDP of the SIDS over 2004-2014.',
    );
    expect(read(growthSentence('the GDP of the SIDS', '2004-2014', g(5, '5.0'), null, OTHER, T))).toBe(
      'Over 2004-2014 the GDP of the SIDS grew at a compound rate of 5.0 per cent a year; no rate is available for the other developing economies to compare it with.',
    );
  });

  it('keeps the figures, with their ids, in the sentence', () => {
    const s = growthSentence('the GDP of the LDCs', '2004-2014', g(-1, '-1.0'), o(2, '2.0'), OTHER, T);
    const ids = s.filter((x): x is Figure => typeof x !== 'string').map((f) => f.id);
    expect(ids).toEqual(['gdp-growth:ldc:2004-2014', 'gdp-growth:other-developing:2004-2014']);
  });
});

describe('listNames', () => {
  it('joins names with commas and a final "and"', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['Mali'])).toBe('Mali');
    expect(listNames(['Benin', 'Mali', 'Niger'])).toBe('Benin, Mali and Niger');
  });
});
