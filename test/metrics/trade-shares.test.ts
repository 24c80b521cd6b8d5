import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/load/read-csv';
import { tradeShares } from '../../src/metrics/trade-shares';
import { tradeFlowsSchema } from '../../src/validate/schemas/trade-flows';
import { validateTable } from '../../src/validate/validate-table';

/** Flows among ARG, BRA (lac), CHN, IND (asia), USA (outside every group here) and ZAF (africa). */
const FLOWS = `year,exporter_iso3,importer_iso3,exports_musd,source
2000,BRA,ARG,10,cow
2000,BRA,USA,30,cow
2000,ARG,BRA,20,cow
2000,ARG,CHN,,cow
2000,CHN,IND,5,cow
2000,CHN,USA,45,cow
2000,IND,CHN,15,cow
2000,USA,BRA,100,cow
2001,CHN,IND,8,cow
2001,CHN,BRA,2,cow
2002,ZAF,USA,0,cow
2003,BRA,ARG,,cow
`;
const flows = validateTable(readCsv('data/trade/flows.csv', FLOWS), tradeFlowsSchema, {
  economies: new Set(['ARG', 'BRA', 'CHN', 'IND', 'USA', 'ZAF']),
  sources: new Set(['cow']),
});
const GROUPS = new Map<string, ReadonlySet<string>>([
  ['lac', new Set(['ARG', 'BRA'])],
  ['asia', new Set(['CHN', 'IND'])],
  ['africa', new Set(['ZAF'])],
  ['south', new Set(['ARG', 'BRA', 'CHN', 'IND', 'ZAF'])],
]);

describe('tradeShares', () => {
  const out = tradeShares(flows, GROUPS);
  const of = (group: string) => out.filter((o) => o.group === group);

  it('divides exports to members by exports to all partners, per year', () => {
    // lac 2000: members' rows with a value: BRA->ARG 10, BRA->USA 30, ARG->BRA 20 (ARG->CHN has none)
    //   intra 10 + 20 = 30; total 10 + 30 + 20 = 60; 30 / 60 = 50 %. USA->BRA is not a member's export.
    expect(of('lac')).toEqual([{ group: 'lac', year: 2000, intra_musd: 30, total_musd: 60, share_pct: 50 }]);
  });

  it('computes each year of a group on its own', () => {
    // asia 2000: CHN->IND 5, CHN->USA 45, IND->CHN 15: intra 20, total 65, 20 / 65 = 30.769... %
    // asia 2001: CHN->IND 8, CHN->BRA 2: intra 8, total 10, 80 %
    const asia = of('asia');
    expect(asia.map((o) => [o.year, o.intra_musd, o.total_musd])).toEqual([
      [2000, 20, 65],
      [2001, 8, 10],
    ]);
    expect(asia[0]!.share_pct).toBeCloseTo(30.769231, 5);
    expect(asia[1]!.share_pct).toBeCloseTo(80, 10);
  });

  it('leaves a row with a missing value out of both the numerator and the denominator', () => {
    // south 2000: every row but USA->BRA is a member's export; ARG->CHN (member to member) has no value.
    //   intra BRA->ARG 10 + ARG->BRA 20 + CHN->IND 5 + IND->CHN 15 = 50
    //   total 50 + BRA->USA 30 + CHN->USA 45 = 125; 50 / 125 = 40 %
    expect(of('south').find((o) => o.year === 2000)).toEqual({
      group: 'south',
      year: 2000,
      intra_musd: 50,
      total_musd: 125,
      share_pct: 40,
    });
  });

  it('gives a null share, not 0 % nor NaN, when the members exported a recorded 0', () => {
    // africa 2002: ZAF->USA 0 is the only row: intra 0, total 0
    expect(of('africa')).toEqual([{ group: 'africa', year: 2002, intra_musd: 0, total_musd: 0, share_pct: null }]);
  });

  it('leaves out the years in which the members have no recorded exports', () => {
    // lac: 2001 only imports (CHN->BRA), 2002 none, 2003 only a missing value: absent, not 0
    expect(of('lac').map((o) => o.year)).toEqual([2000]);
    // south 2001: CHN->IND 8 and CHN->BRA 2 are both to members: 10 / 10 = 100 %; 2003 absent
    expect(of('south').map((o) => [o.year, o.intra_musd, o.total_musd, o.share_pct])).toEqual([
      [2000, 50, 125, 40],
      [2001, 10, 10, 100],
      [2002, 0, 0, null],
    ]);
  });

  it('lists the groups in the order given, each by year', () => {
    expect(out.map((o) => `${o.group} ${o.year}`)).toEqual([
      'lac 2000',
      'asia 2000',
      'asia 2001',
      'africa 2002',
      'south 2000',
      'south 2001',
      'south 2002',
    ]);
  });

  it('gives nothing for a group with no members', () => {
    expect(tradeShares(flows, new Map([['none', new Set<string>()]]))).toEqual([]);
  });
});
