import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as msg from '../messages';
import { isAlive } from './process-alive';

/**
 * What publish.ts leaves beside `out` while it works, by the PID of the run: `.out-new-PID-XXXXXX`
 * (the new report being written), `.out-old-PID` (the previous report, moved aside between the two
 * renames of the swap) and `.out.lock.PID.tmp` (a lock being taken). Releases before this one named
 * the new report `.out-new-XXXXXX`, without a PID.
 */
function leftover(name: string, entry: string): { kind: 'new' | 'old' | 'tmp'; pid: string | null } | null {
  const prefix = `.${name}-`;
  if (entry.startsWith(`${prefix}old-`)) return { kind: 'old', pid: /^\d+$/.exec(entry.slice(prefix.length + 4))?.[0] ?? null };
  if (entry.startsWith(`${prefix}new-`)) return { kind: 'new', pid: /^(\d+)-/.exec(entry.slice(prefix.length + 4))?.[1] ?? null };
  const tmp = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.lock\\.(\\d+)\\.tmp$`).exec(entry);
  return tmp ? { kind: 'tmp', pid: tmp[1]! } : null;
}

/**
 * Puts right what a run killed while publishing to `target` (an absolute path) left behind. Called
 * with the folder's lock held, so no live run is publishing there. When `target` is missing and a
 * previous report was moved aside, that report is put back: the folder then holds the last complete
 * build, as before the killed run. Every other leftover (a half-written or unpublished new report,
 * an old report already replaced) is removed. Leftovers of a live process are left alone.
 *
 * @returns one note per thing done, for the run's warnings.
 */
export function recoverLeftovers(target: string): string[] {
  const parent = dirname(target);
  const name = basename(target);
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return []; // no parent yet: nothing left behind
  }
  const found = entries
    .map((e) => ({ path: join(parent, e), ...leftover(name, e) }))
    .filter((l): l is { path: string; kind: 'new' | 'old' | 'tmp'; pid: string | null } => l.kind !== undefined)
    .filter((l) => l.pid === null || (Number(l.pid) !== process.pid && !isAlive(l.pid)));
  const notes: string[] = [];
  const olds = found.filter((l) => l.kind === 'old').sort((a, b) => statSync(b.path).mtimeMs - statSync(a.path).mtimeMs);
  if (!existsSync(target) && olds[0]) {
    renameSync(olds[0].path, target);
    notes.push(msg.restoredOutput(target, olds[0].path));
    olds.shift();
  }
  for (const l of [...olds, ...found.filter((f) => f.kind !== 'old')]) {
    rmSync(l.path, { recursive: true, force: true });
    if (l.kind !== 'tmp') notes.push(msg.removedLeftover(l.path));
  }
  return notes;
}
