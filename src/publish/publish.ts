import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError, EnvironmentError } from '../errors';
import { fault } from '../fault';
import * as msg from '../messages';
import { checkOutDir, type OutContext } from './check-out-dir';
import { exchange } from './exchange';
import { acquireLock, LOCK_WAIT_MS } from './out-lock';
import { recoverLeftovers } from './recover';

/** The files of one report, by path relative to the output folder. */
export type OutputFiles = Map<string, string | Uint8Array>;

/** Options of `publish` and `prepareOutput`. */
export interface PublishOptions {
  /** Refuse an output folder that holds anything but a previous build (check-out-dir.ts); none when absent. */
  check?: OutContext;
  /** How long to wait for another run publishing to the same folder. Default LOCK_WAIT_MS. */
  lockWait?: number;
}

/**
 * Writes the report into a temporary folder beside `outDir`, then swaps it into place in one step
 * (exchange.ts: the folder holds the old report, then the new one, never nothing) and removes the
 * old one. Where that step is not available, the old report is renamed aside and the new one
 * renamed in; a kill between those two renames leaves the old report beside the folder, and the next
 * run puts it back. Until the swap the previous report is untouched; if anything fails, it stays.
 * All of it happens holding the folder's lock (out-lock.ts), after putting right what a killed run
 * left (recover.ts), and synchronously: no signal handler or other task of this process runs
 * during the swap.
 *
 * @returns notes on leftovers of killed runs that were restored or removed, for the warnings.
 */
export async function publish(outDir: string, files: OutputFiles, options: PublishOptions = {}): Promise<string[]> {
  return underLock(outDir, options, (target) => swapIn(target, files));
}

/**
 * What a run does before its first stage: refuses an output folder it may not replace, and puts
 * right what a killed run left there, so that a run that fails later still leaves the last build.
 */
export async function prepareOutput(outDir: string, options: PublishOptions = {}): Promise<string[]> {
  if (options.check) checkOutDir(outDir, options.check); // before touching anything beside it
  return underLock(outDir, options, () => undefined);
}

async function underLock(outDir: string, options: PublishOptions, then: (target: string) => void): Promise<string[]> {
  const target = resolve(outDir);
  let release: (() => void) | undefined;
  try {
    mkdirSync(dirname(target), { recursive: true });
    release = await acquireLock(target, options.lockWait ?? LOCK_WAIT_MS);
    const notes = recoverLeftovers(target);
    if (options.check) checkOutDir(outDir, options.check); // again: what is there now counts
    then(target);
    return notes;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new EnvironmentError(msg.unwritableOutput(outDir, (error as Error).message));
  } finally {
    release?.();
  }
}

function swapIn(target: string, files: OutputFiles): void {
  const parent = dirname(target);
  const staging = mkdtempSync(join(parent, `.${basename(target)}-new-${process.pid}-`));
  try {
    chmodSync(staging, 0o755); // mkdtemp makes it private; a report is for reading
    const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : 1));
    sorted.forEach(([path, content], i) => {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      writeFileSync(join(staging, path), content);
      if (i === Math.floor(sorted.length / 2)) fault('writing');
    });
    fault('staged');
    if (existsSync(target) && exchange(staging, target)) {
      fault('after-rename-1'); // the new report in place, the old one under the staging name
      return; // the old report, now at `staging`, is removed below
    }
    const old = join(parent, `.${basename(target)}-old-${process.pid}`);
    const hadOld = renameAside(target, old);
    fault('after-rename-1');
    try {
      renameSync(staging, target);
    } catch (error) {
      if (hadOld) renameSync(old, target);
      throw error;
    }
    fault('after-rename-2');
    if (hadOld) rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true }); // gone already when the swap succeeded
  }
}

/** Moves the previous report to `old`; false when there was none. */
function renameAside(target: string, old: string): boolean {
  try {
    renameSync(target, old);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
