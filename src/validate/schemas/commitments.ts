import { code, integer, optional, sourceIds, text, dataYear } from '../columns';
import { defineTable } from '../table-schema';

/**
 * Commitments, requests, recommendations and proposals made in, or recalled by, the founding
 * documents, each with the document and paragraph that state it and the quote.
 */
export const commitmentsSchema = defineTable({
  file: 'commitments/commitments.csv',
  title: 'Commitments tracked',
  description:
    'What was decided, requested, recommended or proposed, by whom, where and when, with the sentence of the document that states it.',
  key: ['id'],
  defines: 'commitments',
  references: { source: 'sources' },
  columns: {
    id: code(/^[a-z0-9-]+$/, 'an id of lower-case letters, digits and "-"', 'Commitment id, cited by commitments/status.csv.'),
    body: text('The body that made the commitment, as the document names it.'),
    meeting: text('The meeting, resolution or document in which it was made.'),
    place: optional(text('Where the meeting was held; empty for a resolution or report.')),
    year: dataYear(
      optional(
        integer(
          1945,
          2100,
          'Year of the meeting or resolution that made it (not of the document that recalls it); ' +
            'empty where the document does not identify it.',
        ),
      ),
    ),
    commitment: text('What was decided, in the strength of the original ("recommended", "(proposal)").'),
    source: sourceIds('Source id of the document that states the commitment, defined in data/sources.csv.'),
    source_ref: text('Paragraph or section of that document.'),
    quote: text('The sentence that states the commitment, verbatim.'),
  },
});
