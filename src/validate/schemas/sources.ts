import { code, oneOf, optional, text } from '../columns';
import { defineTable } from '../table-schema';

/** The register of sources: every row of every other file names one or more of these ids. */
export const sourcesSchema = defineTable({
  file: 'sources.csv',
  title: 'Sources',
  description: 'Every data set, document and classification the report draws on, with its version.',
  key: ['id'],
  columns: {
    id: code(
      /^[a-z0-9.-]+$/,
      'an id of lower-case letters, digits, "." and "-"',
      'Source id, cited by the source column of every data file.',
    ),
    kind: oneOf(['dataset', 'document', 'classification'], 'What the source is.'),
    title: text('Title of the data set or document.'),
    publisher: text('Who publishes it.'),
    date: text('Date or year of the version used, as the publisher gives it.'),
    version: optional(text('Version, commit or document symbol of the copy used.')),
    url: optional(text('Where the publisher makes it available.')),
    citation: text('How the report cites it in source lines.'),
    note: optional(text('What the source can and cannot support.')),
  },
});
