import * as aq from 'arquero';
import type { Dataset } from '../validate/table-schema';
import type { TradeFlow } from '../validate/validate-data';
import { codedTradeFlows } from './coded-flows';
import { exportsByEconomy } from './exports-by-economy';

/** One exporter's South-South exports in one year and its share of all of them. */
export interface ExporterShare {
  year: number;
  exporter: string;
  exports_musd: number;
  /** Per cent of all exports from members to members that year. */
  share_pct: number;
  /** 1 = largest exporter that year. */
  rank: number;
}

/**
 * How concentrated exports within a group are: each member's exports to the other members as a
 * share of all such exports, ranked within each year. Seed 002, para. 48: the figures "represent
 * the economic performance of a few countries"; this shows how few.
 */
export function concentration(flows: Dataset<TradeFlow>, members: ReadonlySet<string>): ExporterShare[] {
  const rows = exportsByEconomy(codedTradeFlows(flows), members, members)
    .rename({ value: 'exports_musd' })
    .groupby('year')
    .derive({ share_pct: (d: any) => (100 * d.exports_musd) / aq.op.sum(d.exports_musd) })
    .orderby(aq.desc('exports_musd'), 'exporter')
    .derive({ rank: aq.op.row_number() })
    .ungroup()
    .orderby('year', 'rank');
  return rows.objects() as ExporterShare[];
}

/** The combined share of the `n` largest exporters, by year. */
export function topShare(shares: readonly ExporterShare[], n: number): { year: number; share_pct: number; exporters: number }[] {
  const byYear = new Map<number, ExporterShare[]>();
  for (const s of shares) {
    const own = byYear.get(s.year);
    if (own) own.push(s);
    else byYear.set(s.year, [s]);
  }
  return [...byYear].map(([year, xs]) => ({
    year,
    share_pct: xs.filter((x) => x.rank <= n).reduce((a, x) => a + x.share_pct, 0),
    exporters: xs.length,
  }));
}
