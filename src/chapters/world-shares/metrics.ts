import type { MetricsOptions } from '../chapter';
import type { Data } from '../../validate/validate-data';
import { oncePer } from '../../metrics/once-per';
import { yearOnYearBySeries } from '../../metrics/year-on-year';

/** One year of a group's share of world merchandise exports. */
export interface WorldSharePoint {
  year: number;
  value: number | null;
  /** Change on the previous year, percentage points. */
  change: number | null;
  /** SIDS only: members with a value that year (the share is their sum). */
  members: number | null;
}

export interface WorldShareSeries {
  id: 'ldc' | 'lldc' | 'sids';
  points: WorldSharePoint[];
}

export interface WorldSharesMetrics {
  /** Last year with a value for every group, up to the edition's data year; null when there is none. */
  lastYear: number | null;
  firstYear: number | null;
  series: WorldShareSeries[];
  /** Singapore's own share, by year: one member that weighs most of the SIDS sum. */
  singapore: { year: number; value: number }[];
  /** Developing SIDS of M49 (2020), and those without a value in the last year. */
  sidsMembers: string[];
  sidsMissing: string[];
}

/** M49 codes of the custodians' aggregates (SDG database). */
const AGGREGATES = { ldc: 199, lldc: 432 } as const;
const SINGAPORE = 'SGP';
const EXPORTS = 'TX.EXP.GBMRCH';

/** The groups' shares of world merchandise exports as of the edition's data year. */
export function worldSharesMetrics(data: Data, { edition }: MetricsOptions): WorldSharesMetrics {
  const all = allYears(data);
  const series = all.series.map((s) => ({ ...s, points: s.points.filter((p) => p.year <= edition) }));
  const years = series.map((s) => s.points.filter((p) => p.value !== null).map((p) => p.year));
  const lastYear = years.every((y) => y.length) ? Math.min(...years.map((y) => y[y.length - 1]!)) : null;
  const firstYear = years.every((y) => y.length) ? Math.min(...years.map((y) => y[0]!)) : null;
  const missing = lastYear === null ? [] : all.sidsMembers.filter((iso3) => !all.values.has(`${all.m49.get(iso3)}:${lastYear}`));
  return {
    lastYear,
    firstYear,
    series,
    singapore: all.singapore.filter((p) => p.year <= edition),
    sidsMembers: all.sidsMembers,
    sidsMissing: missing,
  };
}

/**
 * Every year's series, once per data set. LDC and LLDC shares are the custodians' aggregates; the
 * SDG database has no SIDS aggregate, so the SIDS share is the sum of its members' shares, the
 * members being the developing SIDS of M49 (2020), as in the chapter on the most vulnerable economies.
 */
const allYears = oncePer((data: Data) => {
  const values = new Map<string, number>();
  for (const r of data.sdgTradeShares.rows) if (r.indicator === EXPORTS) values.set(`${r.m49}:${r.year}`, r.value);
  const years = [...new Set(data.sdgTradeShares.rows.map((r) => r.year))].sort((a, b) => a - b);
  const m49 = new Map(data.countries.rows.filter((c) => c.m49 !== null).map((c) => [c.iso3, Number(c.m49)]));
  const sidsMembers = data.countries.rows
    .filter((c) => c.sids && c.development === 'developing')
    .map((c) => c.iso3)
    .sort();
  const aggregate = (code: number) =>
    years.map((year) => ({ year, value: values.get(`${code}:${year}`) ?? null, change: null, members: null }));
  const sids = years.map((year) => {
    let sum = 0,
      n = 0;
    for (const iso3 of sidsMembers) {
      const v = values.get(`${m49.get(iso3)}:${year}`);
      if (v !== undefined) {
        sum += v;
        n++;
      }
    }
    return { year, value: n ? sum : null, change: null, members: n };
  });
  const series: WorldShareSeries[] = [
    { id: 'ldc', points: aggregate(AGGREGATES.ldc) },
    { id: 'lldc', points: aggregate(AGGREGATES.lldc) },
    { id: 'sids', points: sids },
  ];
  const changes = yearOnYearBySeries(series.flatMap((s) => s.points.map((p) => ({ series: s.id, year: p.year, value: p.value }))));
  for (const s of series) {
    const c = new Map((changes.get(s.id) ?? []).map((p) => [p.year, p.change]));
    for (const p of s.points) p.change = c.get(p.year) ?? null;
  }
  const singapore = years.flatMap((year) => {
    const v = values.get(`${m49.get(SINGAPORE)}:${year}`);
    return v === undefined ? [] : [{ year, value: v }];
  });
  return { series, singapore, sidsMembers, values, m49 };
});
