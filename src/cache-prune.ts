import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

/** How many entries, and bytes, a cache folder keeps. */
export interface CacheCap {
  /** File name ending of an entry, e.g. ".bin". */
  ext: string;
  maxEntries: number;
  maxBytes: number;
}

/**
 * Keeps a cache folder within its cap: the entries used longest ago (by modification time, which
 * `touchEntry` renews on every hit) are removed first, and temporary files older than a minute,
 * which a run killed mid-write left, go too. Failures only mean a larger cache.
 *
 * @returns the paths removed.
 */
export function pruneCache(dir: string, cap: CacheCap): string[] {
  const removed: string[] = [];
  try {
    const now = Date.now();
    const entries = readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      try {
        const s = statSync(path);
        return [{ path, name, bytes: s.size, mtime: s.mtimeMs }];
      } catch {
        return []; // removed meanwhile by another run
      }
    });
    for (const e of entries) if (e.name.endsWith('.tmp') && now - e.mtime > 60_000) removed.push(e.path);
    const kept = entries.filter((e) => e.name.endsWith(cap.ext)).sort((a, b) => b.mtime - a.mtime);
    let bytes = 0;
    kept.forEach((e, i) => {
      bytes += e.bytes;
      if (i >= cap.maxEntries || bytes > cap.maxBytes) removed.push(e.path);
    });
    for (const path of removed) rmSync(path, { force: true });
  } catch {
    // no folder yet, or not ours to prune
  }
  return removed;
}

/** Marks an entry as just used, so that pruning keeps it. */
export function touchEntry(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // a read-only cache is still a cache
  }
}
