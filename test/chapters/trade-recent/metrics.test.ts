import { describe, expect, it } from 'vitest';
import { build } from '../../helpers/build';
import type { TradeRecentMetrics } from '../../../src/chapters/trade-recent/metrics';

// The small fixture: nine developing economies (ARG, BRA, CHN, IDN, IND, KEN, MEX, NGA, ZAF) with the
// WDI shares. Expected values computed by hand with python3 from the raw DDF files (sum of exports ×
// (within + outside) / 100 over the sum of exports).
describe('exports to low- and middle-income economies (WDI, weighted by exports)', () => {
  it('weights each exporter by its exports, states coverage, and stops at the edition\u2019s data year', async () => {
    const { metrics } = await build({ edition: 2026 });
    const m = metrics.get('trade-recent') as TradeRecentMetrics;
    expect(m.lastYear).toBe(2023);
    const south = m.groups.find((g) => g.id === 'south')!;
    const p2023 = south.points.find((p) => p.year === 2023)!;
    expect(p2023.value).toBeCloseTo(34.4313, 3);
    expect(p2023.covered).toBe(9);
    expect(p2023.coveredPct).toBe(100);
    expect(p2023.change).toBeCloseTo(34.4313 - 33.6654, 3);
    const ssa = m.regions.find((r) => r.region === 'Sub-Saharan Africa')!;
    // All 48 developing economies of the region are members; only the three of the fixture have data.
    expect(ssa.members).toHaveLength(48);
    expect(ssa.points.find((p) => p.year === 2023)!.covered).toBe(3);
    expect(ssa.points.find((p) => p.year === 2023)!.value).toBeCloseTo(23.0187, 3);
    // No LDC, LLDC or SIDS among the nine: no value, nothing covered.
    expect(m.groups.find((g) => g.id === 'ldc')!.points.every((p) => p.value === null && p.covered === 0)).toBe(true);
  });

  it('holds no year after the edition\u2019s data year', async () => {
    const { metrics } = await build({ edition: 2016 });
    const m = metrics.get('trade-recent') as TradeRecentMetrics;
    expect(m.lastYear).toBe(2015);
    expect(Math.max(...m.groups[0]!.points.map((p) => p.year))).toBe(2015);
  });
});
