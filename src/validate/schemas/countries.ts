import { code, flag, oneOf, optional, sourceIds, text } from '../columns';
import { defineTable } from '../table-schema';

export const ISO3 = /^[A-Z]{3}$/;

/** The economies and the groups they belong to; every economy code in other files must be here. */
export const countriesSchema = defineTable({
  file: 'groups/countries.csv',
  title: 'Economies and their groups',
  description:
    'UNSD M49 (2020 version, with its developed/developing flag), LDC, LLDC and SIDS flags and ' +
    'Group of 77 membership, one row per economy.',
  key: ['iso3'],
  references: { source: 'sources' },
  columns: {
    iso3: code(
      ISO3,
      'an ISO 3166 alpha-3 code such as "BRA"',
      'ISO 3166 alpha-3 code (XKX for Kosovo; withdrawn codes for former States).',
    ),
    name: text('Name used in the report: UNTERM English short name, or UNCTAD usage where UNTERM has none.'),
    m49: optional(code(/^\d{3}$/, 'a three-digit M49 code such as "076"', 'UN M49 numeric code.')),
    region: optional(text('M49 region (Africa, Americas, Asia, Europe, Oceania).')),
    subregion: optional(text('M49 sub-region, e.g. "Latin America and the Caribbean".')),
    intermediate_region: optional(text('M49 intermediate region, e.g. "Caribbean".')),
    development: optional(oneOf(['developing', 'developed'], 'UNSD M49 2020 developed/developing flag; empty where UNSD gave none.')),
    ldc: flag('1 if a least developed country (LDC) in the snapshot.'),
    lldc: flag('1 if a landlocked developing country (LLDC) in the snapshot.'),
    sids: flag('1 if a small island developing State (SIDS) in the snapshot.'),
    g77: flag('1 if a member of the Group of 77 in the membership list used.'),
    source: sourceIds(),
    note: optional(text('Why a row was added or classified by hand.')),
  },
});
