import { usd } from '../ceilings';
import { atMost, code, dataYear, integer, number, oneOf, sourceIds, text } from '../columns';
import { defineTable } from '../table-schema';
import { ISO3 } from './countries';

/** Direction of each economy's merchandise exports, World Bank WDI, one indicator value a row. */
export const wdiExportDirectionSchema = defineTable({
  file: 'trade/wdi-export-direction.csv',
  title: 'Direction of merchandise exports by economy and year (World Bank WDI)',
  description:
    'Merchandise exports of each economy and the shares going to low- and middle-income ' +
    'economies within and outside its World Bank region and to high-income economies (World ' +
    'Bank income groups of each year). Not bilateral. One value a row; an economy-year without ' +
    'a value is absent.',
  key: ['indicator', 'iso3', 'year'],
  references: { iso3: 'economies', source: 'sources' },
  columns: {
    indicator: oneOf(
      ['TX.VAL.MRCH.CD.WT', 'TX.VAL.MRCH.WR.ZS', 'TX.VAL.MRCH.OR.ZS', 'TX.VAL.MRCH.HI.ZS'],
      'WDI code: TX.VAL.MRCH.CD.WT merchandise exports, current US dollars; TX.VAL.MRCH.WR.ZS ' +
        'and .OR.ZS exports to low- and middle-income economies within and outside the ' +
        'exporter\u2019s region, and TX.VAL.MRCH.HI.ZS to high-income economies, per cent of ' +
        'merchandise exports.',
    ),
    iso3: code(ISO3, 'an ISO 3166 alpha-3 code such as "BRA"', 'Exporting economy.'),
    year: dataYear(integer(1900, 2100, 'Calendar year.')),
    // Dollars and shares in one column: the dollar ceiling bounds both (a share is also capped at 100 below).
    value: usd(
      number('The value: current US dollars for TX.VAL.MRCH.CD.WT, per cent of the economy\u2019s merchandise exports for the others.', 0),
    ),
    source: sourceIds(),
  },
});

/** SDG indicator 17.11.1: shares of world merchandise trade, by M49 area. */
export const sdgTradeSharesSchema = defineTable({
  file: 'trade/sdg-world-trade-shares.csv',
  title: 'Shares of world merchandise exports and imports (SDG indicator 17.11.1)',
  description:
    'A country\u2019s or group\u2019s share of world merchandise exports (TX.EXP.GBMRCH) or ' +
    'imports (TX.IMP.GBMRCH), per cent, as the UN Global SDG Indicators Database gives it; ' +
    'groups are the custodians\u2019 own aggregates.',
  key: ['indicator', 'm49', 'year'],
  references: { source: 'sources' },
  columns: {
    indicator: oneOf(
      ['TX.EXP.GBMRCH', 'TX.IMP.GBMRCH'],
      'SDG series: TX.EXP.GBMRCH share of world merchandise exports; TX.IMP.GBMRCH share of world merchandise imports.',
    ),
    m49: integer(
      1,
      999,
      'M49 code of the area: 1 World, 199 least developed countries, 432 landlocked developing countries, or a country.',
    ),
    year: dataYear(integer(1900, 2100, 'Calendar year.')),
    value: atMost(number('Share of the world total, per cent.', 0, 100), 100, '100 (a share of the world total)'),
    source: sourceIds(),
  },
});

/** World Bank region of each economy, for the within-region shares of the WDI data. */
export const wbRegionsSchema = defineTable({
  file: 'groups/wb-regions.csv',
  title: 'World Bank regions',
  description:
    'The World Bank region of each economy (the regions the WDI direction-of-trade shares ' +
    'refer to), as the countrycode code list records them.',
  key: ['iso3'],
  references: { iso3: 'economies', source: 'sources' },
  columns: {
    iso3: code(ISO3, 'an ISO 3166 alpha-3 code such as "BRA"', 'Economy.'),
    wb_region: text('World Bank region, e.g. "Latin America & Caribbean".'),
    source: sourceIds(),
  },
});
