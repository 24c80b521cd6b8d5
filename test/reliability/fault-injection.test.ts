import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeConfig, type Config } from '../../src/config';
import { EXIT, InputError, UsageError } from '../../src/errors';
import { runReport } from '../../src/run-report';
import { build, SMALL, SMALL_CONTENT } from '../helpers/build';
import { chromiumOf, startCli, until } from '../helpers/processes';
import { buildProblem, filesUnder, reportHash } from '../helpers/verify-build';

/**
 * The fault-injection suite: runs are killed at every point of a run (SSC_REPORT_FAULT, see
 * src/fault.ts), raced against each other, and fed damaged caches and previous builds. After each
 * case, the output folder must be a complete build (every file as its manifest's sha256 says),
 * either the one before the case or the new one, nothing must be left beside it once the next run
 * has started, and no Chromium of the run may be alive. The tally is printed at the end and is
 * the one in the README's "Reliability" section.
 */
const tmp = mkdtempSync(join(tmpdir(), 'ssc-faults-'));
const tally: { name: string; survived: boolean; nothingLost: boolean }[] = [];
let before: string; // a complete previous build: the 2014 edition of the small fixture (data to 2013)
let after: string; // what a successful run writes: the default edition
let hashBefore: string;
let hashAfter: string;

beforeAll(async () => {
  before = (await build({ edition: 2014 })).out;
  after = (await build()).out;
  [hashBefore, hashAfter] = [reportHash(before), reportHash(after)];
  expect(hashBefore).not.toBe(hashAfter);
});
afterAll(() => {
  const lost = tally.filter((t) => !t.nothingLost).length;
  const survived = tally.filter((t) => t.survived).length;
  process.stdout.write(`fault injection: ${tally.length} cases, ${survived} survived, nothing lost in ${tally.length - lost}\n`);
  rmSync(tmp, { recursive: true, force: true });
});

/** A case folder whose `out` holds the previous build. */
function caseWithPrevious(name: string): { dir: string; out: string } {
  const dir = join(tmp, name.replace(/[^\w-]+/g, '_'));
  mkdirSync(dir);
  cpSync(before, join(dir, 'out'), { recursive: true });
  return { dir, out: join(dir, 'out') };
}

/** Records a case: the folder holds one of the two complete builds, and only it is in the case folder. */
function settle(name: string, _dir: string, out: string, survived: boolean, expected: string[] = [hashBefore, hashAfter]): void {
  const problem = existsSync(out) ? buildProblem(out) : `${out} is missing`;
  const nothingLost = problem === null && expected.includes(reportHash(out)!);
  tally.push({ name, survived, nothingLost });
  expect(problem, name).toBeNull();
  expect(expected, name).toContain(reportHash(out));
  expect(survived, name).toBe(true);
}

const KILL_POINTS = [
  'before-load',
  'before-validate',
  'before-previous',
  'before-metrics',
  'before-charts',
  'before-model',
  'before-html',
  'before-publish',
  'writing',
  'staged',
  'after-rename-1',
  'no-exchange,staged',
  'no-exchange,after-rename-1',
  'no-exchange,after-rename-2',
];

// Each case has its own folder, so they run side by side: a kill case mostly waits for its process.
describe.concurrent('kill -9 at each point of a run, then run again', () => {
  for (const point of KILL_POINTS) {
    it(`killed at ${point}: the folder holds a complete build, and the next run publishes cleanly`, async () => {
      const { dir, out } = caseWithPrevious(`kill-${point}`);
      const run = startCli(['--data', SMALL, '--content', SMALL_CONTENT, '--no-pdf', '--out', out], { SSC_REPORT_FAULT: point });
      const { signal } = await run.exit;
      expect(signal, run.stderr()).toBe('SIGKILL');
      // Only the two-rename swap has an instant without the folder: the next run puts it back.
      if (point !== 'no-exchange,after-rename-1') expect(buildProblem(out), `right after the kill at ${point}`).toBeNull();
      const next = await runReport(
        normalizeConfig({ dataDir: SMALL, contentDir: SMALL_CONTENT, outDir: out, pdf: false, log: () => undefined }),
      );
      expect(readdirSync(dir)).toEqual(['out']); // no staging, old report or lock left
      const restored = /was missing after a killed run: restored the previous report/;
      if (point === 'no-exchange,after-rename-1') expect(next.warnings.join('\n')).toMatch(restored);
      settle(`kill at ${point}`, dir, out, true, [hashAfter]);
    });
  }

  it('killed with its Chromium running: no Chromium of the run is alive, and the folder keeps the previous build', async () => {
    const { dir, out } = caseWithPrevious('kill-pdf');
    const run = startCli(['--data', SMALL, '--content', SMALL_CONTENT, '--out', out], { SSC_REPORT_FAULT: 'before-pdf' });
    expect((await run.exit).signal).toBe('SIGKILL');
    expect(await until(() => chromiumOf(run.pid).length === 0, 20_000), 'Chromium outlived the run').toBe(true);
    settle('kill with Chromium running', dir, out, true, [hashBefore]);
  });
});

describe('runs at the same time on one folder', () => {
  it('three runs at once: all succeed in turn, and the folder holds the new build', async () => {
    const { dir, out } = caseWithPrevious('three-at-once');
    const runs = [0, 1, 2].map(() => startCli(['--data', SMALL, '--content', SMALL_CONTENT, '--no-pdf', '--out', out]));
    const codes = await Promise.all(runs.map((r) => r.exit.then((e) => e.code)));
    expect(codes, runs.map((r) => r.stderr()).join('\n')).toEqual([0, 0, 0]);
    expect(readdirSync(dir)).toEqual(['out']);
    settle('three runs at once', dir, out, true, [hashAfter]);
  });

  it('a lock left by a killed run is taken over', async () => {
    const { dir, out } = caseWithPrevious('stale-lock');
    writeFileSync(join(dir, '.out.lock'), '999999999@1 token-of-a-dead-run\n');
    await runReport(normalizeConfig({ dataDir: SMALL, contentDir: SMALL_CONTENT, outDir: out, pdf: false, log: () => undefined }));
    expect(readdirSync(dir)).toEqual(['out']);
    settle('stale lock', dir, out, true, [hashAfter]);
  });
});

/** The bytes with one bit of one byte flipped, as a bad disk or memory would. */
function flip(bytes: Buffer, at: number, bit: number): Buffer {
  bytes[at] = bytes[at]! ^ bit;
  return bytes;
}

describe('damaged inputs', () => {
  /** A run into `out` with its own cache folder, whose entries the case may damage. */
  const run = (out: string, cacheDir: string, extra: Partial<Config> = {}) =>
    runReport(
      normalizeConfig({ dataDir: SMALL, contentDir: SMALL_CONTENT, outDir: out, pdf: false, cacheDir, log: () => undefined, ...extra }),
    );

  for (const [name, kind, damage] of [
    ['a flipped byte in a parse-cache entry', 'csv', (b: Buffer) => flip(b, b.length - 3, 1)],
    ['a truncated parse-cache entry', 'csv', (b: Buffer) => b.subarray(0, b.length >> 1)],
    ['a flipped byte in a chart-cache entry', 'charts', (b: Buffer) => flip(b, b.indexOf('<svg') + 40, 2)],
  ] as const) {
    it(`${name}: discarded with a warning, and the same report as without a cache`, async () => {
      const { dir, out } = caseWithPrevious(name);
      const cache = join(dir, 'cache');
      await run(out, cache);
      for (const f of readdirSync(join(cache, kind))) {
        const bytes = readFileSync(join(cache, kind, f));
        writeFileSync(join(cache, kind, f), damage(bytes));
      }
      const result = await run(out, cache);
      expect(
        result.warnings.some((w) => w.includes('damaged cache entry')),
        name,
      ).toBe(true);
      settle(name, dir, out, true, [hashAfter]);
      expect(readFileSync(join(out, 'figures.csv'), 'utf8')).toBe(readFileSync(join(after, 'figures.csv'), 'utf8'));
    });
  }

  for (const [name, edit] of [
    ['formula texts', (l: string) => l.replace(/,([^,]*),([^,]*)$/, ',"=HYPERLINK(""http://x"",""1"")",$2')],
    [
      'a NaN value',
      (l: string) =>
        l
          .split(',')
          .map((c, i) => (i === 4 ? 'NaN' : c))
          .join(','),
    ],
    ['terminal escapes', (l: string) => l.replace(/,([^,]*),([^,]*)$/, ',"\u001b]0;x\u0007",$2')],
  ] as const) {
    it(`--previous with ${name}: exit 1 naming the file, and the folder untouched`, async () => {
      const { dir, out } = caseWithPrevious(`previous-${name}`);
      const previous = join(dir, 'previous');
      cpSync(before, previous, { recursive: true });
      const lines = readFileSync(join(previous, 'figures.csv'), 'utf8').split('\n');
      for (let i = 1; i < lines.length - 1; i += 50) lines[i] = edit(lines[i]!);
      writeFileSync(join(previous, 'figures.csv'), lines.join('\n'));
      const error = await run(out, join(dir, 'cache'), { previous }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).exitCode).toBe(EXIT.data);
      expect((error as Error).message).toContain(`${join(previous, 'figures.csv')}:2:`);
      const code = (error as InputError).exitCode;
      settle(`--previous with ${name}`, dir, out, code === 1, [hashBefore]);
    });
  }

  it('--out naming what is not a build: exit 2 naming it, and nothing touched', async () => {
    const { dir, out } = caseWithPrevious('unsafe-out');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    mkdirSync(join(dir, 'photos'));
    writeFileSync(join(dir, 'photos', 'a.jpg'), 'x');
    writeFileSync(join(out, 'mine.txt'), 'added by hand');
    const src = filesUnder('src').join('\n');
    for (const target of ['', '.', 'src', 'data', 'node_modules', SMALL, join(dir, 'notes.txt'), join(dir, 'photos'), out, dir]) {
      const error = await run(target, join(dir, 'cache')).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, target).toBeInstanceOf(UsageError);
      expect((error as Error).message).toContain(`--out ${JSON.stringify(target)}: refusing to replace it`);
    }
    // and from the command line, with its exit code
    const cli = startCli(['--data', SMALL, '--content', SMALL_CONTENT, '--no-pdf', '--out', '.']);
    expect((await cli.exit).code, cli.stderr()).toBe(EXIT.usage);
    expect(cli.stderr()).toContain('error: --out ".": refusing to replace it: it is the working directory');
    expect(filesUnder('src').join('\n')).toBe(src);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'mine.txt'), 'utf8')).toBe('added by hand');
    rmSync(join(out, 'mine.txt'));
    settle('--out that is not a build', dir, out, true, [hashBefore]);
  });
});
