import type { Dataset } from '../validate/table-schema';
import type { TradeFlow } from '../validate/validate-data';
import { codedTradeFlows } from './coded-flows';
import { exportsByEconomy } from './exports-by-economy';

/**
 * Each economy's exports to all partners in one year, millions of current dollars, over the
 * rows with a value; economies with no recorded export that year are absent.
 *
 * @example exportsByMember(flows, 2014) // [{ iso3: 'AFG', value: 571 }, ...]
 */
export function exportsByMember(flows: Dataset<TradeFlow>, year: number): { iso3: string; value: number }[] {
  return exportsByEconomy(codedTradeFlows(flows))
    .params({ year })
    .filter((d: any, $: any) => d.year === $.year)
    .select({ exporter: 'iso3', value: 'value' })
    .orderby('iso3')
    .objects() as { iso3: string; value: number }[];
}
