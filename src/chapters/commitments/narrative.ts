import type { Figure, Ledger } from '../../figures/ledger';
import type { Status, StatusRecord } from './metrics';
import type { DateOrYear } from '../../validate/schemas/commitment-status';
import { formatNumber } from '../../render/format';
import type { Sentence } from '../../render/narrative';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as precise as the document gives it, in the house style: "2 July 2002", or "1999". */
export function formatDateOrYear(d: DateOrYear): string {
  if (d.month === null || d.day === null) return String(d.year);
  return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
}

/** How a status reads after "as of 2 July 2002,". */
export const STATUS_WORDS: Record<Status, string> = {
  carried_out: 'carried out',
  partly: 'partly carried out',
  not_carried_out: 'not carried out',
  no_information: 'no information',
};

/** "para. 51" stays; "section: The need for …" → "section “The need for …”". */
export function formatRef(ref: string): string {
  const section = /^section: (.*)$/.exec(ref);
  return section ? `section \u201c${section[1]}\u201d` : ref;
}

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
  if (none && none.value === n) return [...opening, `no source dated up to ${edition} records what happened to ${n === 1 ? 'it' : 'any of them'}.`];
  const clauses: Sentence[] = [];
  for (const s of ['carried_out', 'partly', 'not_carried_out'] as const) {
    const f = counts[s];
    if (f && (f.value ?? 0) > 0) clauses.push([f, ` ${f.value === 1 ? 'was' : 'were'} ${STATUS_WORDS[s]}`]);
  }
  if (none && (none.value ?? 0) > 0) clauses.push(['for ', none, ' no source records what happened']);
  return [...opening, ...joinClauses(clauses), '.'];
}

/**
 * "The founding documents dated up to 2014 raise 13 topics that this report cannot yet
 * measure: …" and, by document, "Of these, 3 are raised in … (1997), …, and 1 in … (2007)."
 */
export function gapsSentences(count: Figure, byDocument: { figure: Figure; name: string; year: number }[], edition: number): Sentence[] {
  const n = count.value ?? 0;
  if (n === 0) return [[`None of the founding documents dated up to ${edition} had yet raised a topic that this report cannot measure.`]];
  const first: Sentence = [`The founding documents dated up to ${edition} raise `, count, ` topic${n === 1 ? '' : 's'} that this report cannot yet measure: no data available to it can show ${n === 1 ? 'it' : 'them'}. That is a finding in itself, not a gap to be filled by estimates.`];
  if (byDocument.length < 2) return [first];
  const parts = byDocument.map((d, i): Sentence => [d.figure, `${i === 0 ? (d.figure.value === 1 ? ' is' : ' are') + ' raised' : ''} in ${d.name} (${d.year})`]);
  return [first, ['Of these, ', ...joinClauses(parts), '.']];
}

/** Clauses joined with commas and a final ", and" (two clauses: " and"). */
function joinClauses(clauses: Sentence[]): Sentence {
  const out: Sentence = [];
  clauses.forEach((c, i) => {
    if (i > 0) out.push(i === clauses.length - 1 ? (clauses.length > 2 ? ', and ' : ' and ') : ', ');
    out.push(...c);
  });
  return out;
}

const AMOUNT = /(?:US)?\$(\d[\d,]*(?:\.\d+)?)(?: (million|billion))?/g;

/**
 * A text quoted or transcribed from a document, with every dollar amount in it registered as a
 * figure of that document ("$1,000", "$10 million", "US$1 billion"), so that the amounts a
 * quote prints are in the ledger like any other number. The figure's id names the document and
 * the amount, so the same amount quoted twice from one document is one figure.
 */
export function withAmounts(text: string, ledger: Ledger, source: string, year: number): Sentence {
  const out: Sentence = [];
  let last = 0;
  for (const m of text.matchAll(AMOUNT)) {
    const value = Number(m[1]!.replace(/,/g, '')) * (m[2] === 'billion' ? 1e9 : m[2] === 'million' ? 1e6 : 1);
    out.push(text.slice(last, m.index));
    out.push(ledger.add({ indicator: 'quoted-amount', entity: `${source}.usd-${formatNumber(value, 0).replace(/,/g, '')}`, period: String(year), value, unit: 'United States dollars', source, text: m[0] }));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out.filter((p) => p !== '');
}
