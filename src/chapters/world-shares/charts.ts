import type { TopLevelSpec } from 'vega-lite';
import { baseSpec } from '../../charts/base-spec';
import type { ChartDef } from '../../charts/chart';
import { describeLines } from '../../charts/describe';
import { yearAxis } from '../../charts/theme';
import type { WorldSharesMetrics } from './metrics';

export const GROUP_NAMES = {
  ldc: 'Least developed countries',
  lldc: 'Landlocked developing countries',
  sids: 'Small island developing States',
} as const;

/** The three groups' shares of world merchandise exports, by year. */
export function worldSharesChart(m: WorldSharesMetrics, source: string): ChartDef | null {
  if (m.lastYear === null || m.firstYear === null) return null;
  const series = m.series.map((s) => ({ name: GROUP_NAMES[s.id], points: s.points.map((p) => ({ year: p.year, value: p.value })) }));
  const alt = describeLines(
    'the shares of the least developed countries, the landlocked developing countries and the ' +
      'small island developing States in world merchandise exports',
    'per cent',
    series,
    2,
  );
  const spec: TopLevelSpec = {
    ...baseSpec(alt, 440, 200),
    data: {
      values: series.flatMap((s) =>
        s.points.map((p) => ({ year: p.year, group: s.name, share: p.value === null ? null : Math.round(p.value * 1000) / 1000 })),
      ),
    },
    mark: { type: 'line', point: true },
    encoding: {
      x: yearAxis(m.firstYear, m.lastYear),
      y: { field: 'share', type: 'quantitative', title: 'Per cent of world exports' },
      color: { field: 'group', type: 'nominal', title: null, sort: series.map((s) => s.name) },
    },
  };
  return { id: 'world-export-shares', title: `Shares of world merchandise exports, ${m.firstYear}-${m.lastYear}`, source, alt, spec };
}
