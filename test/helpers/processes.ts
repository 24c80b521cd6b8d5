import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = join(import.meta.dirname, '..', '..');

/** PIDs of the processes whose command line contains `text` (read from /proc, as pgrep -f does). */
function processesWith(text: string): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(text);
      } catch {
        return false; // it ended while we looked
      }
    })
    .map(Number);
}

/** The Chromium processes of the run with this PID: their profile folder carries it (chromium-profile.ts). */
export const chromiumOf = (pid: number) => processesWith(`ssc-report-chromium-${pid}-`);

/** Waits until `test` holds, checking every 100 ms; false after `ms`. */
export async function until(test: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) if (test()) return true;
  return test();
}

/** A run of the command line from the sources, in its own process group, with its output collected. */
export interface Run {
  child: ChildProcess;
  pid: number;
  stderr: () => string;
  exit: Promise<Exit>;
}

/** How a process ended: its exit code, or the signal that killed it. */
interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function startCli(args: string[], env: Record<string, string> = {}): Run {
  const options: SpawnOptions = { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'ignore', 'pipe'] };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], options);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<Exit>((r) => child.on('close', (code, signal) => r({ code, signal })));
  return { child, pid: child.pid!, stderr: () => stderr, exit };
}
