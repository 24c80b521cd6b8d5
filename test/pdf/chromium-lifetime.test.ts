import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as msg from '../../src/messages';
import { removeStaleProfiles } from '../../src/pdf/chromium-profile';
import { chromiumOf, startCli, until } from '../helpers/processes';
import { SMALL, SMALL_CONTENT } from '../helpers/build';

// Each case starts a real Chromium through the command line, as a user would, and ends it
// the hard way. Only processes these tests started are ever signalled (by PID or group).
const tmp = mkdtempSync(join(tmpdir(), 'ssc-chromium-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const profiles = (pid: number) => readdirSync(tmpdir()).filter((e) => e.startsWith(`ssc-report-chromium-${pid}-`));

describe('Chromium never outlives the run', () => {
  for (const stopped of [false, true]) {
    it(`dies with its parent on kill -9${stopped ? ', even stopped at that moment,' : ''} and its profile is removed`, async () => {
      const run = startCli(['--data', SMALL, '--content', SMALL_CONTENT, '--out', join(tmp, `kill9-${stopped}`)]);
      expect(await until(() => chromiumOf(run.pid).length > 0, 30_000)).toBe(true);
      // Stopped, Chromium cannot see its pipe close: the watchdog (profile-watchdog.ts) kills it.
      if (stopped) for (const pid of chromiumOf(run.pid)) process.kill(pid, 'SIGSTOP');
      process.kill(run.pid, 'SIGKILL');
      expect((await run.exit).signal).toBe('SIGKILL');
      // Chromium exits when its pipe closes; killed while still starting, it notices once started.
      expect(await until(() => chromiumOf(run.pid).length === 0, 20_000), `still alive: ${chromiumOf(run.pid)}`).toBe(true);
      expect(await until(() => profiles(run.pid).length === 0, 10_000), 'profile left').toBe(true);
      expect(existsSync(join(tmp, `kill9-${stopped}`))).toBe(false);
    });
  }

  it('has the next run remove a profile no watchdog removed', () => {
    const dead = 999_999_999;
    const left = join(tmpdir(), `ssc-report-chromium-${dead}-abcdef`);
    mkdirSync(join(left, 'Default'), { recursive: true });
    expect(removeStaleProfiles()).toContain(left);
    expect(existsSync(left)).toBe(false);
  });

  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`is closed, and its profile removed, when the run gets ${signal} (exit ${code})`, async () => {
      const run = startCli(['--data', SMALL, '--content', SMALL_CONTENT, '--out', join(tmp, signal)]);
      expect(await until(() => chromiumOf(run.pid).length > 0, 30_000)).toBe(true);
      process.kill(run.pid, signal);
      const { code: exitCode } = await run.exit;
      expect(exitCode, run.stderr()).toBe(code);
      expect(run.stderr()).toContain(`error: ${msg.interrupted(signal)}`);
      expect(chromiumOf(run.pid)).toEqual([]);
      expect(profiles(run.pid)).toEqual([]);
    });
  }

  it('ends a run whose Chromium froze mid-print with exit 3 and a message, well within 60 s', async () => {
    const t0 = Date.now();
    const env = { SSC_REPORT_FAULT: 'freeze-print', SSC_REPORT_PRINT_TIMEOUT: '5' };
    const run = startCli(['--data', SMALL, '--content', SMALL_CONTENT, '--out', join(tmp, 'frozen')], env);
    const { code } = await run.exit;
    expect(code, run.stderr()).toBe(3);
    expect(run.stderr()).toContain(`error: ${msg.printTimedOut('/usr/bin/chromium', 5)}`);
    expect(Date.now() - t0).toBeLessThan(60_000);
    expect(chromiumOf(run.pid)).toEqual([]);
    expect(profiles(run.pid)).toEqual([]);
    expect(existsSync(join(tmp, 'frozen'))).toBe(false);
  });
});
