/**
 * npm run diff -- A B [--out diff.html]
 *
 * Compares two builds of the report, figure by figure: A and B are output folders (with
 * figures.csv, report.html, charts/) or git revisions, which are built in a temporary worktree
 * with that revision's own code and data. Prints what was added, removed and changed by chapter,
 * writes diff.html, and exits 0 when nothing changed, 1 when something did, 2 on bad usage.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compareBuilds, hasChanges, readLedger } from './compare-builds';
import { diffHtml } from './diff-html';
import { formatDiff } from './format-diff';
import { formatStale, staleParagraphs } from '../content/cited-paragraphs';

export const DIFF_HELP = `Usage: npm run diff -- A B [--out FILE] [--content DIR]

A and B are report output folders (as written by npm run report) or git revisions (a commit,
branch or tag), which are built in a temporary worktree with their own code and data (HTML only).
Lists the figures that changed, by chapter, then each paragraph of the written text (content/)
that cites a changed figure, at file:line, so that its author rereads exactly those.

  --out FILE      where to write the page that shows the changes (default: diff.html)
  --content DIR   the written text whose paragraphs are checked (default: content)

Exit codes: 0 nothing changed; 1 something changed; 2 bad usage or a build that failed.
`;

class UsageProblem extends Error {}

interface Build {
  label: string;
  dir: string;
  cleanup?: () => void;
}

function resolveBuild(arg: string): Build {
  if (existsSync(join(arg, 'figures.csv'))) return { label: arg, dir: arg };
  if (existsSync(arg)) throw new UsageProblem(`${arg}: expected a report output folder with figures.csv, or a git revision`);
  let commit: string;
  try {
    commit = execFileSync('git', ['rev-parse', '--verify', '--quiet', `${arg}^{commit}`], { encoding: 'utf8' }).trim();
  } catch {
    throw new UsageProblem(`${arg}: neither a report output folder nor a git revision`);
  }
  const work = mkdtempSync(join(tmpdir(), 'ssc-diff-'));
  const tree = join(work, 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', tree, commit], { stdio: 'ignore' });
  const cleanup = () => {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { stdio: 'ignore' });
    rmSync(work, { recursive: true, force: true });
  };
  try {
    // The revision's own code and data, with this checkout's installed packages.
    symlinkSync(resolve('node_modules'), join(tree, 'node_modules'));
    process.stderr.write(`building ${arg} (${commit.slice(0, 10)}) in a temporary worktree\n`);
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', '--no-pdf', '--out', join(work, 'out')], { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    cleanup();
    throw new UsageProblem(`${arg}: the report of revision ${commit.slice(0, 10)} could not be built`);
  }
  return { label: `${arg} (${commit.slice(0, 10)})`, dir: join(work, 'out'), cleanup };
}

function files(dir: string, ext: string): Map<string, string> {
  const charts = join(dir, 'charts');
  if (!existsSync(charts)) return new Map();
  return new Map(readdirSync(charts).filter((f) => f.endsWith(ext)).map((f) => [f.slice(0, -ext.length), readFileSync(join(charts, f), 'utf8')]));
}

export function diffMain(argv: string[]): number {
  let values, positionals;
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, content: { type: 'string' }, help: { type: 'boolean' } } }));
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n${DIFF_HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(DIFF_HELP);
    return 0;
  }
  if (positionals.length !== 2) {
    process.stderr.write(`error: expected two builds to compare, found ${positionals.length}\n${DIFF_HELP}`);
    return 2;
  }
  const builds: Build[] = [];
  try {
    for (const p of positionals) builds.push(resolveBuild(p));
    const [a, b] = builds as [Build, Build];
    const d = compareBuilds(
      readLedger(readFileSync(join(a.dir, 'figures.csv'), 'utf8')),
      readLedger(readFileSync(join(b.dir, 'figures.csv'), 'utf8')),
      files(a.dir, '.vl.json'),
      files(b.dir, '.vl.json'),
    );
    const order = [...new Set([...readLedger(readFileSync(join(b.dir, 'figures.csv'), 'utf8')).values()].map((f) => f.chapter))];
    process.stdout.write(formatDiff(d, order));
    const edition = (JSON.parse(readFileSync(join(b.dir, 'manifest.json'), 'utf8')) as { edition: number }).edition;
    const before = readLedger(readFileSync(join(a.dir, 'figures.csv'), 'utf8'));
    const after = readLedger(readFileSync(join(b.dir, 'figures.csv'), 'utf8'));
    process.stdout.write(formatStale(staleParagraphs(values.content ?? 'content', edition, before, after)));
    const html = diffHtml(d, readFileSync(join(b.dir, 'report.html'), 'utf8'), files(a.dir, '.svg'), files(b.dir, '.svg'), { a: a.label, b: b.label });
    writeFileSync(values.out ?? 'diff.html', html);
    return hasChanges(d) ? 1 : 0;
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    return 2;
  } finally {
    for (const b of builds) b.cleanup?.();
  }
}

if (process.argv[1]?.endsWith('diff-cli.ts')) process.exitCode = diffMain(process.argv.slice(2));
