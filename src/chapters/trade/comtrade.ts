/** The second source: UN Comtrade's four-yearly waves, as the exporters reported them, beside the Correlates of War shares. */
import { SOUTH } from '../../metrics/series';
import { formatNumber } from '../../render/format';
import type { TableModel } from '../../render/model';
import type { Sentence } from '../../render/narrative';
import { citation } from '../../render/sources';
import { CLASSIFICATION, COMTRADE, type TradeFigures } from './figures';
import type { Metrics, Series } from './metrics';

/** The Comtrade table and the sentence on its latest wave; null when there is no wave. */
export function comtradeSources(
  f: TradeFigures,
  m: Metrics,
  south: Series,
  regional: Series[],
): { table: TableModel; sentence: Sentence } | null {
  const { ledger, level } = f;
  const ctSrc = `${COMTRADE};${CLASSIFICATION}`;
  const waves = [...new Set(m.comtrade.map((c) => c.wave))].sort((a, b) => a - b);
  const ctFig = (group: string, wave: number) => {
    const c = m.comtrade.find((x) => x.group === group && x.wave === wave);
    return ledger.add({
      indicator: group === SOUTH ? 'comtrade-south-south-export-share' : 'comtrade-intraregional-export-share',
      entity: group,
      period: String(wave),
      value: c?.share_pct ?? null,
      unit: 'per cent',
      source: ctSrc,
      text: formatNumber(c?.share_pct),
    });
  };
  const bothSources = `Sources: calculations based on ${citation(f.data, COMTRADE)} and ${f.cow}; groups as in UNSD M49 (2020).`;
  if (waves.length === 0) return null;
  const table: TableModel = {
    id: 'trade-sources-table',
    label: `Table ${f.number}.3`,
    caption:
      `South-South and intraregional export shares from UN Comtrade's four-yearly waves, with ` +
      `the Correlates of War figure for the same year, per cent`,
    head: ['Year', 'South-South (Comtrade)', 'South-South (COW)', ...regional.map((r) => `${r.group.name} (Comtrade)`)],
    rows: waves.map((w) => ({
      label: String(w),
      cells: [
        ctFig(SOUTH, w),
        south.points.some((p) => p.year === w) ? level(south, w) : '..',
        ...regional.map((r) => ctFig(r.group.id, w)),
      ],
    })),
    source: bothSources,
    notes: [
      'Comtrade values are reported by the exporting economies (Hong Kong SAR\u2019s domestic ' +
        'exports only, without re-exports); Correlates of War values by the importing economies. ' +
        'Comtrade covers non-reporting economies, many of them African, poorly.',
    ],
  };
  const lastWave = waves[waves.length - 1]!;
  const sentence: Sentence = [
    `In ${lastWave}, the latest wave of the UN Comtrade data up to this edition, the ` +
      `exporters\u2019 own reports put the South-South share at `,
    ctFig(SOUTH, lastWave),
    ` per cent${south.points.some((p) => p.year === lastWave) ? ', against ' : ''}`,
    ...(south.points.some((p) => p.year === lastWave)
      ? [level(south, lastWave), ' per cent from the importers\u2019 reports in the Correlates of War data']
      : []),
    '.',
  ];
  return { table, sentence };
}
