import { code, sourceIds, text } from '../columns';
import { defineTable } from '../table-schema';

/** What the founding documents ask a report to monitor and no data available to this project measures. */
export const dataGapsSchema = defineTable({
  file: 'gaps/data-gaps.csv',
  title: 'Data gaps',
  description: 'What the founding documents ask to be monitored and why no data can yet measure it, with the words that ask for it.',
  key: ['id'],
  references: { asked_by: 'sources' },
  columns: {
    id: code(/^[a-z0-9-]+$/, 'an id of lower-case letters, digits and "-"', 'Gap id.'),
    topic: text('What cannot be measured.'),
    asked_by: sourceIds('Source id of the document that asks for it, defined in data/sources.csv.'),
    source_ref: text('Paragraph or section of that document.'),
    quote: text('The words that ask for it, verbatim.'),
    why_no_data: text('What was searched for and not found, or why what exists does not cover it.'),
    what_would_measure_it: text('The measure that would be needed, in general terms.'),
  },
});
