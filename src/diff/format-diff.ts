import { formatChange, formatNumber } from '../render/format';
import type { BuildDiff, LedgerRow } from './compare-builds';

/**
 * The diff as text for a terminal, grouped by chapter in the order the report prints them:
 *   trade
 *     ~ intraregional-export-share:lac:2014  18.7 → 18.9  (+0.2, +1.1 %)
 *     + south-south-exports:south:2015  $4,600.0 billion
 *     - …
 */
export function formatDiff(d: BuildDiff, chapterOrder: string[]): string {
  const chapters = [...new Set([...chapterOrder, ...[...d.added, ...d.removed, ...d.changed.map((c) => c.after)].map((f) => f.chapter)])];
  const lines: string[] = [];
  for (const chapter of chapters) {
    const rows = [
      ...d.changed
        .filter((c) => c.after.chapter === chapter)
        .map(
          (c) =>
            `  ~ ${c.after.id}  ${c.before.text} \u2192 ${c.after.text}  ` +
            `(${c.change === null ? '..' : formatChange(c.change, Math.abs(c.change) < 10 ? 3 : 1)}` +
            `${c.relative === null ? '' : `, ${formatChange(c.relative, 1)} %`})`,
        ),
      ...d.added.filter((f) => f.chapter === chapter).map((f: LedgerRow) => `  + ${f.id}  ${f.text}`),
      ...d.removed.filter((f) => f.chapter === chapter).map((f: LedgerRow) => `  - ${f.id}  ${f.text}`),
    ];
    if (rows.length) lines.push(chapter || '(no chapter)', ...rows);
  }
  if (d.charts.length)
    lines.push('charts', ...d.charts.map((c) => `  ${c.status === 'added' ? '+' : c.status === 'removed' ? '-' : '~'} ${c.id}`));
  const summary =
    `${formatNumber(d.changed.length, 0)} changed, ${formatNumber(d.added.length, 0)} added, ` +
    `${formatNumber(d.removed.length, 0)} removed figures; ${formatNumber(d.charts.length, 0)} ` +
    `charts differ`;
  return `${[...lines, summary].join('\n')}\n`;
}
