import { describe, expect, it } from 'vitest';
import { build } from '../../helpers/build';
import type { WorldSharesMetrics } from '../../../src/chapters/world-shares/metrics';

// SDG 17.11.1 as in the shared DDF file; the SIDS sum computed by hand with python3 over the 53
// developing SIDS of M49 (2020), 51 of them with a value in 2021 (Puerto Rico and the United States
// Virgin Islands have none).
describe('shares of world merchandise exports (SDG 17.11.1)', () => {
  it('takes the LDC and LLDC aggregates as published and sums the SIDS members', async () => {
    const { metrics } = await build({ edition: 2026 });
    const m = metrics.get('world-shares') as WorldSharesMetrics;
    expect(m.lastYear).toBe(2021);
    const at = (id: string, year: number) => m.series.find((s) => s.id === id)!.points.find((p) => p.year === year)!;
    expect(at('ldc', 2021).value).toBe(1.05294);
    expect(at('lldc', 2021).value).toBe(0.9814);
    expect(at('sids', 2021).value).toBeCloseTo(2.2761, 4);
    expect(at('sids', 2021).members).toBe(51);
    expect(at('ldc', 2000).value).toBe(0.54178);
    expect(m.sidsMembers).toHaveLength(53);
    expect(m.sidsMissing).toEqual(['PRI', 'VIR']);
    expect(m.singapore.find((p) => p.year === 2021)!.value).toBe(2.04834);
  });

  it('ends at the edition\u2019s data year', async () => {
    const { metrics } = await build({ edition: 2015 });
    expect((metrics.get('world-shares') as WorldSharesMetrics).lastYear).toBe(2014);
  });
});
