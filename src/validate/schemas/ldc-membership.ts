import { code, integer, optional, sourceIds } from '../columns';
import { defineTable } from '../table-schema';
import { ISO3 } from './countries';

/**
 * Every country ever on the UN list of least developed countries, with the years it entered and
 * left it, so that each year counts the LDCs of that year (countries.csv's flag is one snapshot).
 */
export const ldcMembershipSchema = defineTable({
  file: 'groups/ldc-membership.csv',
  title: 'Least developed countries: inclusion and graduation',
  description:
    'One row per country ever on the UN list of least developed countries (LDCs), 1971-2024, ' +
    'with the year of inclusion and, for those that left it, the year and date of graduation.',
  key: ['iso3'],
  references: { iso3: 'economies', source: 'sources' },
  columns: {
    iso3: code(ISO3, 'an ISO 3166 alpha-3 code such as "AGO"', 'The country, as in groups/countries.csv.'),
    included_year: integer(1971, 2100, 'Year of inclusion on the list.'),
    graduated_year: optional(integer(1971, 2100, 'Year of graduation from the list; empty while still an LDC.')),
    graduated_date: optional(
      code(
        /^\d{4}-\d{2}(-\d{2})?$/,
        'a date YYYY-MM-DD or YYYY-MM',
        'Date graduation took effect (YYYY-MM where the source gives the month only); empty while still an LDC.',
      ),
    ),
    source: sourceIds(),
  },
});
