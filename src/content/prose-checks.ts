import type { Problem } from '../errors';
import type { Ledger } from '../figures/ledger';
import * as msg from '../messages';
import { position, type Citation } from './citations';

/**
 * Words that say which way a figure moved, and the way they say. "Higher", "lower" and "up" are left
 * out: they compare economies as often as years.
 */
const TREND_WORDS: Record<string, 1 | -1 | 0> = Object.fromEntries([
  ...'rose risen rising rise rises increased increase increases increasing grew grown growing grows gained climbed expanded'
    .split(' ')
    .map((w) => [w, 1]),
  ...'fell fallen falling fall falls decreased decrease decreases decreasing declined decline declines declining dropped shrank contracted'
    .split(' ')
    .map((w) => [w, -1]),
  ...'unchanged stable steady flat'.split(' ').map((w) => [w, 0]),
]);

/** How many words before a citation a trend word counts as being "next to" it. */
const NEAR_WORDS = 6;

/**
 * A copy of the body with what is not prose blanked (same length, newlines kept, so offsets and
 * positions stay those of the file): code, link targets, footnote labels, list numbers, citations.
 */
export function proseOnly(body: string, citations: readonly Citation[]): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let text = body;
  for (const c of citations) text = text.slice(0, c.start) + '\u0001'.repeat(c.end - c.start) + text.slice(c.end);
  return text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\]\([^)\n]*\)/g, blank)
    .replace(/\[\^[^\]\n]*\]/g, blank)
    .replace(/^(\s*)(\d+[.)])(?=\s)/gm, (_, s: string, n: string) => s + blank(n))
    .replace(/<!--[\s\S]*?-->/g, blank);
}

/**
 * A trend word next to a citation that the figure contradicts ("rose" beside a fall) is an error:
 * the words before a citation, back to the sentence's start or the previous citation, are read,
 * and the nearest trend word within NEAR_WORDS of it must agree with the change the ledger holds.
 * "from {{figure …}}" is the start of a span ("rose from X to Y"), so it is not checked.
 */
export function checkTrendWords(prose: string, citations: readonly Citation[], file: string): Problem[] {
  const problems: Problem[] = [];
  for (const c of citations) {
    if (c.direction === null) continue;
    const window =
      prose
        .slice(0, c.start)
        .split(/[.!?;:\u0001]\s|\n\s*\n|\u0001/)
        .pop() ?? '';
    const words = [...window.matchAll(/[A-Za-z]+/g)];
    if (words.at(-1)?.[0].toLowerCase() === 'from') continue;
    const near = words
      .slice(-NEAR_WORDS)
      .reverse()
      .find((w) => w[0].toLowerCase() in TREND_WORDS);
    if (!near) continue;
    const says = TREND_WORDS[near[0].toLowerCase()]!;
    // "rose" beside a rise too small to call one is not a contradiction; "unchanged" beside a clear move is.
    const contradicted = says === 0 ? c.direction !== 0 : c.direction === -says;
    if (!contradicted) continue;
    const actual = c.direction === 1 ? 'rose' : c.direction === -1 ? 'fell' : 'was broadly unchanged';
    const offset = c.start - window.length + near.index;
    problems.push({ file, ...position(prose, offset), message: msg.trendContradicted(near[0], c.written, actual) });
  }
  return problems;
}

/**
 * Numbers typed by hand in prose that match no figure the file cites: a warning each, with the
 * ledger ids that print the same text, since a typed number does not follow the data. Years are
 * not flagged; nor are numbers that are part of a name or symbol (G-77, Group of 77, A/C.2/54/L.5, 1990s) or a
 * paragraph reference (para. 48).
 */
export function checkTypedNumbers(prose: string, citations: readonly Citation[], file: string, ledger: Ledger, edition: number): Problem[] {
  const allowed = new Set<string>([String(edition)]);
  for (const f of citations.flatMap((c) => c.figures)) {
    allowed.add(bare(f.text));
    for (const y of f.period.match(/\d{4}/g) ?? []) allowed.add(y);
  }
  const problems: Problem[] = [];
  let byText: Map<string, string[]> | null = null;
  for (const m of prose.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const before = prose.slice(Math.max(0, m.index - 12), m.index);
    const after = prose.charAt(m.index + m[0].length);
    if (/[A-Za-z]$|[A-Za-z\d][-/.]$|paras?\.\s*$|paragraphs?\s+$|Group of\s+$/i.test(before) || /[A-Za-z]/.test(after)) continue;
    const n = m[0].replace(/[.,]$/, '');
    // A year standing alone dates a document or an event ("the San José Plan of Action of 1997"), it is no figure.
    const unit = /^\s*(per|billion|million|%)/.test(prose.slice(m.index + n.length, m.index + n.length + 10));
    if (allowed.has(n) || (/^(19|20)\d\d$/.test(n) && !unit)) continue;
    byText ??= indexByText(ledger);
    problems.push({ file, ...position(prose, m.index), message: msg.handTypedNumber(n, (byText.get(n) ?? []).slice(0, 3)) });
  }
  return problems;
}

/** "$4,506.0 billion" → "4,506.0": the number a reader would type. */
function bare(text: string): string {
  return text.replace(/^[^\d]*/, '').replace(/[^\d]*$/, '');
}

function indexByText(ledger: Ledger): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const f of ledger.all()) {
    const key = bare(f.text);
    if (key) map.set(key, [...(map.get(key) ?? []), f.id]);
  }
  return map;
}
