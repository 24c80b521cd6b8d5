/** The finance chapter's sentence builders: an amount with its change and record, a list of shares, the developed recipients. */
import type { Figure } from '../../figures/ledger';

import { amountSentence, recordClause, type Sentence, type Thresholds } from '../../render/narrative';
import type { SeriesYear } from '../../metrics/series';

/**
 * "China's … commitments … fell by 25.6 per cent to $83.6 billion in 2014, the lowest since …":
 * the amount sentence of narrative.ts, with the record clause where the series earns one.
 */
export function commitmentSentence(
  subject: string,
  year: number,
  points: readonly SeriesYear[],
  level: Figure,
  pct: Figure | null,
  t: Thresholds,
): Sentence {
  const p = points.find((x) => x.year === year) ?? null;
  const sentence = amountSentence(subject, year, p, level, pct, t);
  const record = p && p.value !== null ? recordClause(points, year) : null;
  const last = sentence[sentence.length - 1];
  if (!record || typeof last !== 'string' || !last.endsWith('.')) return sentence;
  return [...sentence.slice(0, -1), `${last.slice(0, -1)}, ${record}.`];
}

/**
 * A list of parts of a whole, largest first: "45.3 per cent went to Africa, 30.1 per cent to
 * Asia and 0.2 per cent to Europe". `first` joins the first part to its name ("went to"), `rest`
 * the others ("to"; empty for none). Parts whose figure has no value are left out.
 */
export function partsList(parts: { name: string; share: Figure }[], first: string, rest: string): Sentence {
  const shown = parts.filter((p) => p.share.value !== null).sort((a, b) => b.share.value! - a.share.value!);
  const out: Sentence = [];
  shown.forEach((p, i) => {
    if (i > 0) out.push(i === shown.length - 1 ? ' and ' : ', ');
    const verb = i === 0 ? first : rest;
    out.push(p.share, ` per cent ${verb ? `${verb} ` : ''}${p.name}`);
  });
  return out;
}

/**
 * What went to developed recipients, beside the headline to developing ones: "A further $7.0
 * billion was committed to economies classed as developed ($45.1 billion in 2013), …". Without it
 * the total of all recipients, which once stood under the developing label, could not be traced.
 */
export function developedSentence(
  year: number,
  developed: Figure,
  before: Figure,
  total: Figure,
  totalChange: Figure | null,
  names: readonly string[],
): Sentence {
  const out: Sentence = [`A further `, developed, ` was committed in ${year} to economies that M49 (2020) classes as developed`];
  if (before.value !== null) out.push(` (`, before, ` in ${year - 1})`);
  out.push(`, so that commitments to all the recipients covered came to `, total);
  if (totalChange) out.push(` (a change of `, totalChange, ` per cent on ${year - 1})`);
  out.push('.');
  if (names.length)
    out.push(
      ` The developed recipients over the years covered are ` +
        `${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`}.`,
    );
  return out;
}
