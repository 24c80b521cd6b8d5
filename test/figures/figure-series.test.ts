import { describe, expect, it } from 'vitest';
import { figureSeries } from '../../src/figures/figure-series';
import { Ledger } from '../../src/figures/ledger';

const points = [
  { year: 2012, value: 50.25, change: null, pct_change: null, rank: 2 },
  { year: 2013, value: 51, change: 0.75, pct_change: 1.4925, rank: 1 },
];

describe('figureSeries', () => {
  it('registers a share, its change in percentage points and its rank, each with its kind and base', () => {
    const ledger = new Ledger();
    const s = figureSeries(ledger, { indicator: 'x-share', entity: 'g', unit: 'per cent', source: 'src', points });
    expect(s.level(2013)).toMatchObject({
      id: 'x-share:g:2013',
      value: 51,
      text: '51.0',
      unit: 'per cent',
      kind: 'level',
      base: 'x-share',
    });
    expect(s.change(2013)).toMatchObject({
      id: 'x-share-change:g:2013',
      value: 0.75,
      unit: 'percentage points',
      text: '+0.8',
      kind: 'change',
      base: 'x-share',
      derived_from: 'x-share:g:2013;x-share:g:2012',
    });
    expect(s.rank(2013, ['x-share:g:2013', 'x-share:h:2013'])).toMatchObject({
      id: 'x-share-rank:g:2013',
      value: 1,
      text: '1',
      kind: 'rank',
    });
    expect(ledger.derived(s.level(2013), 'change')?.id).toBe('x-share-change:g:2013');
  });

  it('gives no change for the first year, and a year without a point as not available', () => {
    const ledger = new Ledger();
    const s = figureSeries(ledger, { indicator: 'x-share', entity: 'g', unit: 'per cent', source: 'src', points });
    expect(s.change(2012)).toBeNull();
    expect(s.pctChange(2012)).toBeNull();
    expect(s.level(2011)).toMatchObject({ value: null, text: '..' });
  });

  it('registers an amount with its per cent change and growth over a window', () => {
    const ledger = new Ledger();
    const s = figureSeries(ledger, { indicator: 'x', entity: 'g', unit: 'millions', source: 'src', points, text: (v) => `$${v}` });
    expect(s.level(2012).text).toBe('$50.25');
    expect(s.pctChange(2013)).toMatchObject({ id: 'x-change-pct:g:2013', unit: 'per cent', text: '+1.5', kind: 'pct-change' });
    expect(s.growth(2012, 2013, 1.49)).toMatchObject({
      id: 'x-growth:g:2012-2013',
      unit: 'per cent a year',
      derived_from: 'x:g:2012;x:g:2013',
      kind: 'growth',
    });
  });
});
