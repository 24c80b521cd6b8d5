/** The chapter's metrics: the groups' trade by destination and their growth, from the data set. */
import type { MetricsOptions } from '../chapter';
import type { Country, Data } from '../../validate/validate-data';
import { coveredTotalsByGroup, type CoveredTotals, type EconomyYears } from '../../metrics/covered-totals';
import { exportsByDestinationAsOf, type DestinationObservation } from '../../metrics/exports-by-destination';
import { ldcMembersIn } from '../../metrics/ldc-members';
import { codedTradeFlows } from '../../metrics/coded-flows';
import { exportsByMember } from '../../metrics/exports-by-member';
import { cagr } from '../../metrics/growth';
import { largestMember, type LargestMember } from '../../metrics/largest-member';
import { oncePer } from '../../metrics/once-per';

import { yearOnYearBySeries } from '../../metrics/year-on-year';
import { type SeriesYear, SOUTH } from '../../metrics/series';
import { OTHER_DEVELOPING, VULNERABLE_GROUPS, type VulnerableGroup } from './groups';

/** The trade of one group, by year up to the edition. */
export interface GroupTrade {
  /** Entity id: a group's id, or OTHER_DEVELOPING. */
  id: string;
  /** Members in the edition year: developing economies on the group's list that year, sorted. */
  members: string[];
  /** Exports by destination, by year. */
  flows: DestinationObservation[];
  /** Share of exports that went to developing economies, per cent; change in percentage points. */
  toSouth: SeriesYear[];
  /** Share of exports that went to developed economies, per cent. */
  toNorth: SeriesYear[];
  /** Exports to developing economies as a per cent of all developing economies' exports to them. */
  southSouth: SeriesYear[];
  /** The member with the largest exports in the edition year, and its share of the group's. */
  largest: LargestMember | null;
}

/** GDP and GDP per capita growth of one group over the window. */
export interface GroupGrowth {
  id: string;
  members: string[];
  totals: CoveredTotals;
  /** Compound annual growth of GDP (current dollars), per cent a year; null if not computable. */
  gdpGrowth: number | null;
  /** GDP per capita (current dollars) at each end of the window, over the covered members. */
  perCapita: { from: number | null; to: number | null };
  perCapitaGrowth: number | null;
  /** The covered member with the largest GDP at the end of the window, and its share of the sum. */
  largest: LargestMember | null;
}

/** The metrics of the chapter on the most vulnerable economies. */
export interface VulnerableMetrics {
  /** The year of the trade figures: the edition's data year, or the trade data's last year if earlier. */
  edition: number;
  /** First year of trade data up to the edition; null when there is none. */
  firstYear: number | null;
  /** The growth window: `growthWindow` years ending at the edition's data year or the last year of GDP and population data. */
  window: { from: number; to: number };
  /** LDCs, LLDCs and SIDS, in that order. */
  groups: GroupTrade[];
  /** Developing economies in none of the groups, for comparison. */
  other: GroupTrade;
  /** Exports of developing economies to developing economies, millions of dollars, by year. */
  southSouth: { year: number; value: number }[];
  /** Growth of the three groups, then of the other developing economies. */
  growth: GroupGrowth[];
  /** Economies with a group's flag that M49 2020 does not class as developing: left out. */
  excluded: { group: string; iso3: string }[];
}

/**
 * Computes the chapter's metrics as of the edition: the destination of the three groups'
 * exports, their share of South-South exports, and their growth against the rest of the South.
 * The LDCs are those of each year (groups/ldc-membership.csv); the LLDCs and SIDS are the
 * developing economies flagged in countries.csv, one snapshot applied to every year, for want of
 * a dated list. The largest member is over the members of the trade figures' year, growth over
 * those of the growth window's last year.
 */
export function vulnerableMetrics(data: Data, { edition: cut, growthWindow }: MetricsOptions): VulnerableMetrics {
  const all = allYears(data);
  // Each part at its own latest year: trade where the bilateral data end (2014), growth where
  // GDP and population both end (2023), neither after the edition's data year.
  const edition = Math.min(cut, all.lastTradeYear);
  const windowEnd = Math.min(cut, all.lastGrowthYear);
  const members = all.membersIn(edition);
  const observations = all.flows.filter((o) => o.year <= edition);
  const southSouth = observations.filter((o) => o.group === SOUTH).map((o) => ({ year: o.year, value: o.to_south_musd }));
  const years = observations.map((o) => o.year);
  const firstYear = years.length ? Math.min(...years) : null;

  const memberExports = exportsByMember(data.tradeFlows, edition);
  const upToEdition = (key: string) => (all.shares.get(key) ?? []).filter((p) => p.year <= edition);
  const trade = (id: string): GroupTrade => ({
    id,
    members: [...members.get(id)!].sort(),
    flows: observations.filter((o) => o.group === id),
    toSouth: upToEdition(`toSouth:${id}`),
    toNorth: upToEdition(`toNorth:${id}`),
    southSouth: upToEdition(`southSouth:${id}`),
    largest: largestMember(memberExports.filter((x) => members.get(id)!.has(x.iso3))),
  });

  const window = { from: windowEnd - growthWindow, to: windowEnd };
  const { gdp, population } = all;
  // The GDP of some economies at the end of the window, in the order of the file.
  const gdpAtEnd = (economies: ReadonlySet<string>) => {
    const out: { iso3: string; value: number }[] = [];
    for (let i = 0; i < gdp.year.length; i++)
      if (gdp.year[i] === window.to && economies.has(gdp.iso3[i]!)) out.push({ iso3: gdp.iso3[i]!, value: gdp.value[i]! });
    return out;
  };
  const ids = [...VULNERABLE_GROUPS.map((g) => g.id), OTHER_DEVELOPING];
  // Growth is over the members of the window's last year: the LDCs of 2023 for a window ending then.
  const growthMembers = all.membersIn(window.to);
  const allTotals = coveredTotalsByGroup(gdp, population, new Map(ids.map((id) => [id, growthMembers.get(id)!])), window.from, window.to);
  const growth = ids.map((id): GroupGrowth => {
    const set = growthMembers.get(id)!;
    const totals = allTotals.get(id)!;
    const perCapita = {
      from: totals.from ? totals.from.gdp / totals.from.population : null,
      to: totals.to ? totals.to.gdp / totals.to.population : null,
    };
    return {
      id,
      members: [...set].sort(),
      totals,
      gdpGrowth: cagr(totals.from?.gdp ?? null, totals.to?.gdp ?? null, window.from, window.to),
      perCapita,
      perCapitaGrowth: cagr(perCapita.from, perCapita.to, window.from, window.to),
      largest: largestMember(gdpAtEnd(new Set(totals.covered))),
    };
  });

  return {
    edition,
    firstYear,
    window,
    groups: VULNERABLE_GROUPS.map((g) => trade(g.id)),
    other: trade(OTHER_DEVELOPING),
    southSouth,
    growth,
    excluded: all.excluded,
  };
}

/**
 * What does not depend on the edition, once per data set (a build computes two editions): the
 * members, every year's flows and every year's shares with their changes, from one Arquero
 * pipeline for all series. A year's change reads no later year, so each edition keeps its years.
 */
const allYears = oncePer((data: Data) => {
  const countries = data.countries.rows;
  const isDeveloping = (c: Country) => c.development === 'developing';
  const south = new Set(countries.filter(isDeveloping).map((c) => c.iso3));
  const north = new Set(countries.filter((c) => c.development === 'developed').map((c) => c.iso3));
  const listed = data.ldcMembership.rows;
  // The economies on a group's list: for the LDCs, ever (what may be excluded) or in a year.
  const flagged = (g: VulnerableGroup, year?: number) => {
    if (g.flag !== 'ldc') return countries.filter((c) => c[g.flag]);
    const on = year === undefined ? new Set(listed.map((r) => r.iso3)) : ldcMembersIn(listed, year);
    return countries.filter((c) => on.has(c.iso3));
  };
  const membersIn = (year: number) => {
    const members = new Map<string, Set<string>>(
      VULNERABLE_GROUPS.map((g) => [
        g.id,
        new Set(
          flagged(g, year)
            .filter(isDeveloping)
            .map((c) => c.iso3),
        ),
      ]),
    );
    const inAny = new Set([...members.values()].flatMap((s) => [...s]));
    members.set(OTHER_DEVELOPING, new Set([...south].filter((iso3) => !inAny.has(iso3))));
    return members;
  };
  const excluded = VULNERABLE_GROUPS.flatMap((g) =>
    flagged(g)
      .filter((c) => !isDeveloping(c))
      .map((c) => ({ group: g.id, iso3: c.iso3 })),
  );

  const [first, last] = codedTradeFlows(data.tradeFlows).years;
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const groupsIn = (year: number) => new Map([...membersIn(year), [SOUTH, south]]);
  const flows = exportsByDestinationAsOf(data.tradeFlows, years, groupsIn, south, north);
  const southSouth = new Map(flows.filter((o) => o.group === SOUTH).map((o) => [o.year, o.to_south_musd]));
  const pct = (part: number, whole: number | undefined) => (whole ? (100 * part) / whole : null);
  const changes = yearOnYearBySeries(
    [...VULNERABLE_GROUPS.map((g) => g.id), OTHER_DEVELOPING].flatMap((id) =>
      flows
        .filter((o) => o.group === id)
        .flatMap((o) => [
          { series: `toSouth:${id}`, year: o.year, value: pct(o.to_south_musd, o.total_musd) },
          { series: `toNorth:${id}`, year: o.year, value: pct(o.to_north_musd, o.total_musd) },
          { series: `southSouth:${id}`, year: o.year, value: pct(o.to_south_musd, southSouth.get(o.year)) },
        ]),
    ),
  );
  // Shares, in percentage points of change: a share has no per cent change.
  const shares = new Map(
    [...changes].map(([key, points]) => [
      key,
      points.map((p): SeriesYear => ({ year: p.year, value: p.value, change: p.change, pct_change: null, rank: null })),
    ]),
  );
  // Columns, not rows: the files' 25,000 row objects are not needed.
  const g = data.gdp.columns();
  const p = data.population.columns();
  const gdp: EconomyYears = { iso3: g.iso3, year: g.year, value: g.gdp_usd };
  const population: EconomyYears = { iso3: p.iso3, year: p.year, value: p.population };
  return {
    membersIn,
    excluded,
    flows,
    shares,
    gdp,
    population,
    lastTradeYear: lastOf(flows.map((o) => o.year)),
    lastGrowthYear: Math.min(lastOf(g.year), lastOf(p.year)),
  };
});

function lastOf(years: ArrayLike<number>): number {
  let last = -Infinity;
  for (let i = 0; i < years.length; i++) if (years[i]! > last) last = years[i]!;
  return last;
}
