/**
 * npm run diff -- A B [--out diff.html]
 *
 * Compares two builds of the report, figure by figure: A and B are output folders (with
 * figures.csv, report.html, charts/) or git revisions, which are built in a temporary worktree
 * with that revision's own code and data. Prints what was added, removed and changed by chapter,
 * writes diff.html, and exits 0 when nothing changed, 1 when something did, 2 on bad usage.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readFigures } from '../editions/read-figures';
import { exitOnSignals } from '../exit-tasks';
import { printable } from '../terminal-text';
import { compareBuilds, hasChanges, type LedgerRow } from './compare-builds';
import { diffHtml } from './diff-html';
import { formatDiff } from './format-diff';
import { formatStale, staleParagraphs } from '../content/cited-paragraphs';
import { buildRevision, removeStaleDiffs, type Build } from './revision-build';

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

async function resolveBuild(arg: string): Promise<Build> {
  if (existsSync(join(arg, 'figures.csv'))) return { label: arg, dir: arg };
  if (existsSync(arg)) throw new UsageProblem(`${arg}: expected a report output folder with figures.csv, or a git revision`);
  let commit: string;
  try {
    commit = execFileSync('git', ['rev-parse', '--verify', '--quiet', `${arg}^{commit}`], { encoding: 'utf8' }).trim();
  } catch {
    throw new UsageProblem(`${arg}: neither a report output folder nor a git revision`);
  }
  const build = await buildRevision(arg, commit);
  if (build === null) throw new UsageProblem(`${arg}: the report of revision ${commit.slice(0, 10)} could not be built`);
  return build;
}

/** A build's figures.csv, checked as --previous is (read-figures.ts), keyed by id. */
function ledgerOf(dir: string): Map<string, LedgerRow> {
  const file = join(dir, 'figures.csv');
  return new Map(readFigures(file, readFileSync(file)).map((f) => [f.id, f]));
}

function files(dir: string, ext: string): Map<string, string> {
  const charts = join(dir, 'charts');
  if (!existsSync(charts)) return new Map();
  return new Map(
    readdirSync(charts)
      .filter((f) => f.endsWith(ext))
      .map((f) => [f.slice(0, -ext.length), readFileSync(join(charts, f), 'utf8')]),
  );
}

/** Prints to the terminal with its control characters shown, not obeyed (terminal-text.ts). */
const say = (stream: NodeJS.WriteStream, text: string) => stream.write(printable(text));

export async function diffMain(argv: string[]): Promise<number> {
  // biome-ignore lint/suspicious/noImplicitAnyLet: typed by the parseArgs call the try below assigns them from
  let values, positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, content: { type: 'string' }, help: { type: 'boolean' } },
    }));
  } catch (error) {
    say(process.stderr, `error: ${(error as Error).message}\n${DIFF_HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(DIFF_HELP);
    return 0;
  }
  if (positionals.length !== 2) {
    say(process.stderr, `error: expected two builds to compare, found ${positionals.length}\n${DIFF_HELP}`);
    return 2;
  }
  removeStaleDiffs(); // worktrees and folders of diffs that were killed
  const builds: Build[] = [];
  try {
    for (const p of positionals) builds.push(await resolveBuild(p));
    const [a, b] = builds as [Build, Build];
    const ledgerA = ledgerOf(a.dir);
    const ledgerB = ledgerOf(b.dir);
    const d = compareBuilds(ledgerA, ledgerB, files(a.dir, '.vl.json'), files(b.dir, '.vl.json'));
    const order = [...new Set([...ledgerB.values()].map((f) => f.chapter))];
    say(process.stdout, formatDiff(d, order));
    // The paragraphs people wrote whose cited figures changed, for their authors to reread.
    const edition = (JSON.parse(readFileSync(join(b.dir, 'manifest.json'), 'utf8')) as { edition: number }).edition;
    say(process.stdout, formatStale(staleParagraphs(values.content ?? 'content', edition, ledgerA, ledgerB)));
    const html = diffHtml(d, readFileSync(join(b.dir, 'report.html'), 'utf8'), files(a.dir, '.svg'), files(b.dir, '.svg'), {
      a: a.label,
      b: b.label,
    });
    writeFileSync(values.out ?? 'diff.html', html);
    return hasChanges(d) ? 1 : 0;
  } catch (error) {
    say(process.stderr, `error: ${(error as Error).message}\n`);
    return 2;
  } finally {
    for (const b of builds) b.cleanup?.();
  }
}

if (process.argv[1]?.endsWith('diff-cli.ts')) {
  // Ctrl-C or a kill while a revision builds: its worktree and temporary folder are removed.
  exitOnSignals((signal) => say(process.stderr, `error: interrupted by ${signal}\n`));
  process.exitCode = await diffMain(process.argv.slice(2));
}
