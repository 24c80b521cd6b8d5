import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP, parseCli } from '../src/cli';
import type { Config } from '../src/config';
import { EXIT, UsageError } from '../src/errors';
import * as msg from '../src/messages';
import { build, GOLDEN_SMALL, SMALL, SMALL_CONTENT } from './helpers/build';

const ROOT = join(import.meta.dirname, '..');

function config(argv: string[]): Config {
  const c = parseCli(argv);
  if (c === 'help') throw new Error('expected a Config, got help');
  return c;
}

function usageError(argv: string[]): UsageError {
  try {
    parseCli(argv);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`expected a UsageError for ${argv.join(' ')}`);
}

describe('parseCli', () => {
  it('fills in every default', () => {
    expect(config([])).toMatchObject({
      dataDir: 'data',
      outDir: 'out',
      edition: null,
      pdf: true,
      debug: false,
      growthWindow: 10,
      unchangedPoints: 0.1,
      unchangedPercent: 1,
    });
  });

  it('reads each option', () => {
    expect(config(['--no-pdf']).pdf).toBe(false);
    expect(config(['--edition', '2005']).edition).toBe(2005);
    expect(config(['--edition=2005']).edition).toBe(2005);
    expect(config(['--data', 'd', '--out', 'o', '--debug'])).toMatchObject({ dataDir: 'd', outDir: 'o', debug: true });
  });

  it('rejects an edition that is not a four-digit year with exit code 2', () => {
    for (const text of ['20x5', '14', '2005.0', '02005', '']) {
      const e = usageError(['--edition', text]);
      expect(e.exitCode).toBe(EXIT.usage);
      expect(e.exitCode).toBe(2);
      expect(e.message).toBe(msg.badOption(`--edition: expected a year such as 2026, found "${text}"`));
    }
  });

  it('rejects an unknown option, a positional argument and a missing value', () => {
    const unknown = usageError(['--colour']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.message).toContain('--colour');
    expect(unknown.message.endsWith('\nRun with --help to see the options.')).toBe(true);
    expect(usageError(['report']).exitCode).toBe(2);
    expect(usageError(['--edition']).exitCode).toBe(2);
  });

  it('reads --max-file-size in bytes or binary units, and refuses anything else with exit code 2', () => {
    expect(config([]).maxFileBytes).toBe(64 * 2 ** 20);
    expect(config(['--max-file-size', '64M']).maxFileBytes).toBe(64 * 2 ** 20);
    expect(config(['--max-file-size', '500K']).maxFileBytes).toBe(500 * 1024);
    expect(config(['--max-file-size', '1GiB']).maxFileBytes).toBe(2 ** 30);
    expect(config(['--max-file-size', '1234']).maxFileBytes).toBe(1234);
    for (const text of ['', '0', 'ten', '-5M', '5T']) {
      const e = usageError([`--max-file-size=${text}`]);
      expect(e.exitCode).toBe(2);
      expect(e.message).toBe(msg.badOption(msg.badFileSize(text)));
    }
  });

  it('answers "help" to --help, whatever else is given', () => {
    expect(parseCli(['--help'])).toBe('help');
    expect(parseCli(['--no-pdf', '--help'])).toBe('help');
  });
});

describe('HELP', () => {
  const OPTIONS = [
    '--data',
    '--content',
    '--out',
    '--config',
    '--edition',
    '--previous',
    '--no-pdf',
    '--no-cache',
    '--max-file-size',
    '--debug',
    '--help',
  ];

  it('lists every option, with the defaults of those that take a value', () => {
    for (const o of OPTIONS) expect(HELP).toMatch(new RegExp(`^  ${o}\\b`, 'm'));
    expect(HELP).toMatch(/--data DIR .*\(default: data\)/);
    expect(HELP).toMatch(/--out DIR .*\(default: out\)/);
    expect(HELP).toMatch(/--edition YEAR .*year of publication[\s\S]*\(default: the edition set in report\.config\.json\)/);
    expect(HELP).toMatch(/--max-file-size SIZE\n[^-]*\(default: 64M\)/);
  });

  it('lists only options that parseCli accepts', () => {
    const listed = [...HELP.matchAll(/^ {2}(--[a-z-]+)( [A-Z]+)?/gm)].map(
      (m) => [m[1]!, m[2] ? (({ '--edition': '2005', '--max-file-size': '64M' } as Record<string, string>)[m[1]!] ?? 'x') : null] as const,
    );
    expect(listed.map(([o]) => o)).toEqual(OPTIONS);
    for (const [o, value] of listed) expect(() => parseCli(value === null ? [o] : [o, value]), o).not.toThrow();
  });

  it('says what each exit code means', () => {
    expect(HELP).toMatch(/Exit codes: 0 done; 1 bad data or templates; 2 bad usage; 3 environment/);
  });
});

describe('the command line, run for real', () => {
  it('exits with 2 for an edition outside the data, naming the years available, and writes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ssc-cli-')), 'out');
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', '--edition', '1800', '--no-pdf', '--out', out], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(r.status, r.stderr).toBe(2);
      // data/trade/cow-bilateral-exports.csv starts in 1990 (awk on the year column), so the first
      // edition is 1991; report.config.json sets 2026
      expect(r.stderr).toContain(`error: ${msg.editionOutOfRange(1800, 1991, 2026)}`);
      expect(r.stderr).toContain(
        '--edition 1800: editions are publication years and use data up to the year before; the data allow editions 1991 to 2026',
      );
      expect(r.stderr).not.toMatch(/^\s+at /m); // no stack trace without --debug
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(join(out, '..'), { recursive: true, force: true });
    }
  });
});

// `npm run report` runs the bundle scripts/build.mjs makes of src/ (setup.sh rebuilds it when src/
// changes); it must build what the sources build, templates, fonts, workers and cache found.
describe('the bundled command line (dist/cli.js)', () => {
  it('answers --help and builds the same report as the sources', async () => {
    const bundled = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(bundled.status, bundled.stderr).toBe(0);
    const help = spawnSync(process.execPath, ['dist/cli.js', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(help.stdout).toBe(HELP);
    const out = join(mkdtempSync(join(tmpdir(), 'ssc-cli-')), 'out');
    try {
      const r = spawnSync(process.execPath, ['dist/cli.js', '--data', SMALL, '--content', SMALL_CONTENT, '--no-pdf', '--out', out], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/^load .*\n(.*\n)*done /m);
      expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe(readFileSync(join(GOLDEN_SMALL, 'report.html'), 'utf8'));
      const sources = await build();
      for (const f of ['figures.csv', 'manifest.json']) expect(readFileSync(join(out, f), 'utf8'), f).toBe(sources.files.get(f));
      // The real data, parsed afresh: its large files go to the parser's worker threads.
      const full = spawnSync(
        process.execPath,
        ['dist/cli.js', '--no-pdf', '--no-cache', '--edition', '1991', '--content', 'test/fixtures/no-content', '--out', `${out}-full`],
        { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
      );
      expect(full.status, full.stderr).toBe(0);
      expect(full.stderr).toMatch(/^validate .* every row valid$/m);
    } finally {
      rmSync(join(out, '..'), { recursive: true, force: true });
    }
    // Three builds, one of them parsing every file afresh: on the shared 2-core machine more than the default minute.
  }, 180_000);
});
