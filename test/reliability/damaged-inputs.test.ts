import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeConfig, type Config } from '../../src/config';
import { CliError, EXIT } from '../../src/errors';
import * as msg from '../../src/messages';
import { sha256Hex } from '../../src/digest';
import { runReport } from '../../src/run-report';
import { SMALL, SMALL_CONTENT } from '../helpers/build';
import { CASES, type DamageCase } from './damage-cases';

/**
 * The fault-injection suite of issue 10 (parts 4 and 5): each case damages one file of a copy of
 * the small fixture, builds into a folder that holds a good build, and expects the build to fail
 * with the right exit code and a message naming the file (and line:column where there is one),
 * while the good build stays complete and as its manifest says, byte for byte. The cases run in
 * process (a failing build stops in the load or validate stage, in well under a second); one runs
 * through the CLI to show the exit code and that nothing hangs.
 */
describe('damaged inputs', () => {
  const root = mkdtempSync(join(tmpdir(), 'ssc-damaged-'));
  const out = join(root, 'out');
  let good: Map<string, string>;

  beforeAll(async () => {
    await runReport(config(SMALL));
    good = snapshot(out);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function config(dataDir: string, options: Partial<Config> = {}): Config {
    return normalizeConfig({ dataDir, contentDir: SMALL_CONTENT, outDir: out, pdf: false, log: () => undefined, ...options });
  }

  /** A fresh copy of the fixture with one file damaged; returns the data folder. */
  function damaged(c: DamageCase): string {
    const data = join(root, c.name.replace(/\W+/g, '-'));
    cpSync(SMALL, data, { recursive: true });
    c.damage(join(data, c.file));
    return data;
  }

  it('starts from a good build whose files match its manifest', () => {
    expect(good.size).toBeGreaterThan(10);
    expect(verify(out)).toEqual([]);
  });

  for (const c of CASES) {
    it(`${c.name}: exit ${c.exit}, the message names ${c.file}${c.line ? `:${c.line}:${c.column}` : ''}, the previous build is untouched`, async () => {
      const data = damaged(c);
      const error = await runReport(config(data, c.options)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, 'the build should fail').toBeInstanceOf(CliError);
      const e = error as CliError;
      expect(e.exitCode).toBe(c.exit);
      const place = [join(data, c.file), c.line, c.column].filter((x) => x !== undefined).join(':');
      const first = e.message.split('\n')[0]!;
      expect(first.startsWith(`${place}: `), first).toBe(true);
      expect(first.slice(place.length + 2)).toMatch(c.message);
      // No message quotes more than about 80 characters of a value, nor a raw control character.
      for (const line of e.message.split('\n')) {
        expect(line.length).toBeLessThan(place.length + 400);
        expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      }
      expect(verify(out)).toEqual([]);
      expect(snapshot(out)).toEqual(good);
      expect(readdirSync(root).filter((f) => f.startsWith('.'))).toEqual([]);
    });
  }

  it('through the CLI: a FIFO in place of a CSV exits 1 at once instead of hanging, and out/ is untouched', () => {
    const fifo = CASES.find((c) => c.name.startsWith('a FIFO'))!;
    const data = damaged(fifo);
    const cli = join(import.meta.dirname, '..', '..', 'src', 'cli.ts');
    const r = spawnSync(process.execPath, ['--import', 'tsx', cli, '--no-pdf', '--data', data, '--content', SMALL_CONTENT, '--out', out], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(EXIT.data);
    expect(r.stderr).toContain(`error: ${join(data, fifo.file)}: ${msg.notRegularFile('a FIFO (named pipe)')}`);
    expect(verify(out)).toEqual([]);
    expect(snapshot(out)).toEqual(good);
  });

  it('still accepts a UTF-8 file with a byte-order mark', async () => {
    const data = join(root, 'bom');
    cpSync(SMALL, data, { recursive: true });
    const file = join(data, 'groups/trade-groups.csv');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(file)]));
    await runReport(
      normalizeConfig({ dataDir: data, contentDir: SMALL_CONTENT, outDir: join(root, 'bom-out'), pdf: false, log: () => undefined }),
    );
    expect(verify(join(root, 'bom-out'))).toEqual([]);
    expect(readFileSync(join(root, 'bom-out', 'report.html'))).toEqual(readFileSync(join(out, 'report.html')));
  });
});

/** sha256 of every file under `dir`, manifest included, by relative path. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files
      .map((e) => join(e.parentPath, e.name))
      .sort()
      .map((p) => [relative(dir, p), sha256Hex(readFileSync(p))]),
  );
}

/** What is wrong with a build against its manifest: files missing, extra or with another sha256. */
function verify(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { outputs: Record<string, string> };
  const present = snapshot(dir);
  present.delete('manifest.json');
  const wrong = Object.entries(manifest.outputs)
    .filter(([f, hash]) => present.get(f) === undefined || `sha256:${present.get(f)}` !== hash)
    .map(([f]) => f);
  const extra = [...present.keys()].filter((f) => !(f in manifest.outputs));
  return [...wrong.map((f) => `${f} differs from the manifest`), ...extra.map((f) => `${f} is not in the manifest`)];
}
