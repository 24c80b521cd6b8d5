import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffMain } from '../../src/diff/diff-cli';
import { removeStaleDiffs } from '../../src/diff/revision-build';
import { printable } from '../../src/terminal-text';
import { build } from '../helpers/build';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const tmp = mkdtempSync(join(tmpdir(), 'ssc-diffsafe-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs diffMain and collects what it printed to the terminal. */
async function diff(args: string[]): Promise<{ code: number; printed: string }> {
  let printed = '';
  const [out, err] = [process.stdout.write.bind(process.stdout), process.stderr.write.bind(process.stderr)];
  const capture = ((s: string) => {
    printed += String(s);
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = capture;
  process.stderr.write = capture;
  try {
    return { code: await diffMain([...args, '--out', join(tmp, 'diff.html')]), printed };
  } finally {
    [process.stdout.write, process.stderr.write] = [out, err];
  }
}

describe('printable', () => {
  it('shows control characters as escapes and keeps newlines, tabs and every printed script', () => {
    const shown = '\\u001b[2J\\u001b]0;owned\\u0007x\\u009b31m\\u202eabc\n\tcafé 中文 –';
    expect(printable('\u001b[2J\u001b]0;owned\u0007x\u009b31m\u202eabc\n\tcafé 中文 –')).toBe(shown);
  });
});

describe('npm run diff with a build whose figures.csv carries terminal escapes', () => {
  let a: string;
  let b: string;
  beforeAll(async () => {
    a = (await build()).out;
    b = join(tmp, 'b');
    cpSync(a, b, { recursive: true });
    const csv = readFileSync(join(b, 'figures.csv'), 'utf8').split('\n');
    csv[5] = csv[5]!.replace(/,([^,]*),([^,]*)$/, ',"\u001b[2J\u001b]0;pwned\u0007\u009b31m",$2');
    writeFileSync(join(b, 'figures.csv'), csv.join('\n'));
  });

  it('prints no control character, names the file and line, and exits 2', async () => {
    const { code, printed } = await diff([a, b]);
    expect(code).toBe(2);
    expect(printed).not.toMatch(CONTROL);
    expect(printed).toContain(`${join(b, 'figures.csv')}:6:10: text: expected text without control characters`);
  });
});

describe('removeStaleDiffs', () => {
  it('removes the worktree and folder of a diff that was killed, and its orphaned build, and leaves a live one alone', async () => {
    // A repository of its own, so that no worktree of the project's repository is touched.
    const repo = join(tmp, 'repo');
    mkdirSync(repo);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    writeFileSync(join(repo, 'f'), 'x');
    git('add', 'f');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'x');
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    const stale = join(tmp, `ssc-diff-${dead}-abc123`);
    const live = join(tmp, `ssc-diff-${process.pid}-def456`);
    for (const w of [stale, live]) git('worktree', 'add', '-q', '--detach', join(w, 'tree'));
    // the orphaned build of the killed diff, still working in its tree
    const orphan = spawn('sleep', ['60'], { cwd: join(stale, 'tree'), stdio: 'ignore' });
    const ended = new Promise((r) => orphan.on('exit', (_code, signal) => r(signal)));
    expect(git('worktree', 'list')).toContain(stale);
    expect(removeStaleDiffs(tmp, repo)).toEqual([stale]);
    expect(await ended).toBe('SIGKILL');
    expect(existsSync(stale)).toBe(false);
    expect(git('worktree', 'list')).not.toContain(stale);
    expect(git('worktree', 'list')).toContain(live);
    git('worktree', 'remove', '--force', join(live, 'tree'));
  });
});
