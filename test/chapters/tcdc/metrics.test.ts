import { describe, expect, it } from 'vitest';
import { gdpShare, referenceYear, tcdcMetrics } from '../../../src/chapters/tcdc/metrics';
import type { Data, Row, TcdcProgramme } from '../../../src/validate/validate-data';

const programme = (p: Partial<TcdcProgramme>): TcdcProgramme => ({
  id: 'x',
  provider_iso3: 'IND',
  provider: 'India',
  programme: 'p',
  period: null,
  year_start: null,
  year_end: null,
  amount_usd: null,
  amount_kind: null,
  share_tcdc_pct: null,
  trainees: null,
  countries_reached: null,
  estimate: false,
  source: ['sg-2002'],
  source_ref: 'para. 38',
  quote: 'q',
  ...p,
});
const gdp = (iso3: string, year: number, gdp_usd: number): Row<'gdp'> => ({ iso3, year, gdp_usd, source: ['wdi'] });
const GDP = [gdp('IND', 1999, 400e9), gdp('IND', 2000, 450e9), gdp('SGP', 2000, 100e9)];

describe('gdpShare', () => {
  it('divides the annual average over the period by the mean GDP of its years', () => {
    // 170e6 over 1999-2000: 85e6 a year; GDP (400e9 + 450e9) / 2 = 425e9; 85e6 / 425e9 = 0.0002 = 0.02 %
    const s = gdpShare(programme({ amount_usd: 170e6, year_start: 1999, year_end: 2000, amount_kind: 'budget over the period' }), GDP);
    expect(s).toEqual({ years: 2, annualAverage: 85e6, gdpAverage: 425e9, pct: expect.closeTo(0.02, 12) });
    // one year: 14.8e6 / 100e9 = 0.0148 %
    const one = gdpShare(programme({ provider_iso3: 'SGP', amount_usd: 14.8e6, year_start: 2000, year_end: 2000 }), GDP);
    expect(one).toMatchObject({ years: 1, annualAverage: 14.8e6, gdpAverage: 100e9, pct: expect.closeTo(0.0148, 12) });
  });

  it('is never given for debt relief, nor without stated years or GDP for each of them', () => {
    expect(
      gdpShare(
        programme({ amount_usd: 1.2e9, amount_kind: 'debt relief (debt to be reduced or cancelled)', year_start: 1999, year_end: 2000 }),
        GDP,
      ),
    ).toBe('debt relief');
    expect(gdpShare(programme({ amount_usd: 1e6 }), GDP)).toBe('no period');
    // 1998 has no GDP
    expect(gdpShare(programme({ amount_usd: 1e6, year_start: 1998, year_end: 1999 }), GDP)).toBe('no GDP');
    expect(gdpShare(programme({ trainees: 2000 }), GDP)).toBeNull();
  });
});

describe('referenceYear', () => {
  it('is the last year of the period, or the year of the reporting document', () => {
    expect(referenceYear(programme({ year_start: 1999, year_end: 2000 }), () => 2002)).toBe(2000);
    expect(referenceYear(programme({}), () => 2002)).toBe(2002);
  });
});

describe('tcdcMetrics', () => {
  const data = {
    sources: { rows: [{ id: 'sg-2002', date: '2 July 2002' }] },
    gdp: {
      rows: GDP,
      columns: () => ({
        iso3: GDP.map((r) => r.iso3),
        year: GDP.map((r) => r.year),
        gdp_usd: GDP.map((r) => r.gdp_usd),
        source: GDP.map((r) => r.source),
      }),
    },
    tcdcProgrammes: {
      rows: [
        programme({ id: 'budget', amount_usd: 170e6, year_start: 1999, year_end: 2000, share_tcdc_pct: 50 }),
        programme({ id: 'trainees', trainees: 2000 }),
        programme({ id: 'words', provider: 'Cuba', provider_iso3: 'CUB' }),
      ],
    },
  } as unknown as Data;

  it('keeps the rows whose figures refer to the edition or before, with or without figures', () => {
    const m = tcdcMetrics(data, { edition: 2002, publication: 2003, growthWindow: 10 });
    expect(m.rows.map((r) => r.programme.id)).toEqual(['budget', 'trainees']);
    expect(m.described.map((r) => r.programme.id)).toEqual(['words']);
    // 50 per cent of 170e6
    expect(m.rows[0]!.tcdcAmount).toBe(85e6);
    // the share of GDP is of the 85e6 committed to TCDC: half the 0.02 per cent of the whole budget
    expect(m.rows[0]!.gdp?.pct).toBeCloseTo(0.01, 12);
    expect(m.rows[1]!.noShare).toBeNull();
    expect(m.later).toBe(0);
  });

  it('leaves out rows that refer to years after the edition', () => {
    // the trainees and the words rows state no years: they refer to 2002, the report's year
    const m = tcdcMetrics(data, { edition: 2000, publication: 2001, growthWindow: 10 });
    expect(m.rows.map((r) => r.programme.id)).toEqual(['budget']);
    expect(m.later).toBe(2);
    expect(tcdcMetrics(data, { edition: 1995, publication: 1996, growthWindow: 10 }).rows).toEqual([]);
  });
});

describe('gdpShare of a budget with a part committed to TCDC', () => {
  it('measures the part committed to TCDC, not the whole budget (Türkiye: 80 per cent of $180 million)', () => {
    const gdp = [
      { iso3: 'TUR', year: 1999, gdp_usd: 200e9, source: ['wdi'] },
      { iso3: 'TUR', year: 2000, gdp_usd: 300e9, source: ['wdi'] },
    ] as unknown as Parameters<typeof gdpShare>[1];
    const s = gdpShare(programme({ provider_iso3: 'TUR', amount_usd: 180e6, share_tcdc_pct: 80, year_start: 1999, year_end: 2000 }), gdp);
    // $144 million over 2 years = $72 million a year, of a mean GDP of $250 billion: 0.0288 per cent
    expect(s).toEqual({ years: 2, annualAverage: 72e6, gdpAverage: 250e9, pct: expect.closeTo(0.0288, 12) });
  });
});
