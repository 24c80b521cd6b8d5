#!/usr/bin/env node
// Re-creates data/groups/countries.csv, groups/ldc-membership.csv, trade/cow-bilateral-exports.csv and economy/ from the
// unaltered source files in ../shared/data/sources (see each SOURCE.md there). It is run by hand
// when a source is updated, never by the build: the build reads only data/, and data/ is reviewed
// in git like code. Usage: node scripts/import-sources.mjs [SOURCES_DIR]
import { readSource as read, writeData as write } from './import-lib.mjs';

// 1. Country groupings: UNSD's 2020 M49 table with its developed/developing flag, UNTERM names,
//    Group of 77 membership, plus the economies the trade data has and M49 lacks.
const m49 = read('un-m49-classification/m49-developed-developing-2020.csv');
const codes = new Map(read('un-m49-classification/country-codes.csv').map((r) => [r['ISO3166-1-Alpha-3'], r]));
const overview = new Map(read('un-m49-classification/unsd-m49-overview-en.csv').map((r) => [r['ISO-alpha3 Code'], r]));
const g77 = new Set(read('g77-membership/g77-members-cia-factbook.csv').map((r) => r.iso3));

// UNTERM marks the article with a trailing "(the)"; running text and tables drop it.
const untermName = (iso3) => (codes.get(iso3)?.['UNTERM English Short'] ?? '').replace(/\s*\*+$/, '').replace(/ \(the\)$/, '');
// UNCTAD's names for economies outside UNTERM's list (EDITORIAL.md); Côte d'Ivoire because both
// source files carry "Ivory Coast", which is not the United Nations name.
const UNCTAD_NAMES = { HKG: 'China, Hong Kong SAR', MAC: 'China, Macao SAR', TWN: 'Taiwan Province of China', CIV: "Côte d'Ivoire" };

const countries = [];
for (const r of m49) {
  if (r.iso3 === 'TWN') continue; // added below with its classification
  let name = untermName(r.iso3),
    nameSource = 'unterm-names-2026';
  if (UNCTAD_NAMES[r.iso3]) [name, nameSource] = [UNCTAD_NAMES[r.iso3], 'ssc-project-2026'];
  else if (!name) name = overview.get(r.iso3)?.['Country or Area'] ?? r.name;
  countries.push({
    iso3: r.iso3,
    name,
    m49: r.m49,
    region: r.region,
    subregion: r.subregion,
    intermediate_region: r.intermediate_region,
    development: r.developed_developing.toLowerCase(),
    ldc: r.ldc,
    lldc: r.lldc,
    sids: r.sids,
    g77: g77.has(r.iso3) ? '1' : '0',
    source: ['un-m49-2020', nameSource, 'g77-cia-2020'].filter((s, i, a) => a.indexOf(s) === i).join(';'),
    note: '',
  });
}
const added = [
  {
    iso3: 'TWN',
    name: UNCTAD_NAMES.TWN,
    region: 'Asia',
    subregion: 'Eastern Asia',
    development: 'developing',
    note: 'Not in M49. Classified as UNCTAD does: a developing economy of Eastern Asia.',
  },
  {
    iso3: 'XKX',
    name: 'Kosovo',
    region: 'Europe',
    subregion: 'Southern Europe',
    development: 'developed',
    note:
      'Not in M49 (XKX is a user-assigned code). In the trade data from 2008. Classified with ' +
      'Southern Europe; developed, as M49 2020 classed all of Europe.',
  },
  {
    iso3: 'CSK',
    name: 'Czechoslovakia',
    region: 'Europe',
    subregion: 'Eastern Europe',
    development: 'developed',
    note:
      'Former State (ISO 3166-3), in the trade data to 1992. Classified with Eastern Europe; ' +
      'developed, as M49 2020 classed all of Europe.',
  },
];
for (const a of added) {
  countries.push({
    m49: '',
    intermediate_region: '',
    ldc: '0',
    lldc: '0',
    sids: '0',
    g77: g77.has(a.iso3) ? '1' : '0',
    source: 'ssc-project-2026',
    ...a,
  });
}
countries.sort((a, b) => a.iso3.localeCompare(b.iso3));
write(
  'groups/countries.csv',
  ['iso3', 'name', 'm49', 'region', 'subregion', 'intermediate_region', 'development', 'ldc', 'lldc', 'sids', 'g77', 'source', 'note'],
  countries,
);

// 2. COW dyadic flows: keep the importer-reported value (COW flow1) only; the smoothed flow is
//    COW's own adjustment and the report does not use it.
const flows = read('cow-trade-v4/cow_dyadic_exports_1990_2014.csv').map((r) => ({
  year: r.year,
  exporter_iso3: r.exporter_iso3,
  importer_iso3: r.importer_iso3,
  exports_musd: r.exports_musd,
  source: 'cow-trade-4.0',
}));
write('trade/cow-bilateral-exports.csv', ['year', 'exporter_iso3', 'importer_iso3', 'exports_musd', 'source'], flows);
// 3. World Bank WDI GDP and population, economies only: the files also hold World Bank aggregates
//    (WLD, regions, income groups), whose codes are not economies.
const economies = new Set(countries.map((c) => c.iso3));
const wdi = (file, column, source) =>
  read(file)
    .filter((r) => economies.has(r['Country Code']))
    .map((r) => ({ iso3: r['Country Code'], year: r.Year, [column]: r.Value, source }))
    .sort((a, b) => a.iso3.localeCompare(b.iso3) || Number(a.year) - Number(b.year));
const gdp = wdi('datahub-wdi-gdp/gdp.csv', 'gdp_usd', 'wdi-gdp-2026');
const population = wdi('datahub-wdi-population/population.csv', 'population', 'wdi-population-2026');
write('economy/wdi-gdp.csv', ['iso3', 'year', 'gdp_usd', 'source'], gdp);
write('economy/wdi-population.csv', ['iso3', 'year', 'population', 'source'], population);
// 4. LDC membership by year: the UN list's years of inclusion and graduation (un-ldc-membership/
//    SOURCE.md), so that a year counts the LDCs of that year, not of the M49 snapshot.
const ldcs = read('un-ldc-membership/ldc-membership.csv').map((r) => ({
  iso3: r.iso3,
  included_year: r.included_year,
  graduated_year: r.graduated_year,
  graduated_date: r.graduated_date,
  source: 'un-ldc-list-2024',
}));
write('groups/ldc-membership.csv', ['iso3', 'included_year', 'graduated_year', 'graduated_date', 'source'], ldcs);
// 4. World Bank regions (countrycode's `region` column), for the within-region shares of the WDI
//    direction-of-trade data, whose "region" is the World Bank's. Economies of countries.csv only.
const regions = read('country-code-crosswalk/codelist-subset.csv')
  .filter((r) => economies.has(r.iso3c) && r.region !== '' && r.region !== 'NA')
  .map((r) => ({ iso3: r.iso3c, wb_region: r.region, source: 'countrycode-wb-regions' }))
  .sort((a, b) => a.iso3.localeCompare(b.iso3));
write('groups/wb-regions.csv', ['iso3', 'wb_region', 'source'], regions);
console.log(
  `countries: ${countries.length} rows; flows: ${flows.length}; gdp: ${gdp.length}; ` +
    `population: ${population.length}; wb regions: ${regions.length}; ldc-membership: ` +
    `${ldcs.length}`,
);
