import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onExit } from '../exit-tasks';
import { isAlive } from '../publish/process-alive';

/** Temporary folders of `npm run diff` are `ssc-diff-PID-XXXXXX`, holding the worktree `tree` and the build `out`. */
const PREFIX = 'ssc-diff-';

/** A build to compare: an output folder, and for a revision, how to remove what was made for it. */
export interface Build {
  label: string;
  dir: string;
  cleanup?: () => void;
}

/**
 * Builds the report of `commit` (HTML only) in a temporary git worktree, with its own code and
 * data and this checkout's packages. Until `cleanup` runs, the worktree and folder are removed
 * also if the process exits or is interrupted; a diff killed with SIGKILL leaves them to the next
 * diff, which removes them first (removeStaleDiffs).
 *
 * @returns null when the revision's report could not be built.
 */
export async function buildRevision(arg: string, commit: string): Promise<Build | null> {
  const work = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
  const tree = join(work, 'tree');
  let child: ReturnType<typeof spawn> | undefined;
  const remove = () => {
    child?.kill('SIGKILL');
    removeWorktree(work);
  };
  const forget = onExit(remove);
  const cleanup = () => {
    remove();
    forget();
  };
  try {
    execFileSync('git', ['worktree', 'add', '--detach', tree, commit], { stdio: 'ignore' });
    symlinkSync(resolve('node_modules'), join(tree, 'node_modules'));
    process.stderr.write(`building ${arg} (${commit.slice(0, 10)}) in a temporary worktree\n`);
    // Not execFileSync: while it waits, no signal handler could run and remove the worktree.
    const args = ['--import', 'tsx', 'src/cli.ts', '--no-pdf', '--out', join(work, 'out')];
    child = spawn(process.execPath, args, { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
    const code = await new Promise<number | null>((r) => child!.on('close', r));
    if (code !== 0) throw new Error(`exit ${code}`);
  } catch {
    cleanup();
    return null;
  }
  return { label: `${arg} (${commit.slice(0, 10)})`, dir: join(work, 'out'), cleanup };
}

function removeWorktree(work: string, repo = process.cwd()): void {
  try {
    execFileSync('git', ['worktree', 'remove', '--force', join(work, 'tree')], { cwd: repo, stdio: 'ignore' });
  } catch {
    // not registered (yet), or registered in another repository: the folder goes all the same
  }
  rmSync(work, { recursive: true, force: true });
}

/**
 * Removes the temporary folders and git worktrees of diffs that were killed: folders named with a
 * PID that is no longer running. Then `git worktree prune` forgets the worktrees whose folders are
 * gone (it touches no worktree whose folder exists).
 *
 * @returns the folders removed.
 */
export function removeStaleDiffs(dir = tmpdir(), repo = process.cwd()): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const pid = (e: string) => /^(\d+)-/.exec(e.slice(PREFIX.length))?.[1];
  const stale = entries.filter((e) => e.startsWith(PREFIX) && pid(e) !== undefined && !isAlive(pid(e)!));
  for (const e of stale) {
    killWorkingIn(join(dir, e));
    removeWorktree(join(dir, e), repo);
  }
  try {
    execFileSync('git', ['worktree', 'prune'], { cwd: repo, stdio: 'ignore' });
  } catch {
    // not in a git repository: no worktrees to forget
  }
  return stale.map((e) => join(dir, e));
}

/**
 * Kills the processes whose working directory is inside `folder`: the report build of a diff that
 * was killed goes on without it, and would write into the folder after it is removed. Only those
 * processes are touched; none other works in a diff's temporary folder.
 */
function killWorkingIn(folder: string): void {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return; // no /proc: nothing to find them by
  }
  for (const pid of pids) {
    try {
      if (`${readlinkSync(`/proc/${pid}/cwd`)}/`.startsWith(`${folder}/`)) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // another user's process, or gone meanwhile
    }
  }
}
