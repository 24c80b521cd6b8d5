import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../src/errors';
import { acquireLock, lockPath } from '../../src/publish/out-lock';
import { isAlive, processTag } from '../../src/publish/process-alive';

/** A PID that is certainly dead: a process that has exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('acquireLock', () => {
  let tmp: string;
  let out: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'ssc-lock-'));
    out = join(tmp, 'out');
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes the holder into .NAME.lock beside the folder and removes it on release', async () => {
    const release = await acquireLock(out);
    expect(readFileSync(lockPath(out), 'utf8')).toMatch(new RegExp(`^${processTag()} [0-9a-f-]{36}\\n$`));
    expect(lockPath(out)).toBe(join(tmp, '.out.lock'));
    release();
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('waits for a live holder, then ends with an environment error naming the lock and the PID', async () => {
    const release = await acquireLock(out);
    const t0 = Date.now();
    const error = await acquireLock(out, 300).then(
      () => null,
      (e: unknown) => e,
    );
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as Error).message).toContain(`another run (PID ${process.pid}) is publishing there and still holds ${lockPath(out)}`);
    release();
  });

  it('hands the lock to the next waiter when released', async () => {
    const release = await acquireLock(out);
    const next = acquireLock(out, 5_000);
    setTimeout(release, 100);
    (await next)();
    expect(existsSync(lockPath(out))).toBe(false);
  });

  it('takes over the lock of a holder that died', async () => {
    const pid = deadPid();
    expect(isAlive(String(pid))).toBe(false);
    writeFileSync(lockPath(out), `${pid}@1 dead-token\n`);
    const release = await acquireLock(out, 1_000);
    expect(readFileSync(lockPath(out), 'utf8')).toContain(processTag());
    release();
  });

  it('knows a process by its start time, so that a reused PID does not look like the holder', () => {
    expect(isAlive(processTag())).toBe(true);
    expect(isAlive(`${process.pid}@1`)).toBe(false);
    expect(isAlive('not-a-pid')).toBe(false);
  });
});
