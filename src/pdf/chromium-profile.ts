import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive } from '../publish/process-alive';

/** Chromium's profile folders are `ssc-report-chromium-PID-XXXXXX` in the temporary folder. */
const PREFIX = 'ssc-report-chromium-';

/**
 * A fresh profile folder for this run's Chromium. puppeteer would make and remove one itself, but
 * a run killed with SIGKILL never removes it (`puppeteer_dev_chrome_profile-*` in the temporary folder, 1 MB each);
 * this one carries the PID of its run, so that a later run knows when it is left over.
 */
export function createProfile(dir = tmpdir()): string {
  return mkdtempSync(join(dir, `${PREFIX}${process.pid}-`));
}

/** Removes a profile folder; Chromium may write for a moment after SIGKILL, hence the retries. */
export function removeProfile(path: string): void {
  rmSync(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
}

/** Removes the profiles of runs that are no longer alive. Those of live runs are theirs. */
export function removeStaleProfiles(dir = tmpdir()): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const stale = entries.filter((e) => e.startsWith(PREFIX) && !isAlive(e.slice(PREFIX.length).split('-')[0]!));
  for (const e of stale) removeProfile(join(dir, e));
  return stale.map((e) => join(dir, e));
}
