import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/load/read-csv';
import { vulnerableMetrics } from '../../../src/chapters/vulnerable/metrics';
import { countriesSchema } from '../../../src/validate/schemas/countries';
import { tradeFlowsSchema } from '../../../src/validate/schemas/trade-flows';
import { gdpSchema, populationSchema } from '../../../src/validate/schemas/wdi';
import { ldcMembershipSchema } from '../../../src/validate/schemas/ldc-membership';
import type { Data } from '../../../src/validate/validate-data';
import { validateTable } from '../../../src/validate/validate-table';

// MLI: LDC and LLDC; HTI: LDC and SIDS; MDA: LLDC but developed (left out); BRA: other developing;
// USA: developed.
const COUNTRIES = `iso3,name,m49,region,subregion,intermediate_region,development,ldc,lldc,sids,g77,source,note
MLI,Mali,466,Africa,Sub-Saharan Africa,Western Africa,developing,1,1,0,1,m49,
HTI,Haiti,332,Americas,Latin America and the Caribbean,Caribbean,developing,1,0,1,1,m49,
MDA,Republic of Moldova,498,Europe,Eastern Europe,,developed,0,1,0,0,m49,
BRA,Brazil,076,Americas,Latin America and the Caribbean,South America,developing,0,0,0,1,m49,
USA,United States of America,840,Americas,Northern America,,developed,0,0,0,0,m49,
`;
const FLOWS = `year,exporter_iso3,importer_iso3,exports_musd,source
2013,MLI,BRA,10,cow
2013,MLI,USA,30,cow
2013,BRA,USA,60,cow
2013,BRA,MLI,30,cow
2014,MLI,BRA,20,cow
2014,MLI,USA,20,cow
2014,HTI,USA,10,cow
2014,BRA,MLI,60,cow
2014,MDA,BRA,99,cow
2015,MLI,BRA,500,cow
`;
const GDP = `iso3,year,gdp_usd,source
MLI,2012,100,wdi
MLI,2014,121,wdi
HTI,2012,50,wdi
BRA,2012,1000,wdi
BRA,2014,1210,wdi
`;
const POP = `iso3,year,population,source
MLI,2012,10,wdi
MLI,2014,10,wdi
HTI,2012,5,wdi
HTI,2014,5,wdi
BRA,2012,100,wdi
BRA,2014,121,wdi
`;
const LDCS = `iso3,included_year,graduated_year,graduated_date,source
MLI,1971,,,m49
HTI,1971,,,m49
`;
const lookups = { sources: new Set(['m49', 'cow', 'wdi']), economies: new Set(['MLI', 'HTI', 'MDA', 'BRA', 'USA']) };
const table = <S extends Parameters<typeof validateTable>[1]>(file: string, text: string, schema: S) =>
  validateTable(readCsv(file, text), schema, lookups);
// Only the files the chapter reads; the rest of Data is not needed here.
const data = {
  countries: table('data/groups/countries.csv', COUNTRIES, countriesSchema),
  tradeFlows: table('data/trade/flows.csv', FLOWS, tradeFlowsSchema),
  gdp: table('data/economy/wdi-gdp.csv', GDP, gdpSchema),
  population: table('data/economy/wdi-population.csv', POP, populationSchema),
  ldcMembership: table('data/groups/ldc-membership.csv', LDCS, ldcMembershipSchema),
} as unknown as Data;

describe('vulnerableMetrics', () => {
  const m = vulnerableMetrics(data, { edition: 2014, publication: 2015, growthWindow: 2 });
  const group = (id: string) => (id === 'other-developing' ? m.other : m.groups.find((g) => g.id === id)!);

  it('counts only developing economies with the flag, and lists the others left out', () => {
    expect(group('ldc').members).toEqual(['HTI', 'MLI']);
    expect(group('lldc').members).toEqual(['MLI']);
    expect(group('sids').members).toEqual(['HTI']);
    expect(group('other-developing').members).toEqual(['BRA']);
    expect(m.excluded).toEqual([{ group: 'lldc', iso3: 'MDA' }]);
  });

  it('ignores the years after the edition', () => {
    expect(m.firstYear).toBe(2013);
    expect(group('lldc').flows.map((o) => o.year)).toEqual([2013, 2014]);
  });

  it('gives the share of exports to the South and to the North, with the change in points', () => {
    // LLDC (MLI) 2013: South 10 of 40 = 25 %, North 30 = 75 %; 2014: South 20 of 40 = 50 %, change +25
    expect(group('lldc').toSouth.map((p) => [p.year, p.value, p.change])).toEqual([
      [2013, 25, null],
      [2014, 50, 25],
    ]);
    expect(group('lldc').toNorth.map((p) => p.value)).toEqual([75, 50]);
    // LDC 2014: MLI 20 + 20, HTI 10 to USA: South 20 of 50 = 40 %; 2013 (MLI alone) 25 %
    expect(group('ldc').toSouth.map((p) => p.value)).toEqual([25, 40]);
  });

  it('gives each group\u2019s share of South-South exports', () => {
    // South-South 2013: MLI->BRA 10 + BRA->MLI 30 = 40; 2014: MLI->BRA 20 + BRA->MLI 60 = 80 (MDA is not developing)
    expect(m.southSouth).toEqual([
      { year: 2013, value: 40 },
      { year: 2014, value: 80 },
    ]);
    // LDC: 10 / 40 = 25 %, then 20 / 80 = 25 %, change 0; other developing (BRA): 75 %, 75 %
    expect(group('ldc').southSouth.map((p) => [p.value, p.change])).toEqual([
      [25, null],
      [25, 0],
    ]);
    expect(group('other-developing').southSouth.map((p) => p.value)).toEqual([75, 75]);
  });

  it('finds the largest exporter of the edition year', () => {
    // LDC 2014: MLI 40, HTI 10: 40 / 50 = 80 %
    expect(group('ldc').largest).toEqual({ iso3: 'MLI', value: 40, share_pct: 80 });
  });

  it('compounds growth over the members with data at both ends of the window', () => {
    const growth = (id: string) => m.growth.find((g) => g.id === id)!;
    expect(m.window).toEqual({ from: 2012, to: 2014 });
    // LDC: HTI has no GDP in 2014, so only MLI: 100 -> 121 over 2 years = 10 % a year;
    //   per capita 10 -> 12.1 = 10 % a year
    expect(growth('ldc').totals.covered).toEqual(['MLI']);
    expect(growth('ldc').totals.lacking).toEqual([{ iso3: 'HTI', years: [2014] }]);
    expect(growth('ldc').gdpGrowth).toBeCloseTo(10, 10);
    expect(growth('ldc').perCapitaGrowth).toBeCloseTo(10, 10);
    // Other developing (BRA): GDP 1000 -> 1210 = 10 % a year; per capita 10 -> 10 = 0 % a year
    expect(growth('other-developing').gdpGrowth).toBeCloseTo(10, 10);
    expect(growth('other-developing').perCapitaGrowth).toBeCloseTo(0, 10);
    // SIDS (HTI only): no GDP in 2014, so no rate
    expect(growth('sids').gdpGrowth).toBeNull();
    expect(growth('sids').perCapita).toEqual({ from: null, to: null });
  });

  it('has empty series, not zeros, for a group without recorded exports', () => {
    const early = vulnerableMetrics(data, { edition: 2013, publication: 2014, growthWindow: 2 });
    // In 2013 only MLI and BRA exported: the SIDS (HTI) have nothing
    expect(early.groups.find((g) => g.id === 'sids')!.toSouth).toEqual([]);
    expect(early.groups.find((g) => g.id === 'sids')!.largest).toBeNull();
  });
});

describe('vulnerableMetrics with the LDCs of each year', () => {
  const withLdcs = (rows: string) =>
    ({
      ...data,
      ldcMembership: table(
        'data/groups/ldc-membership.csv',
        `iso3,included_year,graduated_year,graduated_date,source\n${rows}`,
        ldcMembershipSchema,
      ),
    }) as Data;
  const ldc = (d: Data) => vulnerableMetrics(d, { edition: 2014, publication: 2015, growthWindow: 2 }).groups.find((g) => g.id === 'ldc')!;

  it('drops a country that graduated by 30 June from that year on', () => {
    // Mali graduating on 1 January 2014 (as Samoa did): LDC in 2013, not in 2014
    const g = ldc(withLdcs('MLI,1971,2014,2014-01-01,m49\nHTI,1971,,,m49\n'));
    expect(g.members).toEqual(['HTI']);
    // 2013: MLI 10 of 40 to the South = 25 %; 2014: HTI only, 0 of 10 = 0 %
    expect(g.toSouth.map((p) => [p.year, p.value])).toEqual([
      [2013, 25],
      [2014, 0],
    ]);
    // 2014: HTI's 0 of South-South 80
    expect(g.southSouth.map((p) => p.value)).toEqual([25, 0]);
  });

  it('keeps a country that graduated in December in its graduation year', () => {
    const g = ldc(withLdcs('MLI,1971,2014,2014-12,m49\nHTI,1971,,,m49\n'));
    expect(g.members).toEqual(['HTI', 'MLI']);
    expect(g.toSouth.map((p) => p.value)).toEqual([25, 40]);
  });

  it('counts a country only from its year of inclusion', () => {
    // Mali added in 2014: 2013 has no LDC exports at all (HTI exported nothing that year)
    const g = ldc(withLdcs('MLI,2014,,,m49\nHTI,1971,,,m49\n'));
    expect(g.toSouth.map((p) => [p.year, p.value])).toEqual([[2014, 40]]);
  });
});
