import { z } from 'zod';
import { code, dataYear, oneOf, optional, sourceIds, text, type Column } from '../columns';
import { defineTable } from '../table-schema';

/** A date as precise as the document gives it: a full date, or a year alone. */
export interface DateOrYear {
  /** As written in the file: `2002-07-02` or `1999`. */
  iso: string;
  year: number;
  /** 1-12, or null for a year alone. */
  month: number | null;
  day: number | null;
}

const DATE_OR_YEAR = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/;

/**
 * A column holding an ISO 8601 date (`2002-07-02`) or a year alone (`1999`), for documents that
 * print no day or month. A date that does not exist (`2002-02-30`) is refused.
 */
export function dateOrYear(description: string): Column<DateOrYear> {
  const schema = z
    .string()
    .regex(DATE_OR_YEAR)
    .transform((s, ctx) => {
      const [, y, m, d] = DATE_OR_YEAR.exec(s)!;
      const year = Number(y);
      if (m === undefined) return { iso: s, year, month: null, day: null };
      const month = Number(m);
      const day = Number(d);
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
        ctx.addIssue({ code: 'custom', message: 'no such date' });
        return z.NEVER;
      }
      return { iso: s, year, month, day };
    })
    .describe(description);
  return { schema, expected: 'a date as YYYY-MM-DD, or a year as YYYY', description, optional: false };
}

/** The statuses a source can record, in the order the report prints them. */
export const STATUSES = ['carried_out', 'partly', 'not_carried_out', 'no_information'] as const;

/** What later documents record about each commitment: one row per dated record. */
export const commitmentStatusSchema = defineTable({
  file: 'commitments/status.csv',
  title: 'Status of commitments',
  description: 'What a later, dated document records about a commitment, with the quote; "no_information" where no document says.',
  key: ['commitment_id', 'as_of', 'source'],
  references: { commitment_id: 'commitments', source: 'sources' },
  // A status is what a dated source says: only no_information may leave these empty.
  rules: (['as_of', 'source', 'source_ref', 'quote'] as const).map(
    (column) => (row: Readonly<Record<string, unknown>>) =>
      row.status !== 'no_information' && row[column] === null
        ? {
            column,
            expected:
              `a value, since status "${String(row.status)}" must say which dated document records it ` +
              `(only no_information may leave as_of, source, source_ref, quote empty)`,
            found: '',
          }
        : null,
  ),
  columns: {
    commitment_id: code(
      /^[a-z0-9-]+$/,
      'a commitment id from commitments/commitments.csv',
      'The commitment, by its id in commitments/commitments.csv.',
    ),
    status: oneOf(
      STATUSES,
      'What the document records: carried_out, partly (carried out), not_carried_out, or no_information where no document says.',
    ),
    as_of: dataYear(
      optional(
        dateOrYear(
          'Date of the document that records the status (YYYY-MM-DD), or its year where it prints no day; empty for no_information.',
        ),
      ),
      (d) => d.year,
    ),
    evidence: text('What the quote establishes and what it does not, in plain words.'),
    source: optional(sourceIds('Source id of the document that records the status; required unless the status is no_information.')),
    source_ref: optional(text('Paragraph or section of that document; required unless the status is no_information.')),
    quote: optional(text('The words that record the status, verbatim; required unless the status is no_information.')),
  },
});
