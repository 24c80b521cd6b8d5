import * as aq from 'arquero';
import type { Dataset } from '../validate/table-schema';
import type { TradeFlow } from '../validate/validate-data';

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
  const c = flows.columns();
  const base = aq.table({ year: c.year, exporter: c.exporter_iso3, importer: c.importer_iso3, value: c.exports_musd }).params({ south, north });
  const out: DestinationObservation[] = [];
  for (const [group, members] of groups) {
    const rolled = base
      .params({ members })
      .filter((d: any, $: any) => aq.op.has($.members, d.exporter) && d.value != null)
      .derive({
        to_south: (d: any, $: any) => (aq.op.has($.south, d.importer) ? d.value : 0),
        to_north: (d: any, $: any) => (aq.op.has($.north, d.importer) ? d.value : 0),
      })
      .groupby('year')
      .rollup({ exporters: aq.op.distinct('exporter'), to_south: aq.op.sum('to_south'), to_north: aq.op.sum('to_north'), total: aq.op.sum('value') })
      .orderby('year');
    for (const r of rolled.objects() as { year: number; exporters: number; to_south: number; to_north: number; total: number }[]) {
      out.push({ group, year: r.year, exporters: r.exporters, to_south_musd: r.to_south, to_north_musd: r.to_north, total_musd: r.total });
    }
  }
  return out;
}
