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
    .select({ group: 'group', year: 'year', exporters: 'exporters', to_south: 'to_south_musd', to_north: 'to_north_musd', total: 'total_musd' })
    .objects() as DestinationObservation[];
}
