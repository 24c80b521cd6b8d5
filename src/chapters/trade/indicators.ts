/** Definitions of the indicators the trade chapter registers, by indicator id (Annex A prints them). */
export const TRADE_INDICATORS: Record<string, string> = {
  'intraregional-export-share':
    'Exports from the members of a group to its members, as a percentage of their exports to ' +
    'all partners; both sums over the same importer-reported bilateral flows (Correlates of ' +
    'War).',
  'south-south-export-share':
    'Exports from developing economies to developing economies, as a percentage of their ' +
    'exports to all partners (Correlates of War, importer-reported).',
  'south-south-exports':
    'Exports from developing economies to developing economies, millions of current dollars (Correlates of War, importer-reported).',
  'south-south-top5-share':
    'The five largest developing exporters\u2019 share of exports from developing economies to developing economies.',
  'south-south-exporter-share': 'An economy\u2019s share of exports from developing economies to developing economies.',
  'south-south-exporter-exports': 'An economy\u2019s exports to developing economies, millions of current dollars.',
  'south-south-exporters':
    'Developing economies with at least one recorded export to a developing economy in the year (Correlates of War, importer-reported).',
  'south-south-exporter-rank': 'An economy\u2019s rank among developing exporters to developing economies (1 = largest).',
  'comtrade-south-south-export-share': 'As south-south-export-share, from UN Comtrade\u2019s exporter-reported flows, every fourth year.',
  'comtrade-intraregional-export-share':
    'As intraregional-export-share, from UN Comtrade\u2019s exporter-reported flows, every fourth year.',
  'published-intraregional-export-share':
    'An intraregional export share as a document published it (UNCTAD calculations quoted by the Secretary-General, 2002).',
  'published-computed-difference': 'The share computed here less the published share, percentage points.',
};
