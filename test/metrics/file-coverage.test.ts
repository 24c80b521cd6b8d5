import { describe, expect, it } from 'vitest';
import { fileCoverage } from '../../src/metrics/file-coverage';
import type { Dataset } from '../../src/validate/table-schema';

const dataset = (columns: Record<string, unknown[]>): Dataset<object> => ({
  file: 'f.csv',
  rows: [],
  columns: () => columns,
  lineOf: (i) => i + 2,
});

describe('fileCoverage', () => {
  it('counts rows, the span of years and the distinct codes of the economy columns', () => {
    const flows = dataset({ year: [2001, 1999, 2000], exporter_iso3: ['BRA', 'BRA', 'CHN'], importer_iso3: ['CHN', 'ARG', 'BRA'] });
    expect(fileCoverage(flows)).toEqual({ rows: 3, years: [1999, 2001], economies: 3 });
  });

  it('does not count an empty code as an economy', () => {
    // comtrade-codes.csv: codes with no ISO3 (areas, special categories) leave iso3 empty.
    expect(fileCoverage(dataset({ iso3: ['BRA', null, null, 'ARG'] })).economies).toBe(2);
  });

  it('gives no years and no economies for a file without those columns', () => {
    expect(fileCoverage(dataset({ id: ['a', 'b'], year: [null, null] }))).toEqual({ rows: 2, years: null, economies: 0 });
  });
});
