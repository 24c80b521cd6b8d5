import * as aq from 'arquero';
import type { Dataset } from '../validate/table-schema';
import type { TradeFlow } from '../validate/validate-data';

/**
 * Each economy's exports to all partners in one year, millions of current dollars, over the
 * rows with a value; economies with no recorded export that year are absent.
 *
 * @example exportsByMember(flows, 2014) // [{ iso3: 'AFG', value: 571 }, ...]
 */
export function exportsByMember(flows: Dataset<TradeFlow>, year: number): { iso3: string; value: number }[] {
  const c = flows.columns();
  return (
    aq
      .table({ year: c.year, iso3: c.exporter_iso3, value: c.exports_musd })
      .params({ year })
      .filter((d: any, $: any) => d.year === $.year && d.value != null)
      .groupby('iso3')
      .rollup({ value: aq.op.sum('value') })
      .orderby('iso3')
      .objects() as { iso3: string; value: number }[]
  );
}
