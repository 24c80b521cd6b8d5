import { describe, expect, it } from 'vitest';
import { codeFlows } from '../../src/metrics/coded-flows';
import { exportsByEconomy } from '../../src/metrics/exports-by-economy';

const flows = codeFlows(
  [2000, 2000, 2000, 2000, 2000, 2001],
  ['CHN', 'BRA', 'CHN', 'BRA', 'USA', 'BRA'],
  ['USA', 'CHN', 'BRA', null, 'BRA', 'CHN'],
  [1, 0.1, 2, 0.2, 50, null],
);
const SOUTH = new Set(['BRA', 'CHN']);

describe('exportsByEconomy', () => {
  it('sums each exporter\u2019s rows with a value by year, in order of first appearance', () => {
    // BRA's 2001 row has no value; BRA->(no economy) counts when importers are not restricted
    expect(exportsByEconomy(flows).objects()).toEqual([
      { year: 2000, exporter: 'CHN', value: 3 },
      { year: 2000, exporter: 'BRA', value: 0.1 + 0.2 },
      { year: 2000, exporter: 'USA', value: 50 },
    ]);
  });

  it('keeps only rows between the exporters and importers given, first appearance among those', () => {
    // CHN->USA is out, so BRA (its row 2) appears before CHN (row 3)
    expect(exportsByEconomy(flows, SOUTH, SOUTH).objects()).toEqual([
      { year: 2000, exporter: 'BRA', value: 0.1 },
      { year: 2000, exporter: 'CHN', value: 2 },
    ]);
  });
});
