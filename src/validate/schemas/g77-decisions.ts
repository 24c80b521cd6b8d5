import { code, integer, number, oneOf, optional, sourceIds, text, dataYear } from '../columns';
import { usd } from '../ceilings';
import { defineTable } from '../table-schema';

/** Decisions, recommendations and proposals on contributions and funds, quoted from the founding documents. */
export const g77DecisionsSchema = defineTable({
  file: 'cooperation/g77-contribution-decisions.csv',
  title: 'Decisions on contributions and funds for South-South cooperation',
  description:
    'Decisions, recommendations and proposals of the Group of 77 and related bodies on ' +
    'contributions and funds, transcribed from the founding documents with the words that ' +
    'state them.',
  key: ['id'],
  references: { source: 'sources' },
  columns: {
    id: code(/^[a-z0-9-]+$/, 'a lower-case id such as "havana-2000-implementation-fund"', 'Stable id: meeting, year and subject.'),
    body: text('Body that decided, recommended or proposed.'),
    meeting: text('Meeting, session or document.'),
    place: optional(text('Where the meeting was held; empty when the document does not say.')),
    year: dataYear(integer(1900, 2100, 'Year of the meeting or document.')),
    decision: text('What was decided, keeping the strength of the text ("recommended", "proposed", "invites").'),
    amount_usd: usd(optional(number('Amount named, US dollars (current, as stated); empty when the text names none.', 0))),
    amount_basis: optional(
      oneOf(['per member per year', 'one-off fund', 'proposed fund'], 'What the amount is; empty when there is no amount.'),
    ),
    source: sourceIds(),
    source_ref: text('Paragraph or section of the document.'),
    quote: text('The words of the document, verbatim.'),
  },
});
