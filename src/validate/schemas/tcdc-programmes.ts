import { boolean, code, integer, number, optional, sourceIds, text, dataYear } from '../columns';
import { usd } from '../ceilings';
import { defineTable } from '../table-schema';
import { ISO3 } from './countries';

/** Technical cooperation programmes of Southern providers, as the Secretary-General reported them in 2002. */
export const tcdcProgrammesSchema = defineTable({
  file: 'cooperation/tcdc-programmes.csv',
  title: 'Technical cooperation among developing countries by Southern providers (2002 report)',
  description:
    'Budgets, programmes and facts of technical cooperation among developing countries (TCDC) ' +
    'by Southern providers, as the report of the Secretary-General of 2 July 2002 (paras. ' +
    '38-40) gives them, with its words.',
  key: ['id'],
  references: { provider_iso3: 'economies', source: 'sources' },
  columns: {
    id: code(/^[a-z0-9-]+$/, 'a lower-case id such as "ind-ssc-budget-1999-2000"', 'Stable id: provider, subject, year.'),
    provider_iso3: code(ISO3, 'an ISO 3166 alpha-3 code such as "IND"', 'Providing economy.'),
    provider: text('Provider as the report names it (UNTERM short name).'),
    programme: text('What the money or activity is for, in the document\u2019s words as far as possible.'),
    period: optional(text('Period as the document writes it ("1999-2000", "annually"); empty when it gives none.')),
    year_start: dataYear(optional(integer(1900, 2100, 'First year of the period, when the document states it.'))),
    year_end: dataYear(optional(integer(1900, 2100, 'Last year of the period, when the document states it.'))),
    amount_usd: usd(optional(number('Amount, current US dollars of the period.', 0))),
    amount_kind: optional(text('What the amount is ("budget over the period", "debt relief ...").')),
    share_tcdc_pct: optional(number('Per cent of the amount going to TCDC, when the document says.', 0, 100)),
    trainees: optional(integer(0, 10_000_000, 'Persons trained or hosted, when the document gives them.')),
    countries_reached: optional(integer(0, 300, 'Countries reached, when the document gives them.')),
    estimate: boolean('true when the document hedges the figures of the row ("some", "about").'),
    source: sourceIds(),
    source_ref: text('Paragraph of the document.'),
    quote: text('The words of the document, verbatim.'),
  },
});
