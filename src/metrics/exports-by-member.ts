import type { Dataset } from '../validate/table-schema';
import type { TradeFlow } from '../validate/validate-data';
import { codedTradeFlows } from './coded-flows';
import { exportsByEconomy } from './exports-by-economy';
import { oncePer } from './once-per';

/**
 * Each economy's exports to all partners in one year, millions of current dollars, over the
 * rows with a value; economies with no recorded export that year are absent.
 *
 * @example exportsByMember(flows, 2014) // [{ iso3: 'AFG', value: 571 }, ...]
 */
export function exportsByMember(flows: Dataset<TradeFlow>, year: number): { iso3: string; value: number }[] {
  return everyYear(flows)
    .params({ year })
    .filter((d: any, $: any) => d.year === $.year)
    .select({ exporter: 'iso3', value: 'value' })
    .orderby('iso3')
    .objects() as { iso3: string; value: number }[];
}

// Every year's sums once per file: a build asks for two years, this edition's and the one before.
const everyYear = oncePer((flows: Dataset<TradeFlow>) => exportsByEconomy(codedTradeFlows(flows)));
