import { spawnSync } from 'node:child_process';
import { faultArmed } from '../fault';

/** renameat2's syscall number where Node runs on Linux; elsewhere publish falls back to two renames. */
const SYS_RENAMEAT2: Partial<Record<string, number>> = { x64: 316, arm64: 276 };

/** renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE), through Perl's syscall(): Node has no binding for it. */
const SCRIPT = 'syscall($ARGV[0], -100, $ARGV[1], -100, $ARGV[2], 2) == 0 or die "$!\\n"';

/**
 * Swaps two existing paths in one step (Linux renameat2 with RENAME_EXCHANGE): there is no instant
 * at which either is missing, as there is between two renames. Perl is part of every Debian
 * system (perl-base is essential) and starts in a few milliseconds; the call is synchronous, so
 * nothing else of this process runs meanwhile.
 *
 * @returns false when it cannot be done here (no Perl, another architecture or OS, a file system
 *   without the flag), and the caller uses two renames instead; the paths are then untouched.
 */
export function exchange(a: string, b: string): boolean {
  const call = SYS_RENAMEAT2[process.arch];
  if (process.platform !== 'linux' || call === undefined || faultArmed('no-exchange')) return false;
  const r = spawnSync('perl', ['-e', SCRIPT, String(call), a, b], { stdio: 'ignore', timeout: 10_000 });
  return r.status === 0;
}
