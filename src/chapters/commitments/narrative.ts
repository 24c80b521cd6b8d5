import type { Figure } from '../../figures/ledger';
import type { Status, StatusRecord } from './metrics';
import type { DateOrYear } from '../../validate/schemas/commitment-status';
import { joinClauses, type Sentence } from '../../render/narrative';
import { formatRef } from '../../render/documents';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as precise as the document gives it, in the house style: "2 July 2002", or "1999". */
export function formatDateOrYear(d: DateOrYear): string {
  if (d.month === null || d.day === null) return String(d.year);
  return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
}

/** How a status reads after "as of 2 July 2002,". */
const STATUS_WORDS: Record<Status, string> = {
  carried_out: 'carried out',
  partly: 'partly carried out',
  not_carried_out: 'not carried out',
  no_information: 'no information',
};

/**
 * A dated status as the house style writes it: "as of 2 July 2002, partly carried out
 * (Secretary-General, para. 51)". `cite` gives a document's short name.
 */
export function statusLine(r: StatusRecord, cite: (id: string) => string): string {
  return `as of ${formatDateOrYear(r.asOf)}, ${STATUS_WORDS[r.status]} (${r.source.map(cite).join('; ')}, ${formatRef(r.sourceRef)})`;
}

/**
 * "Of the 25 commitments tracked, 5 were carried out, 3 were partly carried out, 5 were not
 * carried out, and for 12 no source records what happened." Statuses no commitment has are left
 * out; with no record at all it says so.
 */
export function scorecardSentence(total: Figure, counts: Partial<Record<Status, Figure>>, edition: number): Sentence {
  const n = total.value ?? 0;
  if (n === 0) return [`None of the commitments tracked here had been made by ${edition}.`];
  const opening: Sentence = ['Of the ', total, ` commitment${n === 1 ? '' : 's'} tracked, `];
  const none = counts.no_information;
  if (none && none.value === n)
    return [...opening, `no source dated up to ${edition} records what happened to ${n === 1 ? 'it' : 'any of them'}.`];
  const clauses: Sentence[] = [];
  for (const s of ['carried_out', 'partly', 'not_carried_out'] as const) {
    const f = counts[s];
    if (f && (f.value ?? 0) > 0) clauses.push([f, ` ${f.value === 1 ? 'was' : 'were'} ${STATUS_WORDS[s]}`]);
  }
  if (none && (none.value ?? 0) > 0) clauses.push(['for ', none, ' no source records what happened']);
  return [...opening, ...joinClauses(clauses), '.'];
}
