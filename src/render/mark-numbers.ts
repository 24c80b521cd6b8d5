import type { Figure } from '../figures/ledger';
import type { Sentence } from './narrative';

/** Amounts of money as documents write them: "$1,000", "US$1 billion", "USD 100 million". */
const MONEY = /(?:US\$|\$|USD\s)\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s(?:million|billion))?/g;
/** A number standing alone: not part of a name ("G-77", "Group of 77"), a symbol ("38/201") or a word. */
const BARE = /(?<![\w$/.,-]|Group of )(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w/-]|[.,]\d)/g;

/** The value of a number as written: `"US$1 billion"` → 1e9, `"7,000"` → 7000. */
export function parseWritten(text: string): number {
  const n = Number(/(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/.exec(text)![0].replace(/,/g, ''));
  return n * (/billion/.test(text) ? 1e9 : /million/.test(text) ? 1e6 : 1);
}

/**
 * A text (a quote, a description) with every number in it printed as a figure: a number equal to
 * one of `own` is that figure, shown as the text writes it; any other number gets a figure from
 * `other` (called with its value, so the same number always gets the same figure). Years (1900-2099 standing
 * alone) are dates, not figures, and are left as text. `own` figures the scan does not find (a
 * number glued to a word, "361collaborative") are looked for by their own text.
 *
 * @example markNumbers('pay $1,000 annually', [fig1000], other) // ['pay ', {…fig1000, text: '$1,000'}, ' annually']
 */
export function markNumbers(text: string, own: readonly Figure[], other: (value: number) => Figure): Sentence {
  const spans: { at: number; end: number; value: number }[] = [];
  const overlaps = (at: number, end: number) => spans.some((s) => at < s.end && end > s.at);
  for (const re of [MONEY, BARE]) {
    for (const m of text.matchAll(re)) {
      const at = m.index!;
      const end = at + m[0].length;
      const value = parseWritten(m[0]);
      if (re === BARE && /^(19|20)\d\d$/.test(m[0])) continue;
      if (!overlaps(at, end)) spans.push({ at, end, value });
    }
  }
  for (const f of own) {
    if (f.value === null || spans.some((s) => s.value === f.value)) continue;
    const shown = f.text.replace(/^about /, '');
    const at = text.indexOf(shown);
    if (at >= 0 && !overlaps(at, at + shown.length)) spans.push({ at, end: at + shown.length, value: f.value });
  }
  spans.sort((a, b) => a.at - b.at);
  const out: Sentence = [];
  let pos = 0;
  for (const s of spans) {
    const shown = text.slice(s.at, s.end);
    const fig = own.find((f) => f.value === s.value) ?? other(s.value);
    out.push(text.slice(pos, s.at), { ...fig, text: shown });
    pos = s.end;
  }
  out.push(text.slice(pos));
  return out.filter((p) => p !== '');
}
