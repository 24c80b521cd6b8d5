import { code, oneOf, optional, sourceIds, text } from '../columns';
import { defineTable } from '../table-schema';
import { z } from 'zod';

const list = {
  schema: z
    .string()
    .min(1)
    .transform((s) => s.split(';'))
    .describe('M49 sub-regions, separated by ";".'),
  expected: 'M49 sub-region names separated by ";"',
  description: 'M49 sub-regions that make up the group, separated by ";"; empty for any.',
  optional: false,
};

/** Country groups of the trade chapter, defined by M49 attributes so the annex can list members. */
export const tradeGroupsSchema = defineTable({
  file: 'groups/trade-groups.csv',
  title: 'Country groups for trade shares',
  description: 'Each group is the economies that match every non-empty criterion: region, sub-regions, development status.',
  key: ['id'],
  references: { source: 'sources' },
  columns: {
    id: code(/^[a-z0-9-]+$/, 'a lower-case id such as "lac"', 'Group id used in figure ids.'),
    name: text('Full name of the group as the report prints it.'),
    short_name: text('Short name for chart legends and tables.'),
    region: optional(text('M49 region every member is in; empty for any.')),
    subregions: optional(list),
    development: optional(oneOf(['developing', 'developed'], 'Development status every member has; empty for any.')),
    source: sourceIds(),
  },
});
