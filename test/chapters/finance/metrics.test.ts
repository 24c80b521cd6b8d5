import { describe, expect, it } from 'vitest';
import { financeMetrics, pctOf } from '../../../src/chapters/finance/metrics';
import { commitmentsByYear, recipientGroups } from '../../../src/chapters/finance/sums';
import type { ChinaCommitment, Country, Data, FundFact, G77Decision } from '../../../src/validate/validate-data';

const row = (iso3: string, year: number, oda: number, oof: number, vague: number): ChinaCommitment => ({
  iso3,
  year,
  oda_usd2021: oda,
  oof_usd2021: oof,
  vague_usd2021: vague,
  source: ['gcdf'],
});
const country = (
  iso3: string,
  region: string | null,
  ldc = false,
  lldc = false,
  sids = false,
  development: 'developing' | 'developed' = 'developing',
): Country => ({
  iso3,
  name: iso3,
  m49: null,
  region,
  subregion: null,
  intermediate_region: null,
  development,
  ldc,
  lldc,
  sids,
  g77: true,
  source: ['m49'],
  note: null,
});

// AGO (Africa, LDC) and BRA (Americas); nothing recorded anywhere in 2001.
const ROWS = [row('AGO', 2000, 10, 0, 5), row('BRA', 2000, 0, 20, 0), row('AGO', 2002, 1, 2, 0), row('BRA', 2003, 0, 4, 0)];
const COUNTRIES = [
  country('AGO', 'Africa', true),
  country('BRA', 'Americas'),
  country('FJI', 'Oceania', false, false, true),
  country('XKX', null),
];

describe('commitmentsByYear', () => {
  it('sums each flow class by year, every year present; a year with no project is nil', () => {
    // 2000: oda 10 + 0, oof 0 + 20, vague 5 + 0 = 35; 2001: no rows, 0; 2002: 1 + 2 = 3
    expect(commitmentsByYear(ROWS, 2000, 2002)).toEqual([
      { year: 2000, oda: 10, oof: 20, vague: 5, total: 35 },
      { year: 2001, oda: 0, oof: 0, vague: 0, total: 0 },
      { year: 2002, oda: 1, oof: 2, vague: 0, total: 3 },
    ]);
  });

  it('keeps only the given recipients and the years asked for', () => {
    // AGO only: 2000 = 10 + 5 = 15; 2003 (BRA) is outside the years
    expect(commitmentsByYear(ROWS, 2000, 2000, new Set(['AGO']))).toEqual([{ year: 2000, oda: 10, oof: 0, vague: 5, total: 15 }]);
    expect(commitmentsByYear([], 2000, 2001).map((y) => y.total)).toEqual([0, 0]);
  });
});

describe('recipientGroups', () => {
  it('makes developing and developed, one group per M49 region, alphabetically, then LDCs of the year, LLDCs and SIDS', () => {
    const ldcsIn = (year: number) => new Set(year >= 2001 ? ['AGO'] : []);
    const groups = recipientGroups(COUNTRIES, ldcsIn);
    const set = (id: string) => groups.find((g) => g.id === id)!.members as ReadonlySet<string>;
    expect(groups.map((g) => g.id)).toEqual(['developing', 'developed', 'africa', 'americas', 'oceania', 'ldc', 'lldc', 'sids']);
    expect([...set('developing')]).toEqual(['AGO', 'BRA', 'FJI', 'XKX']);
    expect(set('developed').size).toBe(0);
    expect(groups.find((g) => g.id === 'ldc')!.members).toBe(ldcsIn);
    expect([...set('sids')]).toEqual(['FJI']);
    expect(set('lldc').size).toBe(0);
    // XKX has no region: in no regional group
    expect(groups.filter((g) => g.kind === 'region').some((g) => set(g.id).has('XKX'))).toBe(false);
  });
});

describe('pctOf', () => {
  it('is the part as a per cent of the whole, null for a whole of 0', () => {
    expect(pctOf(15, 60)).toBe(25);
    expect(pctOf(0, 0)).toBeNull();
  });
});

const fact = (id: string, as_of_year: number | null, fund = 'PGTF'): FundFact => ({
  id,
  fund,
  metric: 'm',
  value: 1,
  unit: 'count',
  as_of: as_of_year === null ? null : String(as_of_year),
  as_of_year,
  dated: as_of_year !== null,
  estimate: false,
  quote: 'q',
  publisher: 'p',
  url: 'u',
  source: ['s'],
});
const decision = (id: string, year: number): G77Decision => ({
  id,
  body: 'b',
  meeting: 'm',
  place: null,
  year,
  decision: 'd',
  amount_usd: null,
  amount_basis: null,
  source: ['s'],
  source_ref: 'r',
  quote: 'q',
});
const data = {
  chinaFinance: { rows: ROWS },
  countries: { rows: COUNTRIES },
  ldcMembership: { rows: [{ iso3: 'AGO', included_year: 1994, graduated_year: null, graduated_date: null, source: ['ldc'] }] },
  fundFacts: { rows: [fact('a', null), fact('b', 2001), fact('c', 2018, 'Other fund')] },
  g77Decisions: { rows: [decision('later', 2005), decision('early', 1981)] },
} as unknown as Data;

describe('financeMetrics', () => {
  it('ignores data after the edition and computes the last year\u2019s parts', () => {
    const m = financeMetrics(data, { edition: 2002, publication: 2003, growthWindow: 10 });
    expect(m.dataSpan).toEqual({ from: 2000, to: 2003 });
    expect(m.span).toEqual({ from: 2000, to: 2002 });
    // totals 35, 0, 3: 2001 is -100 %; 2002 has no per cent change from 0
    expect(m.total.map((p) => [p.year, p.value, p.pct_change])).toEqual([
      [2000, 35, null],
      [2001, 0, -100],
      [2002, 3, null],
    ]);
    // 2002: oda 1 / 3, oof 2 / 3, vague 0
    expect(m.flowShares.oda).toBeCloseTo(100 / 3, 10);
    expect(m.flowShares.oof).toBeCloseTo(200 / 3, 10);
    expect(m.flowShares.vague).toBe(0);
    expect(m.recipientsLatest).toBe(1);
    const africa = m.groups.find((g) => g.group.id === 'africa')!;
    // Africa (AGO): 3 of 3 in 2002; 15 + 0 + 3 = 18 of 35 + 0 + 3 = 38 over 2000-2002
    expect(africa.sharePct).toBe(100);
    expect(africa.cumulative).toBe(18);
    expect(africa.cumulativeSharePct).toBeCloseTo((100 * 18) / 38, 10);
    expect(m.groups.find((g) => g.group.id === 'americas')!.sharePct).toBe(0);
  });

  it('has no span before the data set starts, and leaves out facts and decisions dated after the edition', () => {
    const m = financeMetrics(data, { edition: 1995, publication: 1996, growthWindow: 10 });
    expect(m.span).toBeNull();
    expect(m.total).toEqual([]);
    expect(m.groups).toEqual([]);
    // the undated fact stays, marked undated by the chapter; 2001 and 2018 are after 1995
    expect(m.facts.map((f) => f.id)).toEqual(['a']);
    expect(m.laterFacts).toEqual(['PGTF', 'Other fund']);
    expect(m.decisions.map((d) => d.id)).toEqual(['early']);
  });

  it('ends at the data set\u2019s last year when the edition is later', () => {
    const m = financeMetrics(data, { edition: 2010, publication: 2011, growthWindow: 10 });
    expect(m.span).toEqual({ from: 2000, to: 2003 });
    // decisions sorted by year
    expect(m.decisions.map((d) => d.id)).toEqual(['early', 'later']);
  });
});

describe('commitments to developing and to developed recipients, LDCs as of each year', () => {
  // RUS is developed: its 100 in 2001 counts in the total, not in "developing" (the 2013 case of the report).
  const rows = [...ROWS, row('RUS', 2001, 0, 100, 0)];
  const countries = [...COUNTRIES, country('RUS', 'Europe', false, false, false, 'developed')];
  // Angola on the LDC list from 2002 only (hypothetical): its 2000 commitments are not to an LDC.
  const ldcs = [{ iso3: 'AGO', included_year: 2002, graduated_year: null, graduated_date: null, source: ['ldc'] }];
  const d = { ...data, chinaFinance: { rows }, countries: { rows: countries }, ldcMembership: { rows: ldcs } } as unknown as Data;
  const m = financeMetrics(d, { edition: 2002, publication: 2003, growthWindow: 10 });
  const points = (id: string) => m.groups.find((g) => g.group.id === id)!.points.map((p) => [p.year, p.value, p.pct_change]);

  it('splits the total by the M49 2020 flag of the recipient', () => {
    expect(m.total.map((p) => p.value)).toEqual([35, 100, 3]);
    // developing: 35, 0, 3 (RUS left out); developed: 0, 100, 0
    expect(points('developing')).toEqual([
      [2000, 35, null],
      [2001, 0, -100],
      [2002, 3, null],
    ]);
    expect(points('developed').map(([, v]) => v)).toEqual([0, 100, 0]);
  });

  it('counts commitments to the LDCs of the year', () => {
    // AGO 2000 (15) is before it joined; 2002 (3) after
    expect(points('ldc').map(([, v]) => v)).toEqual([0, 0, 3]);
  });
});
