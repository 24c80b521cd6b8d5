import type { Dataset } from '../validate/table-schema';
import type { TradeFlow } from '../validate/validate-data';
import { codedTradeFlows } from './coded-flows';
import { exportsByGroup } from './exports-by-group';

/** One group's exports in one year: to its own members, to all partners, and the share. */
export interface ShareObservation {
  group: string;
  year: number;
  /** Exports from members to members, millions of current dollars. */
  intra_musd: number;
  /** Exports from members to all partners, millions of current dollars. */
  total_musd: number;
  /** intra ÷ total × 100; null when the group exported nothing recorded that year. */
  share_pct: number | null;
}

/**
 * The intra-group export share of each group in each year: exports from members to members
 * divided by exports from members to all partners, both summed over the same bilateral rows
 * (so both sides share one reporting convention). Rows with a missing value count in neither.
 * Years in which a group has no recorded exports are absent, not zero.
 */
export function tradeShares(flows: Dataset<TradeFlow>, groups: ReadonlyMap<string, ReadonlySet<string>>): ShareObservation[] {
  return exportsByGroup(codedTradeFlows(flows), groups)
    .derive({ share_pct: (d: any) => (d.total > 0 ? (100 * d.to_members) / d.total : null) })
    .select({ group: 'group', year: 'year', to_members: 'intra_musd', total: 'total_musd', share_pct: 'share_pct' })
    .objects() as ShareObservation[];
}
