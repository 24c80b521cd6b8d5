import type { Figure } from '../../figures/ledger';
import { joinClauses, type Sentence } from '../../render/narrative';

/**
 * "The founding documents dated up to 2014 raise 13 topics that this report cannot yet
 * measure: …" and, by document, "Of these, 3 are raised in … (1997), …, and 1 in … (2007)."
 */
export function gapsSentences(count: Figure, byDocument: { figure: Figure; name: string; year: number }[], edition: number): Sentence[] {
  const n = count.value ?? 0;
  if (n === 0) return [[`None of the founding documents dated up to ${edition} had yet raised a topic that this report cannot measure.`]];
  const first: Sentence = [
    `The founding documents dated up to ${edition} raise `,
    count,
    ` topic${n === 1 ? '' : 's'} that this report cannot yet measure: no data available to it ` +
      `can show ${n === 1 ? 'it' : 'them'}. That is a finding in itself, not a gap to be filled ` +
      `by estimates.`,
  ];
  if (byDocument.length < 2) return [first];
  const parts = byDocument.map(
    (d, i): Sentence => [d.figure, `${i === 0 ? `${d.figure.value === 1 ? ' is' : ' are'} raised` : ''} in ${d.name} (${d.year})`],
  );
  return [first, ['Of these, ', ...joinClauses(parts), '.']];
}
