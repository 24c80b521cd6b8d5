import { code, integer, number, sourceIds, dataYear } from '../columns';
import { usd, persons } from '../ceilings';
import { defineTable } from '../table-schema';
import { ISO3 } from './countries';

/** GDP of each economy and year, World Bank WDI. */
export const gdpSchema = defineTable({
  file: 'economy/wdi-gdp.csv',
  title: 'GDP, current US dollars (World Bank WDI)',
  description: 'Gross domestic product at purchasers\u2019 prices, current United States dollars (WDI NY.GDP.MKTP.CD), economies only.',
  key: ['iso3', 'year'],
  references: { iso3: 'economies', source: 'sources' },
  columns: {
    iso3: code(ISO3, 'an ISO 3166 alpha-3 code such as "BRA"', 'Economy.'),
    year: dataYear(integer(1900, 2100, 'Calendar year.')),
    gdp_usd: usd(number('GDP, current United States dollars.', 0)),
    source: sourceIds(),
  },
});

/** Population of each economy and year, World Bank WDI. */
export const populationSchema = defineTable({
  file: 'economy/wdi-population.csv',
  title: 'Population, total (World Bank WDI)',
  description: 'Total population, persons, mid-year (WDI SP.POP.TOTL), economies only.',
  key: ['iso3', 'year'],
  references: { iso3: 'economies', source: 'sources' },
  columns: {
    iso3: code(ISO3, 'an ISO 3166 alpha-3 code such as "BRA"', 'Economy.'),
    year: dataYear(integer(1900, 2100, 'Calendar year.')),
    population: persons(number('Total population, persons.', 0)),
    source: sourceIds(),
  },
});
