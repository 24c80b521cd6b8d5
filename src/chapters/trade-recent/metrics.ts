import type { MetricsOptions } from '../chapter';
import type { Data } from '../../validate/validate-data';
import { oncePer } from '../../metrics/once-per';
import { SOUTH } from '../../metrics/series';
import { tradeShares } from '../../metrics/trade-shares';

/** One year of a weighted share, with what it covers. */
export interface DirectionPoint {
  year: number;
  /** Per cent of the covered exporters' merchandise exports; null when none is covered. */
  value: number | null;
  /** Change on the previous year, percentage points; null after a gap. */
  change: number | null;
  /** Exporters with exports and the shares that year. */
  covered: number;
  /** Their exports as a percentage of the exports of all the group's economies with exports recorded that year. */
  coveredPct: number | null;
  /** Exports of the covered exporters, current dollars. */
  exportsUsd: number;
}

/** A group's share of exports going to low- and middle-income economies (or, for a region, to those of its own region). */
export interface DirectionSeries {
  id: string;
  members: string[];
  points: DirectionPoint[];
}

export interface TradeRecentMetrics {
  /** First year reported: 1990, the first year of the bilateral series and of the World Bank's income groups in force. */
  firstYear: number;
  /** Last year with a value for all developing economies, up to the edition's data year. */
  lastYear: number;
  /** All developing economies, then LDCs, LLDCs and SIDS: share of their exports to low- and middle-income economies. */
  groups: DirectionSeries[];
  /** Developing economies of each World Bank region: share of their exports to low- and middle-income economies of the same region. */
  regions: (DirectionSeries & { region: string })[];
  /** The bilateral South-South share (Correlates of War, importers' reports), for the years both series have. */
  bilateral: { year: number; value: number }[];
}

const FIRST_YEAR = 1990;
const GROUP_IDS = [SOUTH, 'ldc', 'lldc', 'sids'] as const;
const FLAGS = { ldc: 'ldc', lldc: 'lldc', sids: 'sids' } as const;

/** The shares as of the edition: every year from 1990 to the edition's data year that the data reach. */
export function tradeRecentMetrics(data: Data, { edition }: MetricsOptions): TradeRecentMetrics {
  const all = allYears(data);
  const upTo = <S extends DirectionSeries>(s: S): S => ({ ...s, points: s.points.filter((p) => p.year <= edition) });
  const groups = all.groups.map(upTo);
  const south = groups[0]!.points.filter((p) => p.value !== null);
  const lastYear = south.length ? south[south.length - 1]!.year : FIRST_YEAR;
  const bilateral = all.bilateral.filter((b) => b.year <= edition);
  return { firstYear: FIRST_YEAR, lastYear, groups, regions: all.regions.map(upTo), bilateral };
}

/**
 * Every year's weighted shares, once per data set: for each exporter with merchandise exports (X)
 * and the shares of a year, X × share summed over the group, divided by the sum of X. The WDI
 * gives each share as a percentage of the exporter's own exports, so weighting by X gives the
 * group's share of its total exports, as a group aggregate of the bilateral data would.
 */
const allYears = oncePer((data: Data) => {
  // Each indicator as economy → values by year from 1990 (NaN where absent): typed arrays, not 40,000 string keys.
  const rows = data.wdiExportDirection.columns();
  let last = FIRST_YEAR;
  for (let i = 0; i < rows.year.length; i++) if (rows.year[i]! > last) last = rows.year[i]!;
  const span = last - FIRST_YEAR + 1;
  const byIndicator = new Map<string, Map<string, Float64Array>>();
  for (let i = 0; i < rows.iso3.length; i++) {
    const y = rows.year[i]! - FIRST_YEAR;
    if (y < 0) continue;
    let m = byIndicator.get(rows.indicator[i]!);
    if (!m) byIndicator.set(rows.indicator[i]!, (m = new Map()));
    let values = m.get(rows.iso3[i]!);
    if (!values) m.set(rows.iso3[i]!, (values = new Float64Array(span).fill(NaN)));
    values[y] = rows.value[i]!;
  }
  const get = (indicator: string) => byIndicator.get(indicator) ?? new Map<string, Float64Array>();
  const [x, within, outside] = [get('TX.VAL.MRCH.CD.WT'), get('TX.VAL.MRCH.WR.ZS'), get('TX.VAL.MRCH.OR.ZS')];
  const at = (m: Map<string, Float64Array>, e: string, y: number) => m.get(e)?.[y] ?? NaN;

  const developing = data.countries.rows.filter((c) => c.development === 'developing');
  const members = new Map<string, string[]>([[SOUTH, developing.map((c) => c.iso3)]]);
  for (const [id, flag] of Object.entries(FLAGS))
    members.set(
      id,
      developing.filter((c) => c[flag]).map((c) => c.iso3),
    );
  const regionOf = new Map(data.wbRegions.rows.map((r) => [r.iso3, r.wb_region]));
  const regionNames = [...new Set(developing.map((c) => regionOf.get(c.iso3)).filter((r): r is string => r !== undefined))].sort();

  const weighted = (id: string, economies: string[], share: (e: string, y: number) => number): DirectionSeries => {
    const points: DirectionPoint[] = [];
    for (let y = 0; y < span; y++) {
      let num = 0,
        covered = 0,
        coveredUsd = 0,
        allUsd = 0;
      for (const e of economies) {
        const v = at(x, e, y);
        if (!(v > 0)) continue;
        allUsd += v;
        const s = share(e, y);
        if (Number.isNaN(s)) continue;
        num += (v * s) / 100;
        coveredUsd += v;
        covered++;
      }
      points.push({
        year: FIRST_YEAR + y,
        value: coveredUsd > 0 ? (100 * num) / coveredUsd : null,
        change: null,
        covered,
        coveredPct: allUsd > 0 ? (100 * coveredUsd) / allUsd : null,
        exportsUsd: coveredUsd,
      });
    }
    // Change on the previous year, none after a gap (as the shared year-on-year verb does; its
    // Arquero pipeline costs 80 ms on first use, a loop nothing).
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1]!.value, points[i]!.value];
      points[i]!.change = a !== null && b !== null ? b - a : null;
    }
    return { id, members: [...economies].sort(), points };
  };
  const toLmic = (e: string, y: number) => at(within, e, y) + at(outside, e, y);
  const groups = GROUP_IDS.map((id) => weighted(id, members.get(id)!, toLmic));
  const regions = regionNames.map((region) => ({
    ...weighted(
      region,
      developing.filter((c) => regionOf.get(c.iso3) === region).map((c) => c.iso3),
      (e, y) => at(within, e, y),
    ),
    region,
  }));

  const south = new Set(members.get(SOUTH));
  const bilateral = tradeShares(data.tradeFlows, new Map([[SOUTH, south]]))
    .filter((o) => o.share_pct !== null)
    .map((o) => ({ year: o.year, value: o.share_pct! }));
  return { groups, regions, bilateral };
});
