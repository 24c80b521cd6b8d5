import { code, integer, number, optional, sourceIds, dataYear } from '../columns';
import { musd } from '../ceilings';
import { defineTable } from '../table-schema';
import { ISO3 } from './countries';

/** Bilateral merchandise exports, one row per exporter, importer and year. */
export const tradeFlowsSchema = defineTable({
  file: 'trade/cow-bilateral-exports.csv',
  title: 'Bilateral merchandise exports (Correlates of War Trade v4.0)',
  description:
    'Directed bilateral merchandise trade, 1990-2014, as reported by the importer (COW flow1), ' +
    'in millions of current United States dollars rounded to whole millions. Pairs with no ' +
    'recorded trade are absent.',
  key: ['year', 'exporter_iso3', 'importer_iso3'],
  references: { exporter_iso3: 'economies', importer_iso3: 'economies', source: 'sources' },
  columns: {
    year: dataYear(integer(1900, 2100, 'Calendar year of the flow.')),
    exporter_iso3: code(ISO3, 'an ISO 3166 alpha-3 code such as "BRA"', 'Economy the goods came from.'),
    importer_iso3: code(ISO3, 'an ISO 3166 alpha-3 code such as "BRA"', 'Economy that reported importing them.'),
    exports_musd: musd(optional(number('Value of the flow, millions of current US dollars; empty where COW records it as missing.', 0))),
    source: sourceIds(),
  },
});
