import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/load/read-csv';
import { exportsByMember } from '../../src/metrics/exports-by-member';
import { tradeFlowsSchema } from '../../src/validate/schemas/trade-flows';
import { validateTable } from '../../src/validate/validate-table';

const FLOWS = `year,exporter_iso3,importer_iso3,exports_musd,source
2014,SGP,CHN,50,cow
2014,SGP,USA,25,cow
2014,JAM,USA,3,cow
2014,JAM,CHN,,cow
2013,FJI,CHN,7,cow
`;
const flows = validateTable(readCsv('data/trade/flows.csv', FLOWS), tradeFlowsSchema, {
  economies: new Set(['SGP', 'JAM', 'FJI', 'CHN', 'USA']),
  sources: new Set(['cow']),
});

describe('exportsByMember', () => {
  it('sums each exporter\u2019s rows with a value in the year, by code', () => {
    // 2014: JAM 3 (JAM->CHN has no value); SGP 50 + 25 = 75; FJI exported only in 2013
    expect(exportsByMember(flows, 2014)).toEqual([
      { iso3: 'JAM', value: 3 },
      { iso3: 'SGP', value: 75 },
    ]);
  });

  it('gives nothing for a year without flows', () => {
    expect(exportsByMember(flows, 1990)).toEqual([]);
  });
});
