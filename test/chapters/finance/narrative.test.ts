import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/figures/ledger';

import { commitmentSentence, partsList } from '../../../src/chapters/finance/narrative';
import type { SeriesYear } from '../../../src/metrics/series';
import { markNumbers, parseWritten } from '../../../src/render/mark-numbers';

const fig = (id: string, value: number | null, text: string): Figure => ({
  id,
  indicator: id,
  entity: 'e',
  period: 'p',
  value,
  unit: 'u',
  source: 's',
  derived_from: '',
  estimate: false,
  chapter: 'finance',
  text,
  kind: 'level',
  base: id,
});
const pt = (year: number, value: number, pct_change: number | null): SeriesYear => ({ year, value, change: null, pct_change, rank: null });
const T = { unchangedPoints: 0.1, unchangedPercent: 1 };

describe('commitmentSentence', () => {
  it('adds the record clause to the amount sentence', () => {
    // 2003 = 40 is the highest since 2000, the first year: 10, 20, 30, 40
    const points = [pt(2000, 10, null), pt(2001, 20, 100), pt(2002, 30, 50), pt(2003, 40, 100 / 3)];
    const s = commitmentSentence('commitments', 2003, points, fig('l', 40, '$40'), fig('c', 100 / 3, '+33.3'), T);
    expect(s.map((p) => (typeof p === 'string' ? p : p.text)).join('')).toBe(
      'Commitments rose by 33.3 per cent to $40 in 2003, the highest since 2000.',
    );
  });
});

describe('partsList', () => {
  it('lists parts largest first, leaving out parts with no value', () => {
    const s = partsList(
      [
        { name: 'Asia', share: fig('a', 30, '30.0') },
        { name: 'Africa', share: fig('b', 60, '60.0') },
        { name: 'Europe', share: fig('c', 10, '10.0') },
        { name: 'none', share: fig('d', null, '..') },
      ],
      'went to',
      'to',
    );
    expect(s.map((p) => (typeof p === 'string' ? p : p.text)).join('')).toBe(
      '60.0 per cent went to Africa, 30.0 per cent to Asia and 10.0 per cent to Europe',
    );
  });
});

describe('parseWritten', () => {
  it('reads amounts as documents write them', () => {
    expect(parseWritten('US$1 billion')).toBe(1e9);
    expect(parseWritten('$14.8 million')).toBe(14.8e6);
    expect(parseWritten('7,000')).toBe(7000);
  });
});

describe('markNumbers', () => {
  const other = (value: number) => fig(`other-${value}`, value, String(value));
  const texts = (s: ReturnType<typeof markNumbers>) => s.map((p) => (typeof p === 'string' ? p : `[${p.id}:${p.text}]`)).join('');

  it('marks the row\u2019s own figure as the text writes it, and gives other numbers their own figures', () => {
    const own = fig('pledge', 150e6, '$150 million');
    expect(texts(markNumbers('total contribution of $41.8 million towards a $150 million multi-year pledge', [own], other))).toBe(
      'total contribution of [other-41800000:$41.8 million] towards a [pledge:$150 million] multi-year pledge',
    );
  });

  it('leaves years, names and symbols alone', () => {
    expect(texts(markNumbers('Group of 77 and G-77, resolution 38/201, in 1996, in the biennium 1999-2000', [], other))).toBe(
      'Group of 77 and G-77, resolution 38/201, in 1996, in the biennium 1999-2000',
    );
  });

  it('finds an own figure glued to a word by its text', () => {
    expect(texts(markNumbers('to fund 361collaborative projects', [fig('n', 361, '361')], other))).toBe(
      'to fund [n:361]collaborative projects',
    );
  });

  it('marks counts with thousands separators and per cent figures', () => {
    expect(
      texts(
        markNumbers(
          'committed 80 per cent; some 7,000 nationals from 133 countries',
          [fig('s', 80, '80'), fig('t', 7000, 'about 7,000')],
          other,
        ),
      ),
    ).toBe('committed [s:80] per cent; some [t:7,000] nationals from [other-133:133] countries');
  });
});
