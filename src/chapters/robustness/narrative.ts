import type { Figure } from '../../figures/ledger';
import type { Sentence, Thresholds } from '../../render/narrative';
import { movement } from '../../render/narrative';

/** One definition's figures as the chapter prints them. */
export interface DefinitionFigures {
  id: string;
  /** "without China" */
  label: string;
  base: Figure;
  latest: Figure;
  /** Latest less base, percentage points; null when either is missing. */
  change: Figure | null;
}

/**
 * Which conclusions survive every definition, by rule from the figures printed: whether the share
 * rose (or fell) under each of them, and how far the level moves. "Survives" is said only of a
 * direction every definition shares; a level is reported as the range it spans.
 */
export function survivalSentences(report: DefinitionFigures, others: DefinitionFigures[], t: Thresholds): Sentence[] {
  const all = [report, ...others];
  const moves = all.map((d) => (d.change && d.change.value !== null ? movement(d.change.value, t.unchangedPoints) : null));
  const out: Sentence[] = [];
  const period = `${report.base.period}-${report.latest.period}`;
  if (moves.every((m) => m === 'rose') || moves.every((m) => m === 'fell')) {
    const verb = moves[0]!;
    const sorted = all.filter((d) => d.change).sort((a, b) => a.change!.value! - b.change!.value!);
    const low = sorted[0]!;
    const high = sorted[sorted.length - 1]!;
    out.push([
      `That the share ${verb} over ${period} survives every definition: by `,
      unsigned(low.change!),
      ` percentage points ${low.label}, and by up to `,
      unsigned(high.change!),
      ` percentage points ${high.label}.`,
    ]);
  } else {
    const rose = all.filter((_, i) => moves[i] === 'rose').map((d) => d.label);
    out.push([
      `The direction of the change over ${period} depends on the definition: the share rose ` +
        `${rose.length ? rose.join('; ') : 'under none of them'}, but not under the others.`,
    ]);
  }
  const levels = all.filter((d) => d.latest.value !== null).sort((a, b) => a.latest.value! - b.latest.value!);
  if (levels.length > 1) {
    const lowest = levels[0]!;
    const highest = levels[levels.length - 1]!;
    out.push([
      `The level does not survive: in ${report.latest.period} the share runs from `,
      lowest.latest,
      ` per cent ${lowest.label} to `,
      highest.latest,
      ` per cent ${highest.label}.`,
    ]);
    // "More than half" is a claim a reader will repeat: say under which definitions it holds.
    const half = all.filter((d) => d.latest.value !== null && d.latest.value > 50).map((d) => d.label);
    const list = half.length > 1 ? `${half.slice(0, -1).join(', ')} and ${half[half.length - 1]}` : half[0];
    if (half.length > 0 && half.length < levels.length)
      out.push([`That developing economies send more than half of their exports to one another holds only ${list}.`]);
  }
  return out;
}

/** "+2.3" → "2.3": the verb carries the sign. */
function unsigned(f: Figure): Figure {
  return { ...f, text: f.text.replace(/^[+-]/, '') };
}
