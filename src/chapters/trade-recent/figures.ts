import type { Figure, Ledger } from '../../figures/ledger';
import { oncePer } from '../../metrics/once-per';
import type { SeriesYear } from '../../metrics/series';
import { formatChange, formatNumber } from '../../render/format';
import type { Data } from '../../validate/validate-data';
import type { DirectionSeries } from './metrics';

export const INDICATORS = {
  share: 'exports-to-lmic-share',
  within: 'within-region-lmic-export-share',
  covered: 'exports-to-lmic-exporters',
  coveredPct: 'exports-to-lmic-coverage',
  gap: 'south-share-definition-gap',
} as const;

/** The definitions Annex A prints for the indicators this chapter registers. */
export const DEFINITIONS: Record<string, string> = {
  [INDICATORS.share]:
    'Merchandise exports of the group\u2019s economies to low- and middle-income economies ' +
    '(World Bank income groups of each year) as a percentage of their merchandise exports: ' +
    'each economy\u2019s shares within and outside its region (WDI TX.VAL.MRCH.WR.ZS + ' +
    'TX.VAL.MRCH.OR.ZS) weighted by its merchandise exports (TX.VAL.MRCH.CD.WT), over the ' +
    'economies with all three values.',
  [`${INDICATORS.share}-change`]: 'Change of the share on the previous year, percentage points.',
  [`${INDICATORS.share}-exporters`]: 'Economies of the group with merchandise exports and both shares that year.',
  [`${INDICATORS.share}-coverage`]:
    'Exports of the economies covered as a percentage of the exports of all the group\u2019s economies with exports recorded that year.',
  [INDICATORS.within]:
    'Merchandise exports of the developing economies of a World Bank region to low- and ' +
    'middle-income economies of the same region (WDI TX.VAL.MRCH.WR.ZS), weighted by each ' +
    'economy\u2019s merchandise exports, per cent.',
  [`${INDICATORS.within}-change`]: 'Change of the within-region share on the previous year, percentage points.',
  [`${INDICATORS.within}-exporters`]: 'Developing economies of the region with merchandise exports and the within-region share that year.',
  [`${INDICATORS.within}-coverage`]:
    'Exports of the economies covered as a percentage of the exports of all the region\u2019s ' +
    'developing economies with exports recorded that year.',
  'south-share-compared-years': 'Years compared for the direction of the two measures: each year both exist with the year before it.',
  'south-share-same-direction-years':
    'Years in which the bilateral South-South share and the share going to low- and ' +
    'middle-income economies both rose or both fell on the previous year.',
  [INDICATORS.gap]:
    'The bilateral South-South export share (Correlates of War) less the share of developing ' +
    'economies\u2019 exports going to low- and middle-income economies (WDI), percentage ' +
    'points.',
};

/** The sources of the WDI rows as imported (a later download has its own id), then the classifications. */
// Once per data set, the lists deduplicated by identity first (the rows share one list per distinct text).
export const wdiSources = oncePer((data: Data): string[] =>
  [...new Set([...new Set(data.wdiExportDirection.columns().source)].flat())].sort(),
);

export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');

export function register(ledger: Ledger, s: DirectionSeries, indicator: string, entity: string, src: string) {
  const level = (year: number): Figure => {
    const p = s.points.find((x) => x.year === year);
    return ledger.add({
      indicator,
      entity,
      period: String(year),
      value: p?.value ?? null,
      unit: 'per cent',
      source: src,
      text: formatNumber(p?.value),
    });
  };
  const change = (year: number): Figure | null => {
    const p = s.points.find((x) => x.year === year);
    if (!p || p.change === null) return null;
    return ledger.add({
      indicator: `${indicator}-change`,
      entity,
      period: String(year),
      value: p.change,
      unit: 'percentage points',
      source: src,
      derived_from: [`${indicator}:${entity}:${year}`, `${indicator}:${entity}:${year - 1}`],
      text: formatChange(p.change),
      kind: 'change',
      base: indicator,
    });
  };
  const covered = (year: number): [Figure, Figure] => {
    const p = s.points.find((x) => x.year === year);
    return [
      ledger.add({
        indicator: `${indicator}-exporters`,
        entity,
        period: String(year),
        value: p?.covered ?? null,
        unit: 'economies',
        source: src,
        text: formatNumber(p?.covered, 0),
      }),
      ledger.add({
        indicator: `${indicator}-coverage`,
        entity,
        period: String(year),
        value: p?.coveredPct ?? null,
        unit: 'per cent of exports',
        source: src,
        text: formatNumber(p?.coveredPct),
      }),
    ];
  };
  const points: SeriesYear[] = s.points.map((p) => ({ year: p.year, value: p.value, change: p.change, pct_change: null, rank: null }));
  return { level, change, covered, points };
}
