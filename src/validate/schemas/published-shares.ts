import { boolean, code, integer, number, sourceIds, text, dataYear } from '../columns';
import { defineTable } from '../table-schema';

/** Intraregional export shares as published in the founding documents, quoted with their place. */
export const publishedSharesSchema = defineTable({
  file: 'trade/published-intraregional-shares.csv',
  title: 'Published intraregional export shares',
  description: 'Shares of intraregional exports in total exports as a document published them, with the quote.',
  key: ['group', 'year', 'source'],
  nonEmpty: false,
  references: { group: 'groups', source: 'sources' },
  columns: {
    group: code(/^[a-z0-9-]+$/, 'a group id from groups/trade-groups.csv', 'Group the published figure is closest to.'),
    year: dataYear(integer(1900, 2100, 'Year the figure refers to.')),
    share_pct: number('Share as published, per cent.', 0, 100),
    estimate: boolean('true where the document gives an approximate figure ("around", "about").'),
    published_group: text('The group as the document names it.'),
    source: sourceIds(),
    source_ref: text('Paragraph of the document.'),
    quote: text('The sentence that states the figure, verbatim.'),
  },
});
