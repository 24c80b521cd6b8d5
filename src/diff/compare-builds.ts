import type { FigureRow } from '../editions/read-figures';

/** A figure as a build's figures.csv records it, read and checked by readFigures. */
export type LedgerRow = FigureRow;

/** One figure whose value differs between the two builds. */
export interface ChangedFigure {
  before: LedgerRow;
  after: LedgerRow;
  /** after − before; null when either is not available. */
  change: number | null;
  /** change ÷ |before| × 100; null when either is missing or before is 0. */
  relative: number | null;
}

/** What differs between two builds, figure by figure and chart by chart. */
export interface BuildDiff {
  added: LedgerRow[];
  removed: LedgerRow[];
  changed: ChangedFigure[];
  /** Ids of charts whose spec (data included) differs, or that only one build has. */
  charts: { id: string; status: 'added' | 'removed' | 'changed' }[];
}

/**
 * Compares two builds: their ledgers by figure id, and their chart specs by id. A figure changed
 * when its value did (to the ledger's 6 decimals) or its printed text did.
 */
export function compareBuilds(
  a: Map<string, LedgerRow>,
  b: Map<string, LedgerRow>,
  chartsA: Map<string, string>,
  chartsB: Map<string, string>,
): BuildDiff {
  const added = [...b.values()].filter((f) => !a.has(f.id));
  const removed = [...a.values()].filter((f) => !b.has(f.id));
  const changed: ChangedFigure[] = [];
  for (const after of b.values()) {
    const before = a.get(after.id);
    if (!before || (before.value === after.value && before.text === after.text)) continue;
    const change = before.value !== null && after.value !== null ? after.value - before.value : null;
    const relative = change !== null && before.value !== 0 ? (100 * change) / Math.abs(before.value!) : null;
    changed.push({ before, after, change, relative });
  }
  const ids = [...new Set([...chartsA.keys(), ...chartsB.keys()])].sort();
  const charts = ids
    .map((id) => ({
      id,
      status: !chartsA.has(id)
        ? ('added' as const)
        : !chartsB.has(id)
          ? ('removed' as const)
          : chartsA.get(id) !== chartsB.get(id)
            ? ('changed' as const)
            : null,
    }))
    .filter((c): c is BuildDiff['charts'][number] => c.status !== null);
  return { added, removed, changed, charts };
}

/** True when the two builds differ in any figure or chart. */
export const hasChanges = (d: BuildDiff) => d.added.length + d.removed.length + d.changed.length + d.charts.length > 0;
