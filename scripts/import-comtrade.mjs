#!/usr/bin/env node
// Longer than 250 lines: the one script that re-creates the Comtrade files, with the table of codes
// that are not economies written out in it, each with its reason.
// Re-creates data/trade/comtrade-exports.csv (UN Comtrade bilateral exports every fourth year,
// 1964-2016, as the R package penppml distributes them) and data/trade/comtrade-codes.csv (what the
// file's codes that are not economies of data/groups/countries.csv stand for) from the unaltered
// source in ../shared/data/sources/penppml-comtrade-exports (see its SOURCE.md). Run by hand when
// the source or data/groups/countries.csv changes, never by the build.
// Usage: node scripts/import-comtrade.mjs [SOURCES_DIR]
import { readCsvFile as read, readSource, writeData as write } from './import-lib.mjs';
const SOURCE = 'penppml-comtrade-0.2.4';
const HAND = 'ssc-project-2026';

// 1. The flows, values as the source writes them (some in exponent notation, e.g. 6.8e+07).
const raw = readSource('penppml-comtrade-exports/penppml_comtrade_exports_1964_2016.csv');
const flows = raw.map((r) => ({
  year: r.year,
  exporter_code: r.exporter_iso3,
  importer_code: r.importer_iso3,
  exports_usd: r.exports_usd,
  source: SOURCE,
}));

// 2. Codes that are not ISO 3166 alpha-3 economies of countries.csv. The file uses the World Bank
//    WITS country codes (names and M49 numbers below as the WITS country table gives them). Each is
//    mapped to the economy it is an old or other code for (iso3), or classified directly by the M49
//    2020 conventions (Europe, Northern America, Japan, Israel, Australia and New Zealand developed,
//    all else developing) as the economies that now hold its territory (`like`, checked below), or
//    left unclassified where it is not an economy.
const M49_EUROPE = 'developed, as M49 2020 classed all of Europe';
const codes = [
  {
    code: 'ANT',
    name: 'Netherlands Antilles (former)',
    like: ['CUW', 'SXM', 'BES'],
    note:
      'WITS "Netherlands Antilles" (M49 530), dissolved in 2010. Classified as its successors ' +
      'Curaçao, Sint Maarten and Bonaire, Sint Eustatius and Saba: developing, Latin America and ' +
      'the Caribbean.',
  },
  {
    code: 'BAT',
    name: 'British Antarctic Territory',
    note:
      'WITS "Br. Antr. Terr" (M49 080). Not an economy: Antarctica has no M49 region or ' +
      'development flag (as ATA in countries.csv). Left unclassified.',
  },
  {
    code: 'BLX',
    name: 'Belgium-Luxembourg',
    like: ['BEL', 'LUX'],
    note:
      `WITS "Belgium-Luxembourg" (M49 058): the two economies reported together; the file has no ` +
      `BEL or LUX code. Classified as both: Western Europe, ${M49_EUROPE}.`,
  },
  {
    code: 'BUN',
    name: 'Unknown (BUN)',
    note: 'Unknown code: not in the WITS country tables consulted. Appears only as an importer (1964-2016). Left unclassified.',
  },
  {
    code: 'DDR',
    name: 'German Democratic Republic (former)',
    like: ['DEU'],
    note:
      `WITS "German Democratic Republic" (M49 278), in the file to 1988. Classified as Germany, ` +
      `which now holds its territory: Western Europe, ${M49_EUROPE}.`,
  },
  { code: 'FRE', name: 'Free zones', note: 'WITS "Free Zones" (M49 838): goods to free zones, not an economy. Left unclassified.' },
  {
    code: 'KN1',
    name: 'Saint Kitts-Nevis-Anguilla',
    like: ['KNA', 'AIA'],
    note:
      'WITS "Saint Kitts-Nevis-Anguilla" (M49 658). The file has no KNA code: from 1984, when ' +
      'Anguilla (AIA) appears on its own, KN1 stands for Saint Kitts and Nevis; before, it ' +
      'includes Anguilla, so it is not mapped to KNA. Classified as both: developing, Latin ' +
      'America and the Caribbean.',
  },
  {
    code: 'MNT',
    iso3: 'MNE',
    name: 'Montenegro',
    note: 'WITS code for Montenegro (ISO 3166 MNE); in the file from 2008, after its independence in 2006. Same economy: mapped.',
  },
  {
    code: 'NZE',
    name: 'Neutral Zone',
    like: ['SAU', 'KWT'],
    note: 'WITS "Neutral Zone" (M49 536), the zone shared by Saudi Arabia and Kuwait. Classified as both: developing, Western Asia.',
  },
  {
    code: 'PCE',
    name: 'Pacific Islands, Trust Territory (former)',
    like: ['FSM', 'MHL', 'MNP', 'PLW'],
    note:
      'WITS "Pacific Islands" (M49 582), the former United States Trust Territory, in the file ' +
      'to 1988. Classified as its successors (Micronesia (Federated States of), Marshall ' +
      'Islands, Northern Mariana Islands, Palau): developing, Micronesia.',
  },
  {
    code: 'PCZ',
    name: 'Panama Canal Zone (former)',
    like: ['PAN'],
    note:
      'WITS "Fm Panama Cz" (M49 592), in the file to 1976. Classified as Panama, which now holds ' +
      'its territory: developing, Latin America and the Caribbean.',
  },
  {
    code: 'ROM',
    iso3: 'ROU',
    name: 'Romania',
    note: 'WITS "Romania" (M49 642); ROM was the ISO 3166 alpha-3 code of Romania until 2002. Same economy: mapped.',
  },
  {
    code: 'RYU',
    name: 'Ryukyu Islands (former)',
    like: ['JPN'],
    note:
      'WITS "Ryukyu Is" (M49 647), under United States administration until 1972. Classified as ' +
      'Japan, which now holds its territory: Eastern Asia, developed, as M49 2020 classed Japan.',
  },
  {
    code: 'SIK',
    name: 'Sikkim (former)',
    like: ['IND'],
    note: 'WITS "SIKKIM" (M49 698), part of India since 1975. Classified as India: developing, Southern Asia.',
  },
  {
    code: 'SPE',
    name: 'Special categories',
    note: 'WITS "Special Categories" (M49 839): partners a reporter does not disclose, not an economy. Left unclassified.',
  },
  {
    code: 'SVR',
    name: 'Republic of Viet Nam (former)',
    like: ['VNM'],
    note:
      'WITS "Fm Vietnam Rp" (the former Republic of Viet Nam), in the file to 1972. Classified ' +
      'as Viet Nam: developing, South-eastern Asia.',
  },
  {
    code: 'SVU',
    name: 'Union of Soviet Socialist Republics (former)',
    like: ['RUS'],
    note:
      `WITS "Soviet Union" (M49 810), in the file to 1988. Classified as the Russian Federation, ` +
      `its largest successor: Eastern Europe, ${M49_EUROPE}; its Central Asian and Caucasian ` +
      `successors are developing Asia in M49 2020.`,
  },
  {
    code: 'TAN',
    name: 'Tanganyika (former)',
    like: ['TZA'],
    note:
      'WITS "Fm Tanganyik" (M49 835), in the file in 1964 only. Classified as the United ' +
      'Republic of Tanzania: developing, Sub-Saharan Africa.',
  },
  {
    code: 'TMP',
    iso3: 'TLS',
    name: 'Timor-Leste',
    note: 'WITS "East Timor" (M49 626); TMP was the ISO 3166 alpha-3 code of East Timor until 2002. Same economy: mapped.',
  },
  { code: 'UNS', name: 'Unspecified', note: 'WITS "Unspecified" (M49 898): partner not stated, not an economy. Left unclassified.' },
  {
    code: 'USP',
    iso3: 'UMI',
    name: 'United States Miscellaneous Pacific Islands',
    note:
      'WITS "Us Msc.Pac.I" (M49 849), in the file to 1996; ISO 3166 merged it into the United ' +
      'States Minor Outlying Islands (UMI) in 1986. Same territory: mapped.',
  },
  {
    code: 'VDR',
    name: 'Democratic Republic of Viet Nam (former)',
    like: ['VNM'],
    note:
      'WITS "Fm Vietnam Dr" (the former Democratic Republic of Viet Nam), in the file to 1972. ' +
      'Classified as Viet Nam: developing, South-eastern Asia.',
  },
  {
    code: 'YDR',
    name: 'Democratic Yemen (former)',
    like: ['YEM'],
    note: 'WITS "Yemen Democratic" (M49 720), in the file to 1988. Classified as Yemen: developing, Western Asia.',
  },
  {
    code: 'YUG',
    name: 'Socialist Federal Republic of Yugoslavia (former)',
    like: ['SVN', 'HRV', 'BIH', 'SRB', 'MNE', 'MKD'],
    note:
      `WITS labels YUG "Yugoslavia, FR (Serbia/Montenegro)" but gives it M49 890, the number of ` +
      `the former Socialist Federal Republic of Yugoslavia; the file has it to 1988 only, before ` +
      `the break-up. Classified as its successors: Southern Europe, ${M49_EUROPE}.`,
  },
  {
    code: 'ZAR',
    iso3: 'COD',
    name: 'Democratic Republic of the Congo',
    note: 'WITS "Congo, Dem. Rep." (M49 180); ZAR was the ISO 3166 alpha-3 code of Zaire until 1997. Same economy: mapped.',
  },
  {
    code: 'ZPM',
    name: 'Zanzibar and Pemba (former)',
    like: ['TZA'],
    note:
      'WITS "Fm Zanz-Pemb" (M49 836), in the file in 1964 only. Classified as the United ' +
      'Republic of Tanzania: developing, Sub-Saharan Africa.',
  },
  {
    code: 'ZW1',
    name: 'Federation of Rhodesia and Nyasaland (former)',
    like: ['ZWE', 'ZMB', 'MWI'],
    note:
      'WITS "Fm Rhod Nyas" (M49 717), in the file in 1964 only. Classified as its successors ' +
      'Zimbabwe, Zambia and Malawi: developing, Sub-Saharan Africa.',
  },
];

// 3. Checks: every code of the flows is an economy or listed above, nothing above is an economy, a
//    mapped code names an economy, and a direct classification agrees with every economy it copies.
const countries = new Map(read('data/groups/countries.csv').map((c) => [c.iso3, c]));
const listed = new Map(codes.map((c) => [c.code, c]));
const used = new Set(flows.flatMap((f) => [f.exporter_code, f.importer_code]));
const fail = (m) => {
  throw new Error(`import-comtrade: ${m}`);
};
for (const c of used) if (!countries.has(c) && !listed.has(c)) fail(`code ${c} is neither in countries.csv nor described here`);
const rows = codes.map((c) => {
  if (countries.has(c.code)) fail(`${c.code} is an economy of countries.csv`);
  if (!used.has(c.code)) fail(`${c.code} is not in the flows`);
  if (c.iso3 && !countries.has(c.iso3)) fail(`${c.code} maps to ${c.iso3}, not in countries.csv`);
  let klass = { region: '', subregion: '', development: '' };
  if (c.like) {
    const k = (iso3) => {
      const e = countries.get(iso3) ?? fail(`${iso3} not in countries.csv`);
      return { region: e.region, subregion: e.subregion, development: e.development };
    };
    klass = k(c.like[0]);
    for (const o of c.like) if (JSON.stringify(k(o)) !== JSON.stringify(klass)) fail(`${c.code}: ${o} is classified unlike ${c.like[0]}`);
  }
  return { code: c.code, iso3: c.iso3 ?? '', name: c.name, ...klass, note: c.note, source: HAND };
});

write('trade/comtrade-exports.csv', ['year', 'exporter_code', 'importer_code', 'exports_usd', 'source'], flows);
write('trade/comtrade-codes.csv', ['code', 'iso3', 'name', 'region', 'subregion', 'development', 'note', 'source'], rows);
const count = (f) => rows.filter(f).length;
console.log(
  `comtrade flows: ${flows.length}; codes: ${rows.length} (mapped ${count((r) => r.iso3)}, ` +
    `classified ${count((r) => r.development)}, unclassified ` +
    `${count((r) => !r.iso3 && !r.development)})`,
);
