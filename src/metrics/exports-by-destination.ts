import type { Dataset } from '../validate/table-schema';
import type { TradeFlow } from '../validate/validate-data';
import { codedTradeFlows } from './coded-flows';
import { exportsByGroup } from './exports-by-group';

/** One group's exports in one year, split by where they went. */
export interface DestinationObservation {
  group: string;
  year: number;
  /** Members with at least one recorded export that year. */
  exporters: number;
  /** Exports from members to developing economies (the South), millions of current dollars. */
  to_south_musd: number;
  /** Exports from members to developed economies (the North), millions of current dollars. */
  to_north_musd: number;
  /** Exports from members to all partners, millions of current dollars. */
  total_musd: number;
}

/**
 * The exports of each group in each year to developing economies, to developed economies and to
 * all partners, summed over the same bilateral rows (so the parts and the total share one
 * reporting convention). A partner in neither set counts in the total only. Rows with a missing
 * value count nowhere; years in which a group has no recorded exports are absent, not zero.
 *
 * @example exportsByDestination(flows, new Map([['ldc', ldcs]]), developing, developed)
 */
export function exportsByDestination(
  flows: Dataset<TradeFlow>,
  groups: ReadonlyMap<string, ReadonlySet<string>>,
  south: ReadonlySet<string>,
  north: ReadonlySet<string>,
): DestinationObservation[] {
  return exportsByGroup(codedTradeFlows(flows), groups, { to_south: south, to_north: north })
    .select({
      group: 'group',
      year: 'year',
      exporters: 'exporters',
      to_south: 'to_south_musd',
      to_north: 'to_north_musd',
      total: 'total_musd',
    })
    .objects() as DestinationObservation[];
}

/**
 * `exportsByDestination` for groups whose members change from year to year (the LDCs of each
 * year): `groupsIn(year)` gives each year's groups. Years with the same members are summed as one
 * group, all in one pass over the rows, and each year keeps the sums of its own members.
 *
 * @example exportsByDestinationAsOf(flows, [1990, 2014], (y) => new Map([['ldc', ldcMembersIn(list, y)]]), developing, developed)
 */
export function exportsByDestinationAsOf(
  flows: Dataset<TradeFlow>,
  years: readonly number[],
  groupsIn: (year: number) => ReadonlyMap<string, ReadonlySet<string>>,
  south: ReadonlySet<string>,
  north: ReadonlySet<string>,
): DestinationObservation[] {
  // One summed group per distinct membership: "ldc\u0001AGO,BEN,…" and the years it holds.
  const keyed = new Map<string, { group: string; members: ReadonlySet<string>; years: Set<number> }>();
  for (const year of years) {
    for (const [group, members] of groupsIn(year)) {
      const key = `${group}\u0001${[...members].sort().join(',')}`;
      const entry = keyed.get(key) ?? keyed.set(key, { group, members, years: new Set() }).get(key)!;
      entry.years.add(year);
    }
  }
  const entries = [...keyed.entries()];
  const summed = exportsByDestination(flows, new Map(entries.map(([key, e]) => [key, e.members])), south, north);
  const byKey = new Map(entries);
  const order = [...new Set(entries.map(([, e]) => e.group))];
  return summed
    .filter((o) => byKey.get(o.group)!.years.has(o.year))
    .map((o) => ({ ...o, group: byKey.get(o.group)!.group }))
    .sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group) || a.year - b.year);
}
