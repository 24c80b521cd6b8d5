import { code, integer, number, oneOf, optional, sourceIds, text, dataYear } from '../columns';
import { usd } from '../ceilings';
import { defineTable } from '../table-schema';
import { ISO3 } from './countries';

/**
 * A code of the Comtrade file: an ISO 3166 alpha-3 economy, or a World Bank WITS code such as
 * "KN1" or "ZW1". Whether it is known (in countries.csv or comtrade-codes.csv) is checked when the
 * shares are computed, since a lookup names one file only (see `comtradeEconomies`).
 */
const TRADE_CODE = /^[A-Z][A-Z0-9]{2}$/;
const tradeCode = (description: string) => code(TRADE_CODE, 'a three-character code such as "BRA" or "KN1"', description);

/** UN Comtrade bilateral exports every fourth year, as the penppml R package distributes them. */
export const comtradeExportsSchema = defineTable({
  file: 'trade/comtrade-exports.csv',
  title: 'Bilateral merchandise exports, every fourth year (UN Comtrade, via penppml)',
  description:
    'Directed bilateral merchandise exports as reported by the exporter, in current United ' +
    'States dollars, in waves four years apart from 1964 to 2016. Pairs with zero or no ' +
    'recorded trade are absent. Codes are ISO 3166 alpha-3 where the economy has one, ' +
    'otherwise World Bank WITS codes described in trade/comtrade-codes.csv.',
  key: ['year', 'exporter_code', 'importer_code'],
  references: { source: 'sources' },
  columns: {
    year: dataYear(integer(1900, 2100, 'Year of the wave (1964, 1968, ..., 2016).')),
    exporter_code: tradeCode(
      'Reporting economy that exported the goods: an iso3 of groups/countries.csv or a code of trade/comtrade-codes.csv.',
    ),
    importer_code: tradeCode(
      'Partner the goods went to: an iso3 of groups/countries.csv or a code of ' +
        'trade/comtrade-codes.csv (which includes partners that are not economies, such as "UNS", ' +
        'unspecified).',
    ),
    exports_usd: usd(number('Value of the exports, current United States dollars (not thousands), as the source writes it.', 0)),
    source: sourceIds(),
  },
});

/** What the Comtrade codes that are not economies of countries.csv stand for, and their groups. */
export const comtradeCodesSchema = defineTable({
  file: 'trade/comtrade-codes.csv',
  title: 'Codes of the Comtrade file that are not ISO 3166 economies',
  description:
    'One row per such code: mapped to the economy it is an old or other code for (iso3), or ' +
    'classified directly by the UNSD M49 2020 conventions as the economies that now hold its ' +
    'territory, or left unclassified (empty development) where it is not an economy. The note ' +
    'gives the reason.',
  key: ['code'],
  references: { iso3: 'economies', source: 'sources' },
  columns: {
    code: tradeCode('Code as the Comtrade file writes it; not an iso3 of groups/countries.csv.'),
    iso3: optional(
      code(
        ISO3,
        'an ISO 3166 alpha-3 code such as "ROU"',
        'Economy of groups/countries.csv the code stands for, whose groups it takes; empty where it is classified directly or not at all.',
      ),
    ),
    name: text('What the code stands for.'),
    region: optional(text('M49 region of a directly classified code; empty for a mapped or unclassified one.')),
    subregion: optional(
      text('M49 sub-region of a directly classified code, e.g. "Sub-Saharan Africa"; empty for a mapped or unclassified one.'),
    ),
    development: optional(
      oneOf(
        ['developing', 'developed'],
        'Development status of a directly classified code by the M49 2020 conventions; empty for a ' +
          'mapped code, and for a code that is not an economy (unclassified).',
      ),
    ),
    note: text('Why the code is mapped, classified so, or left unclassified.'),
    source: sourceIds(),
  },
});
