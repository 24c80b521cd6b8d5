import { describe, expect, it } from 'vitest';
import { codeFlows } from '../../src/metrics/coded-flows';
import { economiesByYear } from '../../src/metrics/economies-by-year';

describe('economiesByYear', () => {
  it('counts the importers and exporters of the rows with a value, by year', () => {
    const flows = codeFlows(
      [2001, 2000, 2000, 2000, 2000, 2002],
      ['BRA', 'BRA', 'BRA', 'CHN', 'ARG', 'ARG'],
      ['ARG', 'ARG', 'CHN', 'ARG', null, 'BRA'],
      [1, 2, 3, 4, null, null],
    );
    // 2000: BRA and CHN export to ARG and CHN (ARG's row has no value); 2002 has only a missing value: absent
    expect(economiesByYear(flows)).toEqual([
      { year: 2000, importers: 2, exporters: 2 },
      { year: 2001, importers: 1, exporters: 1 },
    ]);
  });
});
