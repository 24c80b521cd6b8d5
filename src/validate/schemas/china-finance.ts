import { integer, number, sourceIds, code, dataYear } from '../columns';
import { usd } from '../ceilings';
import { defineTable } from '../table-schema';
import { ISO3 } from './countries';

/** China's official finance commitments by recipient and year (AidData GCDF 3.0). */
export const chinaFinanceSchema = defineTable({
  file: 'finance/gcdf3-china-commitments.csv',
  title: 'Official finance commitments of China by recipient and year (AidData GCDF 3.0)',
  description:
    'Commitments (not disbursements) of official finance from China to each recipient economy, ' +
    '2000-2021, in constant 2021 United States dollars, by flow class. A recipient-year with ' +
    'no recorded project is absent; a zero means no commitment of that class was recorded.',
  key: ['iso3', 'year'],
  references: { iso3: 'economies', source: 'sources' },
  columns: {
    iso3: code(ISO3, 'an ISO 3166 alpha-3 code such as "AGO"', 'Recipient economy.'),
    year: dataYear(integer(1900, 2100, 'Year of commitment.')),
    oda_usd2021: usd(number('ODA-like commitments (concessional, with development intent), constant 2021 US dollars.', 0)),
    oof_usd2021: usd(number('OOF-like commitments (other official flows), constant 2021 US dollars.', 0)),
    vague_usd2021: usd(
      number('Commitments of official finance too vaguely described to class as ODA-like or OOF-like, constant 2021 US dollars.', 0),
    ),
    source: sourceIds(),
  },
});
