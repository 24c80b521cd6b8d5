import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/load/read-csv';
import { exportsByDestination } from '../../src/metrics/exports-by-destination';
import { tradeFlowsSchema } from '../../src/validate/schemas/trade-flows';
import { validateTable } from '../../src/validate/validate-table';

/** MLI and NER (a group), BRA and CHN (developing), USA and DEU (developed), ATA (neither). */
const FLOWS = `year,exporter_iso3,importer_iso3,exports_musd,source
2000,MLI,BRA,10,cow
2000,MLI,USA,30,cow
2000,NER,CHN,5,cow
2000,NER,DEU,,cow
2000,NER,ATA,5,cow
2000,BRA,MLI,100,cow
2001,MLI,NER,4,cow
2002,NER,USA,0,cow
2003,MLI,BRA,,cow
`;
const flows = validateTable(readCsv('data/trade/flows.csv', FLOWS), tradeFlowsSchema, {
  economies: new Set(['MLI', 'NER', 'BRA', 'CHN', 'USA', 'DEU', 'ATA']),
  sources: new Set(['cow']),
});
const SOUTH = new Set(['MLI', 'NER', 'BRA', 'CHN']);
const NORTH = new Set(['USA', 'DEU']);

describe('exportsByDestination', () => {
  const out = exportsByDestination(flows, new Map([['g', new Set(['MLI', 'NER'])]]), SOUTH, NORTH);

  it('splits the members\u2019 exports by destination over the same rows as the total', () => {
    // 2000: MLI->BRA 10 (South), MLI->USA 30 (North), NER->CHN 5 (South), NER->ATA 5 (neither);
    //   NER->DEU has no value and counts nowhere; BRA->MLI is not a member's export.
    //   South 15, North 30, total 10 + 30 + 5 + 5 = 50; exporters MLI, NER = 2
    expect(out[0]).toEqual({ group: 'g', year: 2000, exporters: 2, to_south_musd: 15, to_north_musd: 30, total_musd: 50 });
  });

  it('counts exports among members as exports to the South', () => {
    // 2001: MLI->NER 4, both developing
    expect(out[1]).toEqual({ group: 'g', year: 2001, exporters: 1, to_south_musd: 4, to_north_musd: 0, total_musd: 4 });
  });

  it('keeps a recorded zero and leaves out a year with only missing values', () => {
    // 2002: NER->USA 0 is recorded; 2003: MLI->BRA has no value, so the year is absent, not zero
    expect(out.map((o) => [o.year, o.total_musd])).toEqual([
      [2000, 50],
      [2001, 4],
      [2002, 0],
    ]);
  });

  it('gives nothing for a group with no members', () => {
    expect(exportsByDestination(flows, new Map([['none', new Set<string>()]]), SOUTH, NORTH)).toEqual([]);
  });
});
