/** The commitments chapter's tracker: a formatted row per commitment, cut into numbered tables, and the entries that quote them. */
import type { Ledger } from '../../figures/ledger';
import type { Sentence } from '../../render/narrative';
import { formatRef, withAmounts } from '../../render/documents';
import type { Status, TrackedCommitment } from './metrics';
import { statusLine } from './narrative';

/** One row of the tracker, formatted. */
export interface TrackerRow {
  year: string;
  who: string;
  decided: Sentence;
  decidedRef: string;
  /** The same reference starting with a capital, for a line of its own. */
  decidedCite: string;
  quote: Sentence;
  status: Status;
  /** "As of 2 July 2002, partly carried out (Secretary-General, para. 51)", or the lack of a record. */
  statusLine: string;
  /** No document dated up to the edition records what happened. */
  noInformation: boolean;
  evidence: string;
  statusQuote: string;
  /** Earlier records, latest first. */
  history: { line: string; quote: string }[];
}

/** One numbered table of the tracker. */
export interface TrackerTable {
  id: string;
  label: string;
  caption: string;
  head: string[];
  rows: TrackerRow[];
  source: string;
  notes: string[];
}

/** Rows per tracker table: few enough that a table with long entries fits on an A4 page. */
const TRACKER_ROWS = 9;

function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** "made in 1978-1997", "made in 2000", "made in 2005-2007, and one whose year is not identified". */
function madeIn(rows: readonly TrackerRow[]): string {
  const known = rows.filter((r) => r.year !== '..').map((r) => r.year);
  const unknown = rows.length - known.length;
  const span = known.length === 0 ? '' : known[0] === known.at(-1) ? `made in ${known[0]}` : `made in ${known[0]}-${known.at(-1)}`;
  const rest = unknown === 0 ? '' : `${unknown === 1 ? 'one' : unknown} whose year is not identified`;
  return [span, rest].filter(Boolean).join(', and ');
}

/** A tracked commitment as a row of the tracker, its amounts registered in the ledger. */
export function trackerRow(
  t: TrackedCommitment,
  ledger: Ledger,
  years: ReadonlyMap<string, number>,
  short: (id: string) => string,
  edition: number,
): TrackerRow {
  const c = t.commitment;
  const src = c.source[0]!;
  const year = years.get(src) ?? c.year ?? edition;
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return {
    year: c.year === null ? '..' : String(c.year),
    who: [c.body, c.meeting, c.place].filter(Boolean).join(', '),
    decided: withAmounts(c.commitment, ledger, src, year),
    decidedRef: `${c.source.map(short).join('; ')}, ${formatRef(c.source_ref)}`,
    decidedCite: cap(`${c.source.map(short).join('; ')}, ${formatRef(c.source_ref)}`),
    quote: withAmounts(c.quote, ledger, src, year),
    status: t.status,
    // Said once, in the tables' note and before the list, rather than in each of a dozen rows.
    statusLine: t.latest ? cap(statusLine(t.latest, short)) : 'No information',
    noInformation: !t.latest,
    evidence: t.latest?.evidence ?? '',
    statusQuote: t.latest?.quote ?? '',
    history: t.history.map((h) => ({ line: `Earlier: ${statusLine(h, short)}`, quote: h.quote })),
  };
}

/**
 * The tracker's numbered tables, from table 2 on. A numbered table stays on one page, from its
 * label to its source line: the tracker is cut into tables of a few rows each, in the order of the
 * years the commitments were made.
 */
export function trackerTables(number: number, rows: TrackerRow[], e: number, published: number, sourceLine: string): TrackerTable[] {
  const notes = (part: readonly TrackerRow[]) => [
    ...(part.some((r) => r.year === '..')
      ? ['Two dots (..): the document that recalls the commitment does not identify the year it was made.']
      : []),
    'What was decided is summarized in the strength of the original; a proposal or suggestion ' +
      'is marked as such. The documents\u2019 own words follow the tables.',
    ...(part.some((r) => r.noInformation)
      ? [`No information: no founding document dated up to ${e} records what happened, which does not mean that nothing did.`]
      : []),
  ];
  const parts = chunks(rows, TRACKER_ROWS);
  return parts.map(
    (part, i): TrackerTable => ({
      id: `commitments-tracker-${i + 1}`,
      label: `Table ${number}.${i + 2}`,
      caption: `Commitments ${madeIn(part)} and their status as the sources record it, ${published} edition`,
      head: ['Year', 'Body, meeting and place', 'What was decided', 'Status as the sources record it'],
      // The notes that apply to every part are printed under the first; the others refer to it.
      rows: part,
      source: sourceLine,
      notes: i === 0 ? notes(rows) : [`Notes as for table ${number}.2.`],
    }),
  );
}

/** The rows again, for the documents' words: a record quoted once is not quoted again for the next commitment it concerns. */
export function trackerEntries(rows: TrackerRow[]): TrackerRow[] {
  const quoted = new Set<string>();
  return rows.map((r) => {
    if (!r.statusQuote || !quoted.has(r.statusQuote)) {
      quoted.add(r.statusQuote);
      return r;
    }
    return { ...r, statusQuote: '', evidence: '', statusLine: `${r.statusLine} (in the words quoted above)` };
  });
}
