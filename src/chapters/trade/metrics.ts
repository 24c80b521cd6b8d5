/** The trade chapter's metrics: shares, values, concentration, Comtrade waves and published figures, as of the edition. */
import type { MetricsOptions } from '../chapter';
import type { Data, PublishedShare, TradeGroup } from '../../validate/validate-data';
import { comtradeShares, type ComtradeShare } from '../../metrics/comtrade-shares';
import { concentration, topShare, type ExporterShare } from '../../metrics/concentration';
import { cagr } from '../../metrics/growth';
import { groupMembers } from '../../metrics/group-members';
import { rankByYear } from '../../metrics/rank';
import { oncePer } from '../../metrics/once-per';
import { tradeShares } from '../../metrics/trade-shares';
import { yearOnYearBySeries } from '../../metrics/year-on-year';
import { type SeriesYear, SOUTH } from '../../metrics/series';

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
const INDICATORS = {
  intraregional: 'intraregional-export-share',
  southSouth: 'south-south-export-share',
  southSouthValue: 'south-south-exports',
  groupExports: 'group-total-exports',
} as const;

/** The metrics of the trade chapter. */
export interface Metrics {
  /** The last year of the bilateral series: the edition's data year, or the data's last year if earlier. */
  edition: number;
  /** First year of the data used. */
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
  /** The same shares from UN Comtrade's four-yearly waves (exporter-reported), up to the edition. */
  comtrade: ComtradeShare[];
  /** Years within the data's span for which a series has no value. */
  gaps: { indicator: string; group: string; year: number }[];
}

/**
 * Computes the trade chapter's metrics from the validated data, as of the edition year: data after
 * the edition is ignored, as if the report had been built that year.
 */
export function tradeMetrics(data: Data, { edition: cut, growthWindow }: MetricsOptions): Metrics {
  const groups = data.tradeGroups.rows;
  const all = allYears(data);
  // The bilateral series end where the Correlates of War data end (2014): a later edition reports
  // them to that year, and the UN Comtrade waves up to its own data year.
  const edition = Math.min(cut, all.lastYear);
  const observations = all.shares.filter((o) => o.year <= edition);
  const years = observations.map((o) => o.year);
  const firstYear = Math.min(...years);
  const window = { from: Math.max(firstYear, edition - growthWindow), to: edition };

  const shareSeries = groups.map((g) =>
    series(g, g.id === SOUTH ? INDICATORS.southSouth : INDICATORS.intraregional, 'share', all, edition),
  );
  const south = groups.find((g) => g.id === SOUTH)!;
  const southSouthValue = series(south, INDICATORS.southSouthValue, 'amount', all, edition);
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
  const top5 = all.top5.filter((p) => p.year <= edition);
  const topExporters = all.exporters.filter((s) => s.year === edition && s.rank <= 10);
  const comtrade = all.comtrade.filter((c) => c.wave <= cut);
  return { edition, firstYear, window, shares: shareSeries, southSouthValue, published, topExporters, top5, comtrade, gaps };
}

/**
 * Every year's shares, changes and ranks, once per data set: a build computes two editions (this
 * one and the previous, for "what changed"), and a year's change or rank reads no later year, so
 * each edition keeps its years of these. The changes of every series come from one Arquero
 * pipeline, by series: each call of one costs a millisecond, whatever its size.
 */
const allYears = oncePer((data: Data) => {
  const members = new Map(data.tradeGroups.rows.map((g) => [g.id, groupMembers(g, data.countries.rows)]));
  const shares = tradeShares(data.tradeFlows, members);
  const exporters = concentration(data.tradeFlows, members.get(SOUTH)!);
  const top5Points = topShare(exporters, 5);
  const changes = yearOnYearBySeries([
    ...shares.map((o) => ({ series: `share:${o.group}`, year: o.year, value: o.share_pct })),
    ...shares.filter((o) => o.group === SOUTH).map((o) => ({ series: `amount:${o.group}`, year: o.year, value: o.intra_musd })),
    ...top5Points.map((p) => ({ series: 'top5', year: p.year, value: p.share_pct })),
  ]);
  const ranks = rankByYear(shares.filter((o) => o.group !== SOUTH).map((o) => ({ series: o.group, year: o.year, value: o.share_pct })));
  const top5Changes = changes.get('top5') ?? [];
  let lastYear = -Infinity;
  for (const o of shares) if (o.year > lastYear) lastYear = o.year;
  return {
    shares,
    lastYear,
    exporters,
    top5: top5Points.map((p) => ({ ...p, change: top5Changes.find((c) => c.year === p.year)?.change ?? null })),
    changes,
    rank: (group: string, year: number) => ranks.find((r) => r.series === group && r.year === year)?.rank ?? null,
    comtrade: comtradeShares(data, Infinity),
  };
});

function series(group: TradeGroup, indicator: string, kind: Series['kind'], all: ReturnType<typeof allYears>, edition: number): Series {
  const own = (all.changes.get(`${kind}:${group.id}`) ?? []).filter((p) => p.year <= edition);
  const points: SeriesYear[] = own.map((p) => ({
    year: p.year,
    value: p.value,
    change: p.change,
    pct_change: kind === 'amount' ? p.pct_change : null,
    rank: kind === 'share' ? all.rank(group.id, p.year) : null,
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
