import type { Figure } from '../figures/ledger';
import type { SeriesYear } from '../metrics/series';
import { roundHalfUp } from './format';

/** The explanatory note that states the rule `movement` applies. */
export function unchangedRule(t: Thresholds): string {
  return (
    `In the text, a share whose change on the previous year, rounded to one decimal as the ` +
    `tables print it, is less than ${t.unchangedPoints} percentage points, or an amount whose ` +
    `change so rounded is less than ${t.unchangedPercent} per cent, is called broadly ` +
    `unchanged; the tables print the change itself.`
  );
}

/** A sentence as text and figures; figures are printed marked with their ledger id. */
export type Sentence = (string | Figure)[];

/** The thresholds the wording rules use, from Config. */
export interface Thresholds {
  unchangedPoints: number;
  unchangedPercent: number;
}

/**
 * The verb a change earns: below the threshold (in absolute value) it is no movement at all. The
 * change is judged as printed, rounded to one decimal, so that text and tables follow one rule: a
 * table's +0.1 is never "broadly unchanged" beside a threshold of 0.1 (UNCHANGED_RULE says so).
 */
export function movement(change: number, threshold: number): 'rose' | 'fell' | 'was broadly unchanged' {
  if (roundHalfUp(Math.abs(change), 1) < threshold) return 'was broadly unchanged';
  return change > 0 ? 'rose' : 'fell';
}

/**
 * Whether the latest value is the highest or lowest for some years: "the highest since 1997"
 * (the last year with a value at least as high), or "the highest since 1990" when no earlier
 * year comes close, counted from the first year with data. Returns null for records of fewer
 * than three years, which are not worth a clause, and when a year in between has no data.
 */
export function recordClause(points: readonly SeriesYear[], year: number): string | null {
  const valid = points.filter((p) => p.value !== null && p.year <= year);
  const latest = valid.find((p) => p.year === year);
  if (!latest || valid.length < 3) return null;
  const earlier = valid.filter((p) => p.year < year);
  for (const [word, beats] of [
    ['highest', (a: number, b: number) => a >= b],
    ['lowest', (a: number, b: number) => a <= b],
  ] as const) {
    const rival = [...earlier].reverse().find((p) => beats(p.value!, latest.value!));
    const since = rival ? rival.year : earlier[0]!.year;
    // A year without data in between could have been higher (or lower): then nothing is claimed.
    const unbroken = valid.filter((p) => p.year >= since).length === year - since + 1;
    // "since 1990" where 1990 is the first year covered: the explanatory notes say once what that means.
    if (year - since >= 3 && unbroken) return `the ${word} since ${since}`;
  }
  return null;
}

/**
 * "The share of … rose by 0.4 percentage points to 39.7 per cent in 2014, the highest since 1990."
 * Chosen by rule from the figures it prints; with no previous year it states the level only.
 */
export function shareSentence(
  subject: string,
  year: number,
  points: readonly SeriesYear[],
  level: Figure,
  change: Figure | null,
  t: Thresholds,
): Sentence {
  const p = points.find((x) => x.year === year);
  if (!p || p.value === null) return [`No data are available for ${subject} in ${year}.`];
  const record = recordClause(points, year);
  const tail = record ? `, ${record}.` : '.';
  if (p.change === null || change === null)
    return [`${capitalise(subject)} was `, level, ` per cent in ${year}; no figure is available for ${year - 1} to compare it with${tail}`];
  const verb = movement(p.change, t.unchangedPoints);
  if (verb === 'was broadly unchanged') return [`${capitalise(subject)} was broadly unchanged at `, level, ` per cent in ${year}${tail}`];
  return [
    `${capitalise(subject)} ${verb} by `,
    { ...change, text: change.text.replace(/^[+-]/, '') },
    ` percentage points to `,
    level,
    ` per cent in ${year}${tail}`,
  ];
}

/** "… rose by 6.1 per cent to $4,506.0 billion in 2014." for an amount. */
export function amountSentence(
  subject: string,
  year: number,
  p: SeriesYear | null,
  level: Figure,
  pct: Figure | null,
  t: Thresholds,
): Sentence {
  if (!p || p.value === null) return [`No data are available for ${subject} in ${year}.`];
  if (p.pct_change === null || pct === null) return [`${capitalise(subject)} amounted to `, level, ` in ${year}.`];
  const verb = movement(p.pct_change, t.unchangedPercent);
  if (verb === 'was broadly unchanged') return [`${capitalise(subject)} was broadly unchanged at `, level, ` in ${year}.`];
  return [`${capitalise(subject)} ${verb} by `, { ...pct, text: pct.text.replace(/^[+-]/, '') }, ` per cent to `, level, ` in ${year}.`];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Clauses joined with commas and a final ", and" (two clauses: " and"). */
export function joinClauses(clauses: Sentence[]): Sentence {
  const out: Sentence = [];
  clauses.forEach((c, i) => {
    if (i > 0) out.push(i === clauses.length - 1 ? (clauses.length > 2 ? ', and ' : ' and ') : ', ');
    out.push(...c);
  });
  return out;
}
