/** Sentence patterns the chapter's sentences are built with: comparisons, growth rates, lists of names. */
import type { Figure } from '../../figures/ledger';
import type { Sentence, Thresholds } from '../../render/narrative';
import { roundHalfUp } from '../../render/format';

/**
 * How one level compares with another by the same measure: within the threshold (in the
 * figures' own unit, percentage points for shares and growth rates) it is "about the same as".
 *
 * @example comparison(64.0, 54.5, 0.1, ['higher than', 'lower than']) // 'higher than'
 */
export function comparison(
  value: number,
  other: number,
  threshold: number,
  [above, below]: [string, string],
  same = 'about the same as',
): string {
  // Judged on the two figures as printed (one decimal), as the reader compares them.
  if (Math.abs(roundHalfUp(value, 1) - roundHalfUp(other, 1)) < threshold - 1e-9) return same;
  return value > other ? above : below;
}

/**
 * "This share is higher than that of the other developing economies, 54.5 per cent." as a rule:
 * higher, lower or about the same, from the two figures it prints; "this share" is the level of the
 * sentence just before, so the sentence must follow it directly. Empty when either is missing.
 */
export function shareComparison(level: Figure, other: Figure, otherName: string, t: Thresholds): Sentence {
  if (level.value === null || other.value === null) return [];
  const word = comparison(level.value, other.value, t.unchangedPoints, ['higher than', 'lower than']);
  return [`This share is ${word} that of ${otherName}, `, other, ' per cent.'];
}

/**
 * "Over 2004-2014 the GDP of the LDCs grew at a compound rate of 10.9 per cent a year, faster
 * than that of the other developing economies (8.1 per cent a year)." Growth and comparison are
 * chosen by rule; with no rate for the group (or for the comparison) it says so. With `over`
 * false the period is left to the sentence before: "Their GDP per capita grew …".
 */
export function growthSentence(
  subject: string,
  period: string,
  growth: Figure | null,
  other: Figure | null,
  otherName: string,
  t: Thresholds,
  over = true,
): Sentence {
  if (!growth || growth.value === null) return [`No growth rate can be computed for ${subject} over ${period}.`];
  const verb = growth.value < 0 ? 'shrank' : 'grew';
  const rate = { ...growth, text: growth.text.replace(/^[+-]/, '') };
  const lead = over ? `Over ${period} ${subject}` : subject.charAt(0).toUpperCase() + subject.slice(1);
  const head: Sentence = [`${lead} ${verb} at a compound rate of `, rate, ' per cent a year'];
  if (!other || other.value === null) return [...head, `; no rate is available for ${otherName} to compare it with.`];
  const otherRate = { ...other, text: other.text.replace(/^[+-]/, '') };
  // "Faster" and "more slowly" compare like with like: two rates of growth, or two of decline.
  if (growth.value < 0 !== other.value < 0)
    return [...head, `, while that of ${otherName} ${other.value < 0 ? 'shrank' : 'grew'} at `, otherRate, ' per cent a year.'];
  const shrinking = growth.value < 0;
  const word = comparison(
    Math.abs(growth.value),
    Math.abs(other.value),
    t.unchangedPoints,
    ['faster than', 'more slowly than'],
    'at about the same rate as',
  );
  return [...head, `, ${word} that of ${otherName} (`, shrinking ? 'which shrank at ' : '', otherRate, ' per cent a year).'];
}

/** "Benin, Mali and Niger" */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
