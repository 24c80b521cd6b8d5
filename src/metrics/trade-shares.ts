import * as aq from 'arquero';
import type { Dataset } from '../validate/table-schema';
import type { TradeFlow } from '../validate/validate-data';

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
  const c = flows.columns();
  const base = aq.table({ year: c.year, exporter: c.exporter_iso3, importer: c.importer_iso3, value: c.exports_musd });
  const out: ShareObservation[] = [];
  for (const [group, members] of groups) {
    const rolled = base
      .params({ members })
      .filter((d: any, $: any) => aq.op.has($.members, d.exporter) && d.value != null)
      .derive({ intra: (d: any, $: any) => (aq.op.has($.members, d.importer) ? d.value : 0) })
      .groupby('year')
      .rollup({ intra: aq.op.sum('intra'), total: aq.op.sum('value') })
      .orderby('year');
    for (const r of rolled.objects() as { year: number; intra: number; total: number }[]) {
      out.push({ group, year: r.year, intra_musd: r.intra, total_musd: r.total, share_pct: r.total > 0 ? (100 * r.intra) / r.total : null });
    }
  }
  return out;
}
