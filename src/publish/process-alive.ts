import { readFileSync } from 'node:fs';

/**
 * An id for a process that a reused PID does not share: its PID and its start time in clock
 * ticks since boot (field 22 of /proc/PID/stat), or the PID alone where /proc is not there.
 */
export function processTag(pid = process.pid): string {
  const start = startTime(pid);
  return start === null ? String(pid) : `${pid}@${start}`;
}

/** True when the process that `tag` (from processTag, or a bare PID) names is still running. */
export function isAlive(tag: string): boolean {
  const [pidText, start] = tag.split('@');
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return start === undefined || startTime(pid) === null || startTime(pid) === start;
}

function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
