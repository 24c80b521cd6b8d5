import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { readCsv } from '../../src/load/read-csv';
import * as msg from '../../src/messages';
import { comtradeShares } from '../../src/metrics/comtrade-shares';
import { comtradeCodesSchema, comtradeExportsSchema } from '../../src/validate/schemas/comtrade';
import { countriesSchema } from '../../src/validate/schemas/countries';
import { sourcesSchema } from '../../src/validate/schemas/sources';
import { tradeGroupsSchema } from '../../src/validate/schemas/trade-groups';
import type { TableSchema } from '../../src/validate/table-schema';
import type { Data } from '../../src/validate/validate-data';
import { validateTable } from '../../src/validate/validate-table';

const COUNTRIES = `iso3,name,m49,region,subregion,intermediate_region,development,ldc,lldc,sids,g77,source,note
ARG,Argentina,032,Americas,Latin America and the Caribbean,South America,developing,0,0,0,1,m49,
BRA,Brazil,076,Americas,Latin America and the Caribbean,South America,developing,0,0,0,1,m49,
CHN,China,156,Asia,Eastern Asia,,developing,0,0,0,1,m49,
COD,Democratic Republic of the Congo,180,Africa,Sub-Saharan Africa,Middle Africa,developing,1,0,0,1,m49,
USA,United States of America,840,Americas,Northern America,,developed,0,0,0,0,m49,
ZAF,South Africa,710,Africa,Sub-Saharan Africa,Southern Africa,developing,0,0,0,1,m49,
`;
const GROUPS = `id,name,short_name,region,subregions,development,source
lac,Developing Latin America and the Caribbean,Latin America and the Caribbean,,Latin America and the Caribbean,developing,m49
east-south-asia,"Developing Eastern, South-eastern and Southern Asia",East and South Asia,,Eastern Asia;South-eastern Asia;Southern Asia,developing,m49
africa,Africa,Africa,Africa,,,m49
south,Developing economies,All developing economies,,,developing,m49
`;
/** ZAR is mapped to COD; SVR (South-eastern Asia) and YDR (Western Asia) are classified directly; UNS is no economy. */
const CODES = `code,iso3,name,region,subregion,development,note,source
SVR,,Republic of Viet Nam (former),Asia,South-eastern Asia,developing,As Viet Nam.,hand
UNS,,Unspecified,,,,Not an economy.,hand
YDR,,Democratic Yemen (former),Asia,Western Asia,developing,As Yemen.,hand
ZAR,COD,Democratic Republic of the Congo,,,,Old code.,hand
`;
const FLOWS = `year,exporter_code,importer_code,exports_usd,source
2000,BRA,ARG,10,ct
2000,BRA,USA,30,ct
2000,BRA,UNS,20,ct
2000,ARG,ZAR,5,ct
2000,CHN,SVR,40,ct
2000,CHN,USA,60,ct
2000,ZAR,ZAF,8,ct
2000,ZAR,CHN,2,ct
2000,USA,BRA,100,ct
2000,YDR,CHN,4,ct
2000,UNS,BRA,50,ct
2004,BRA,ARG,7,ct
2004,COD,ZAF,3,ct
2004,ZAR,ZAF,1,ct
2008,BRA,ARG,1000,ct
`;

const lookups = { sources: new Set(['m49', 'hand', 'ct']), economies: new Set(['ARG', 'BRA', 'CHN', 'COD', 'USA', 'ZAF']) };
const table = (schema: TableSchema, text: string) => validateTable(readCsv(`data/${schema.file}`, text), schema, lookups);
// comtradeShares reads only these four files of the data.
const dataOf = (flows: string) =>
  ({
    countries: table(countriesSchema, COUNTRIES),
    tradeGroups: table(tradeGroupsSchema, GROUPS),
    comtradeCodes: table(comtradeCodesSchema, CODES),
    comtradeExports: table(comtradeExportsSchema, flows),
  }) as unknown as Data;

describe('comtradeShares', () => {
  const out = comtradeShares(dataOf(FLOWS), 2004);
  const of = (group: string) => out.filter((o) => o.group === group);

  it('counts an unclassified partner in the denominator only', () => {
    // lac 2000: BRA->ARG 10, BRA->USA 30, BRA->UNS 20, ARG->ZAR 5 (COD, not lac): intra 10, total 65
    //   10 / 65 = 15.384615... %; exporters ARG and BRA. USA->BRA and UNS->BRA are not members' exports.
    const [lac2000] = of('lac');
    expect(lac2000).toMatchObject({ wave: 2000, group: 'lac', intra_usd: 10, total_usd: 65, exporters: 2 });
    expect(lac2000!.share_pct).toBeCloseTo(15.384615, 5);
  });

  it('makes a directly classified code a member of the groups its classification matches', () => {
    // east-south-asia 2000: CHN->SVR 40 (SVR is South-eastern Asia, developing), CHN->USA 60: 40 %.
    //   YDR is Western Asia, so YDR->CHN is not this group's.
    expect(of('east-south-asia')).toEqual([
      { wave: 2000, group: 'east-south-asia', intra_usd: 40, total_usd: 100, share_pct: 40, exporters: 1 },
    ]);
  });

  it('counts a mapped code as its economy, once', () => {
    // africa 2000: ZAR (= COD) ->ZAF 8, ZAR->CHN 2: 8 / 10 = 80 %, one exporter
    // africa 2004: COD->ZAF 3 and ZAR->ZAF 1 are one economy's: 4 / 4 = 100 %, one exporter
    expect(of('africa')).toEqual([
      { wave: 2000, group: 'africa', intra_usd: 8, total_usd: 10, share_pct: 80, exporters: 1 },
      { wave: 2004, group: 'africa', intra_usd: 4, total_usd: 4, share_pct: 100, exporters: 1 },
    ]);
  });

  it('takes every developing economy and classified code into the South', () => {
    // south 2000, members BRA ARG CHN COD(ZAR) ZAF SVR YDR; their exports:
    //   intra BRA->ARG 10 + ARG->ZAR 5 + CHN->SVR 40 + ZAR->ZAF 8 + ZAR->CHN 2 + YDR->CHN 4 = 69
    //   total 69 + BRA->USA 30 + BRA->UNS 20 + CHN->USA 60 = 179; 69 / 179 = 38.547486... %
    //   exporters BRA, ARG, CHN, COD, YDR = 5
    // south 2004: BRA->ARG 7, COD->ZAF 3, ZAR->ZAF 1: 11 / 11 = 100 %, exporters BRA, COD = 2
    const south = of('south');
    expect(south.map((o) => [o.wave, o.intra_usd, o.total_usd, o.exporters])).toEqual([
      [2000, 69, 179, 5],
      [2004, 11, 11, 2],
    ]);
    expect(south[0]!.share_pct).toBeCloseTo(38.547486, 5);
  });

  it('ignores the waves after the edition and lists groups in order, each by wave', () => {
    // 2008 (BRA->ARG 1000) is after the edition 2004; east-south-asia exported nothing in 2004: absent
    expect(out.map((o) => `${o.group} ${o.wave}`)).toEqual([
      'lac 2000',
      'lac 2004',
      'east-south-asia 2000',
      'africa 2000',
      'africa 2004',
      'south 2000',
      'south 2004',
    ]);
    expect(comtradeShares(dataOf(FLOWS), 2008).find((o) => o.group === 'lac' && o.wave === 2008)?.intra_usd).toBe(1000);
  });

  it('reports a code in neither countries.csv nor comtrade-codes.csv at file:line:column', () => {
    const bad = `${FLOWS}2000,XXA,BRA,1,ct\n2000,BRA,XXB,1,ct\n`;
    let error: unknown;
    try {
      comtradeShares(dataOf(bad), 2004);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const file = 'data/trade/comtrade-exports.csv';
    expect((error as InputError).problems).toEqual([
      { file, line: 17, column: 2, message: msg.unknownId('exporter_code', 'groups/countries.csv or trade/comtrade-codes.csv', 'XXA') },
      { file, line: 18, column: 3, message: msg.unknownId('importer_code', 'groups/countries.csv or trade/comtrade-codes.csv', 'XXB') },
    ]);
  });
});

describe('comtradeShares on data/', () => {
  it('gives the South-South share of 2000 that python3 computes from the same files', () => {
    // Computed independently from the CSVs (run in the repository root):
    //   import csv
    //   C = {r['iso3']: r for r in csv.DictReader(open('data/groups/countries.csv'))}
    //   K = {r['code']: r for r in csv.DictReader(open('data/trade/comtrade-codes.csv'))}
    //   def dev(c):  # development status of what a code stands for ('' if unclassified)
    //       r = C.get(c) or (C[K[c]['iso3']] if K[c]['iso3'] else K[c])
    //       return r['development']
    //   intra = total = 0.0
    //   for r in csv.DictReader(open('data/trade/comtrade-exports.csv')):
    //       if r['year'] == '2000' and dev(r['exporter_code']) == 'developing':
    //           v = float(r['exports_usd']); total += v
    //           if dev(r['importer_code']) == 'developing': intra += v
    //   print(intra, total, repr(100 * intra / total))
    // prints 663353195078.601 1737525370202.8782 38.17804369677469
    const read = (schema: TableSchema, l = {}) =>
      validateTable(readCsv(`data/${schema.file}`, readFileSync(`data/${schema.file}`)), schema, l);
    const sources = new Set(read(sourcesSchema).rows.map((r) => String(r.id)));
    const countries = read(countriesSchema, { sources });
    const economies = new Set(countries.rows.map((c) => c.iso3));
    const data = {
      countries,
      tradeGroups: read(tradeGroupsSchema, { sources }),
      comtradeCodes: read(comtradeCodesSchema, { sources, economies }),
      comtradeExports: read(comtradeExportsSchema, { sources }),
    } as unknown as Data;
    const south2000 = comtradeShares(data, 2000).find((o) => o.group === 'south' && o.wave === 2000)!;
    expect(south2000.intra_usd).toBeCloseTo(663353195078.601, 0);
    expect(south2000.total_usd).toBeCloseTo(1737525370202.8782, 0);
    expect(south2000.share_pct).toBeCloseTo(38.17804369677469, 9);
  });
});
