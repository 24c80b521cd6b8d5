import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { basename, dirname, join } from 'node:path';
import { EnvironmentError } from '../errors';
import * as msg from '../messages';
import { isAlive, processTag } from './process-alive';

/** How long a run waits for another run publishing to the same folder, by default: 60 s. */
export const LOCK_WAIT_MS = 60_000;

/** The lock file of an output folder: `.NAME.lock` beside it, holding "PID@start token". */
export const lockPath = (target: string) => join(dirname(target), `.${basename(target)}.lock`);

/**
 * Takes the lock of the output folder `target` (an absolute path), so that two runs never swap it at
 * the same time. The lock is a file made by link(2), which fails if it exists, so it appears with its
 * holder already written in it. A lock whose holder has died (killed mid-publish) is stale and taken
 * over; a live holder is waited for up to `waitMs`, then the run ends with exit 3 naming it.
 *
 * @returns a function that releases the lock (only if it is still this run's).
 */
export async function acquireLock(target: string, waitMs = LOCK_WAIT_MS): Promise<() => void> {
  const path = lockPath(target);
  const token = `${processTag()} ${randomUUID()}`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (tryLock(path, token)) return () => release(path, token);
    const holder = readLock(path);
    if (holder !== null && !isAlive(holder.split(' ')[0]!) && breakStale(path, holder)) continue;
    const pid = holder?.split(' ')[0]?.split('@')[0] ?? '?';
    if (Date.now() > deadline) throw new EnvironmentError(msg.outputLocked(target, path, pid, waitMs / 1000));
    await sleep(50);
  }
}

function tryLock(path: string, token: string): boolean {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${token}\n`);
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

function readLock(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
}

function release(path: string, token: string): void {
  if (readLock(path) === token) rmSync(path, { force: true });
}

/**
 * Removes a lock whose holder died. Two runs may find the same stale lock: each removes it only
 * while holding `.NAME.lock.break` (a folder, made exclusively) and after reading it again, so one
 * never removes the fresh lock the other has just taken. A break folder older than 10 s belongs to
 * a run killed while breaking. Returns false when another run is breaking it.
 */
function breakStale(path: string, holder: string): boolean {
  const guard = `${path}.break`;
  try {
    mkdirSync(guard);
  } catch {
    try {
      if (Date.now() - statSync(guard).mtimeMs > 10_000) rmdirSync(guard);
    } catch {
      // gone already
    }
    return false;
  }
  try {
    if (readLock(path) === holder) unlinkSync(path);
    return true;
  } finally {
    rmdirSync(guard);
  }
}
