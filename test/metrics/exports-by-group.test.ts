import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { codeFlows } from '../../src/metrics/coded-flows';
import { exportsByGroup } from '../../src/metrics/exports-by-group';

// BRA and ARG (lac) export to each other, to CHN (south only), to USA (north) and to a partner that is no economy (null).
const flows = codeFlows(
  [2000, 2000, 2000, 2000, 2000, 2000, 2001, 2001, 2001],
  ['BRA', 'ARG', 'BRA', 'ARG', 'USA', 'ARG', 'BRA', 'BRA', 'CHN'],
  ['USA', 'BRA', 'CHN', null, 'BRA', 'CHN', 'ARG', 'USA', 'BRA'],
  [0.1, 0.2, 0.3, 5, 100, null, 0, 1, 7],
);
const LAC = new Set(['ARG', 'BRA']);
const SOUTH = new Set(['ARG', 'BRA', 'CHN']);

describe('exportsByGroup', () => {
  const out = exportsByGroup(
    flows,
    new Map([
      ['lac', LAC],
      ['none', new Set<string>()],
    ]),
    { to_south: SOUTH, to_north: new Set(['USA']) },
  ).objects() as Record<string, unknown>[];

  it('sums the members\u2019 exports by year: in all, to members, to each partner set', () => {
    expect(out).toEqual([
      // 2000: BRA->USA 0.1, ARG->BRA 0.2, BRA->CHN 0.3, ARG->(no economy) 5; ARG->CHN has no value; USA->BRA is no member's
      { group: 'lac', year: 2000, exporters: 2, total: 0.1 + 0.2 + 0.3 + 5, to_members: 0.2, to_south: 0.2 + 0.3, to_north: 0.1 },
      // 2001: a recorded 0 counts as a row; one exporter
      { group: 'lac', year: 2001, exporters: 1, total: 1, to_members: 0, to_south: 0, to_north: 1 },
    ]);
  });

  it('adds in row order, as Arquero\u2019s filter, groupby and op.sum do, to the last bit', () => {
    const reference = aq
      .table({
        year: [...flows.year],
        exporter: [...flows.exporter].map((e) => flows.codes[e] ?? null),
        value: [...flows.value].map((v) => (Number.isNaN(v) ? null : v)),
      })
      .filter((d: any) => d.value != null && (d.exporter === 'BRA' || d.exporter === 'ARG') && d.year === 2000)
      .rollup({ total: aq.op.sum('value') })
      .get('total', 0);
    expect(out[0]!.total).toBe(reference);
    // BRA's rows summed, then ARG's, would give another last digit
    expect(out[0]!.total).toBe(0.1 + 0.2 + 0.3 + 5);
    expect(out[0]!.total).not.toBe(0.1 + 0.3 + (0.2 + 5));
  });

  it('gives nothing for a group without members or rows', () => {
    expect(out.some((r) => r.group === 'none')).toBe(false);
    expect(exportsByGroup(codeFlows([], [], [], []), new Map([['lac', LAC]])).numRows()).toBe(0);
  });
});
