import type { MetricsOptions } from '../chapters';
import type { Data, PublishedShare, TradeGroup } from '../validate/validate-data';
import { comtradeShares, type ComtradeShare } from './comtrade-shares';
import { concentration, topShare, type ExporterShare } from './concentration';
import { cagr } from './growth';
import { groupMembers } from './group-members';
import { rankByYear } from './rank';
import { tradeShares, type ShareObservation } from './trade-shares';
import { yearOnYear } from './year-on-year';

/** One year of a series with everything the report prints about it. */
export interface SeriesYear {
  year: number;
  value: number | null;
  /** Change on the previous calendar year: percentage points for shares, the amount's unit otherwise. */
  change: number | null;
  /** Per cent change on the previous year (amounts only). */
  pct_change: number | null;
  /** Rank among the regional groups that year (shares of regional groups only). */
  rank: number | null;
}

/** A series of one indicator for one group, up to the edition year. */
export interface Series {
  indicator: string;
  group: TradeGroup;
  unit: 'per cent' | 'millions of current dollars';
  kind: 'share' | 'amount';
  points: SeriesYear[];
  /** The edition year's point, or null when the series has no value that year. */
  latest: SeriesYear | null;
  /** Compound annual growth over the edition's window, per cent a year (amounts only). */
  growth: number | null;
}

/** Indicator ids: they are the first part of every figure id, so they never change once published. */
export const INDICATORS = {
  intraregional: 'intraregional-export-share',
  southSouth: 'south-south-export-share',
  southSouthValue: 'south-south-exports',
  groupExports: 'group-total-exports',
} as const;

/** The metrics of the trade chapter. */
export interface Metrics {
  edition: number;
  /** First and last year of the data used; the last is the edition. */
  firstYear: number;
  /** The window over which growth rates are compounded. */
  window: { from: number; to: number };
  /** Intra-group export shares, regional groups first, then all developing economies. */
  shares: Series[];
  /** Exports of developing economies to developing economies, in millions of current dollars. */
  southSouthValue: Series;
  /** Published figures beside the value computed for the same group and year. */
  published: { share: PublishedShare; computed: number | null }[];
  /** The largest developing exporters to developing economies in the edition year (top 10). */
  topExporters: ExporterShare[];
  /** The combined share of the five largest, by year, with how many economies exported. */
  top5: { year: number; share_pct: number; exporters: number; change: number | null }[];
  /** The same shares from UN Comtrade's 4-yearly waves (exporter-reported), up to the edition. */
  comtrade: ComtradeShare[];
  /** Years within the data's span for which a series has no value. */
  gaps: { indicator: string; group: string; year: number }[];
}

/** The id of the group that stands for all developing economies (South-South trade). */
export const SOUTH = 'south';

/**
 * Computes the trade chapter's metrics from the validated data, as of the edition year: data after
 * the edition is ignored, as if the report had been built that year.
 */
export function tradeMetrics(data: Data, { edition, growthWindow }: MetricsOptions): Metrics {
  const groups = data.tradeGroups.rows;
  const members = new Map(groups.map((g) => [g.id, groupMembers(g, data.countries.rows)]));
  const all = allYears(data, members);
  const observations = all.shares.filter((o) => o.year <= edition);
  const years = observations.map((o) => o.year);
  const firstYear = Math.min(...years);
  const window = { from: Math.max(firstYear, edition - growthWindow), to: edition };

  const shareSeries = groups.map((g) => series(g, g.id === SOUTH ? INDICATORS.southSouth : INDICATORS.intraregional, 'share', observations, (o) => o.share_pct, edition));
  const ranks = rankByYear(
    shareSeries.filter((s) => s.group.id !== SOUTH).flatMap((s) => s.points.map((p) => ({ series: s.group.id, year: p.year, value: p.value }))),
  );
  for (const s of shareSeries) {
    for (const p of s.points) p.rank = ranks.find((r) => r.series === s.group.id && r.year === p.year)?.rank ?? null;
  }
  const south = groups.find((g) => g.id === SOUTH)!;
  const southSouthValue = series(south, INDICATORS.southSouthValue, 'amount', observations, (o) => o.intra_musd, edition);
  const first = southSouthValue.points.find((p) => p.year === window.from)?.value ?? null;
  southSouthValue.growth = cagr(first, southSouthValue.latest?.value ?? null, window.from, window.to);

  const published = data.publishedShares.rows.map((share) => ({
    share,
    computed: observations.find((o) => o.group === share.group && o.year === share.year)?.share_pct ?? null,
  }));
  const gaps = [...shareSeries, southSouthValue].flatMap((s) => {
    const have = new Set(s.points.filter((p) => p.value !== null).map((p) => p.year));
    const missing: number[] = [];
    for (let y = firstYear; y <= edition; y++) if (!have.has(y)) missing.push(y);
    return missing.map((year) => ({ indicator: s.indicator, group: s.group.id, year }));
  });
  const exporterShares = all.exporters.filter((s) => s.year <= edition);
  const top5Points = topShare(exporterShares, 5);
  const top5Changes = yearOnYear(top5Points.map((p) => ({ series: 'top5', year: p.year, value: p.share_pct })));
  const top5 = top5Points.map((p) => ({ ...p, change: top5Changes.find((c) => c.year === p.year)?.change ?? null }));
  const topExporters = exporterShares.filter((s) => s.year === edition && s.rank <= 10);
  const comtrade = all.comtrade.filter((c) => c.wave <= edition);
  return { edition, firstYear, window, shares: shareSeries, southSouthValue, published, topExporters, top5, comtrade, gaps };
}

// The shares of every year are computed once per data set and filtered to each edition's years:
// a build computes two editions (this one and the previous, for "what changed").
const cache = new WeakMap<Data, { shares: ShareObservation[]; exporters: ExporterShare[]; comtrade: ComtradeShare[] }>();
function allYears(data: Data, members: Map<string, Set<string>>) {
  let r = cache.get(data);
  if (!r) {
    r = { shares: tradeShares(data.tradeFlows, members), exporters: concentration(data.tradeFlows, members.get(SOUTH)!), comtrade: comtradeShares(data, Infinity) };
    cache.set(data, r);
  }
  return r;
}

function series(
  group: TradeGroup,
  indicator: string,
  kind: Series['kind'],
  observations: ShareObservation[],
  value: (o: ShareObservation) => number | null,
  edition: number,
): Series {
  const own = observations.filter((o) => o.group === group.id);
  const points: SeriesYear[] = yearOnYear(own.map((o) => ({ series: group.id, year: o.year, value: value(o) }))).map((p) => ({
    year: p.year,
    value: p.value,
    change: p.change,
    pct_change: kind === 'amount' ? p.pct_change : null,
    rank: null,
  }));
  return {
    indicator,
    group,
    unit: kind === 'share' ? 'per cent' : 'millions of current dollars',
    kind,
    points,
    latest: points.find((p) => p.year === edition && p.value !== null) ?? null,
    growth: null,
  };
}
