import { boolean, code, integer, number, oneOf, optional, sourceIds, text, dataYear } from '../columns';
import { usd } from '../ceilings';
import { defineTable } from '../table-schema';

/** Headline facts published about South-South trust funds, each with its page and its date if any. */
export const fundFactsSchema = defineTable({
  file: 'finance/fund-facts.csv',
  title: 'Published facts on South-South trust funds',
  description:
    'Single figures that UNOSSC pages and press reports give for the Pérez-Guerrero Trust Fund ' +
    'and the India-UN Development Partnership Fund, with the words that state them. Dated ' +
    'facts, not a series.',
  nonEmpty: false,
  key: ['id'],
  references: { source: 'sources' },
  columns: {
    id: code(
      /^[a-z0-9-]+$/,
      'a lower-case id such as "pgtf-capital-endowment"',
      'Stable id of the fact: fund, metric and, where two pages give it, which page.',
    ),
    fund: text('The fund, as the page names it.'),
    metric: code(/^[a-z0-9_]+$/, 'a snake_case name such as "capital_endowment"', 'What the figure measures.'),
    value: usd(number('The figure, in its unit.', 0)),
    unit: oneOf(['USD', 'count', 'year'], 'Unit: US dollars (current, as published), a count, or a calendar year.'),
    as_of: optional(
      text('When the fact held, as transcribed ("2018-07-26", "undated page (earlier)"); empty when the page gives no date.'),
    ),
    as_of_year: dataYear(optional(integer(1900, 2100, 'The year that as_of names; empty when it names none.'))),
    dated: boolean('true when as_of names a year.'),
    estimate: boolean('true where the page hedges the figure ("about").'),
    quote: text('The words of the page that state the figure.'),
    publisher: text('Who published the page.'),
    url: text('Address of the page.'),
    source: sourceIds(),
  },
});
