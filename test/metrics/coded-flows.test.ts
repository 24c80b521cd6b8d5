import { describe, expect, it } from 'vitest';
import { codeFlows, memberMask, recodeFlows } from '../../src/metrics/coded-flows';

describe('codeFlows', () => {
  const flows = codeFlows([2001, 2000, 2001], ['BRA', 'ARG', null], ['CHN', 'BRA', 'BRA'], [10, null, 2.5]);

  it('numbers the exporters in order of first appearance, then the other importers', () => {
    expect(flows.codes).toEqual(['BRA', 'ARG', 'CHN']);
    expect([...flows.exporter]).toEqual([0, 1, -1]);
    expect([...flows.importer]).toEqual([2, 0, 0]);
  });

  it('keeps the rows in place, a missing value as NaN, and the span of years', () => {
    expect([...flows.year]).toEqual([2001, 2000, 2001]);
    expect([...flows.value]).toEqual([10, NaN, 2.5]);
    expect(flows.years).toEqual([2000, 2001]);
  });

  it('gives an empty span for no rows', () => {
    expect(codeFlows([], [], [], []).years).toEqual([0, -1]);
  });
});

describe('memberMask', () => {
  it('marks the numbered members and ignores codes the flows do not name', () => {
    const flows = codeFlows([2000], ['BRA'], ['ARG'], [1]);
    expect([...memberMask(flows, new Set(['ARG', 'CHN']))]).toEqual([0, 1]);
  });
});

describe('recodeFlows', () => {
  it('numbers what the codes stand for: two codes of one economy get one number, no economy -1', () => {
    const flows = codeFlows([2000, 2000, 2004], ['ZAR', 'COD', 'BRA'], ['UNS', 'BRA', 'ZAR'], [1, 2, 3]);
    const economies = recodeFlows(flows, (code) => (code === 'ZAR' ? 'COD' : code === 'UNS' ? null : code));
    expect(economies.codes).toEqual(['COD', 'BRA']);
    expect([...economies.exporter]).toEqual([0, 0, 1]);
    expect([...economies.importer]).toEqual([-1, 1, 0]);
    expect(economies.value).toBe(flows.value);
  });
});
