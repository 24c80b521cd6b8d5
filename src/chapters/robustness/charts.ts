import type { TopLevelSpec } from 'vega-lite';
import { baseSpec } from '../../charts/base-spec';
import type { ChartDef } from '../../charts/chart';
import { formatNumber } from '../../render/format';
import type { RobustnessMetrics } from './metrics';

/** Row labels short enough for the chart's axis; the table beside it has the full ones. */
const SHORT: Record<string, string> = {
  report: 'Report\u2019s definition',
  'no-taiwan': 'Without Taiwan Province of China',
  'no-high-income': 'Without Rep. of Korea, Singapore, Taiwan PoC',
  'group-of-77': 'Group of 77 only',
  'no-china': 'Without China',
  'comtrade-report': 'Comtrade, without Hong Kong and Macao SARs',
  'comtrade-hong-kong': 'Comtrade, with Hong Kong and Macao SARs',
};

/** The South-South export share under each definition, a dot for each of the two years compared. */
export function definitionsChart(m: RobustnessMetrics, source: string): ChartDef | null {
  if (!m.years || m.definitions.length === 0) return null;
  const values = m.definitions.flatMap((d) =>
    d.years.map((year, i) => ({ definition: SHORT[d.id] ?? d.id, year: String(year), share: round(d.shares[i]!) })),
  );
  const report = m.definitions[0]!;
  const alt =
    `Dot chart of the share of developing economies' exports that went to developing economies ` +
    `under ${m.definitions.length} definitions of the South, ${m.years[0]} and ${m.years[1]}: ` +
    `from ${formatNumber(Math.min(...m.definitions.map((d) => d.shares[1] ?? Infinity)))} to ` +
    `${formatNumber(Math.max(...m.definitions.map((d) => d.shares[1] ?? -Infinity)))} per cent ` +
    `in the later year, ${formatNumber(report.shares[1])} per cent under the report's ` +
    `definition.`;
  const spec: TopLevelSpec = {
    ...baseSpec(alt, 300, 210),
    data: { values },
    mark: { type: 'point', filled: true, size: 70 },
    encoding: {
      y: { field: 'definition', type: 'nominal', title: null, sort: m.definitions.map((d) => SHORT[d.id] ?? d.id) },
      x: { field: 'share', type: 'quantitative', title: 'Per cent of their exports', scale: { domain: [0, 100] } },
      color: { field: 'year', type: 'nominal', title: 'Year' },
      shape: { field: 'year', type: 'nominal', title: 'Year' },
    },
  };
  return {
    id: 'robustness-definitions',
    title: `South-South export share under seven definitions of the South, ${m.years[0]} and ${m.years[1]}`,
    source,
    alt,
    spec,
  };
}

function round(v: number | null): number | null {
  return v === null ? null : Math.round(v * 1000) / 1000;
}
