import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EnvironmentError, EXIT } from '../../src/errors';
import * as msg from '../../src/messages';
import { exchange } from '../../src/publish/exchange';
import { publish, type OutputFiles } from '../../src/publish/publish';

/** Every file under `dir`, as sorted relative paths with their text. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else out[`${prefix}${e.name}`] = readFileSync(join(d, e.name), 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected publish to fail');
    },
    (e: unknown) => e,
  );
}

/** A previous build is recognised by its manifest, listing every file. */
const OLD_MANIFEST = JSON.stringify({
  generator: 'ssc-report 0.1.0',
  outputs: { 'report.html': '', 'old-only.txt': '', 'charts/old.svg': '' },
});

describe('publish', () => {
  let tmp: string;
  let out: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'ssc-publish-'));
    out = join(tmp, 'out');
    // a previous report
    mkdirSync(join(out, 'charts'), { recursive: true });
    writeFileSync(join(out, 'report.html'), '<p>old</p>');
    writeFileSync(join(out, 'old-only.txt'), 'old');
    writeFileSync(join(out, 'charts', 'old.svg'), '<svg>old</svg>');
    writeFileSync(join(out, 'manifest.json'), OLD_MANIFEST);
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('replaces the previous report as a whole and leaves nothing beside it', async () => {
    const files: OutputFiles = new Map<string, string | Uint8Array>([
      ['report.html', '<p>new</p>'],
      ['charts/a.svg', '<svg>a</svg>'],
      ['figures.csv', new TextEncoder().encode('id,value\n')],
    ]);
    await publish(out, files);
    // old-only.txt and charts/old.svg are gone; the bytes are written as given
    expect(tree(out)).toEqual({ 'report.html': '<p>new</p>', 'charts/a.svg': '<svg>a</svg>', 'figures.csv': 'id,value\n' });
    // no staging folder, no renamed old report
    expect(readdirSync(tmp)).toEqual(['out']);
  });

  it('creates the output folder and its parents when they do not exist', async () => {
    const fresh = join(tmp, 'a', 'b', 'report');
    await publish(fresh, new Map([['report.html', 'x']]));
    expect(tree(fresh)).toEqual({ 'report.html': 'x' });
    expect(readdirSync(join(tmp, 'a', 'b'))).toEqual(['report']);
  });

  it("makes the published folder readable by others (not mkdtemp's 0700)", async () => {
    await publish(out, new Map([['report.html', 'x']]));
    expect(statSync(out).mode & 0o777).toBe(0o755);
  });

  it('fails with an EnvironmentError when a file path collides with a directory, and keeps the old report', async () => {
    // "charts" is written as a file, then "charts/a.svg" needs it to be a folder
    const files: OutputFiles = new Map([
      ['report.html', '<p>new</p>'],
      ['charts', 'not a folder'],
      ['charts/a.svg', '<svg>a</svg>'],
    ]);
    const error = await rejection(publish(out, files));
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as EnvironmentError).exitCode).toBe(EXIT.environment);
    // msg.unwritableOutput(dir, detail) is "cannot write the report to <dir>: <detail>"
    expect((error as Error).message.startsWith(msg.unwritableOutput(out, ''))).toBe(true);
    const old = { 'report.html': '<p>old</p>', 'old-only.txt': 'old', 'charts/old.svg': '<svg>old</svg>', 'manifest.json': OLD_MANIFEST };
    expect(tree(out)).toEqual(old);
    expect(readdirSync(tmp)).toEqual(['out']);
  });

  it("fails with an EnvironmentError when the output folder's parent is a file", async () => {
    writeFileSync(join(tmp, 'plain-file'), 'x');
    const target = join(tmp, 'plain-file', 'out');
    const error = await rejection(publish(target, new Map([['report.html', 'x']])));
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as Error).message.startsWith(`cannot write the report to ${target}: `)).toBe(true);
    expect(readdirSync(tmp).sort()).toEqual(['out', 'plain-file']);
    expect(readFileSync(join(tmp, 'plain-file'), 'utf8')).toBe('x');
    expect(tree(out)['report.html']).toBe('<p>old</p>');
  });
});

describe('publish, two at a time', () => {
  it('takes turns on one folder: six at once all succeed, one after another, and nothing is left beside it', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ssc-publish-'));
    try {
      const out = join(tmp, 'out');
      const builds = Array.from(
        { length: 6 },
        (_, i) =>
          new Map([
            ['report.html', `<p>${i}</p>`],
            ['manifest.json', OLD_MANIFEST],
          ]),
      );
      await Promise.all(builds.map((files) => publish(out, files, { check: { dataDir: 'data' } })));
      expect(readdirSync(tmp)).toEqual(['out']);
      expect(readFileSync(join(out, 'report.html'), 'utf8')).toMatch(/^<p>[0-5]<\/p>$/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('exchange', () => {
  it('swaps two folders in one step, and declines (touching nothing) when told to use two renames', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ssc-exchange-'));
    try {
      for (const [d, text] of [
        ['a', 'A'],
        ['b', 'B'],
      ]) {
        mkdirSync(join(tmp, d!));
        writeFileSync(join(tmp, d!, 'f'), text!);
      }
      expect(exchange(join(tmp, 'a'), join(tmp, 'b'))).toBe(true);
      expect([readFileSync(join(tmp, 'a', 'f'), 'utf8'), readFileSync(join(tmp, 'b', 'f'), 'utf8')]).toEqual(['B', 'A']);
      expect(exchange(join(tmp, 'a'), join(tmp, 'missing'))).toBe(false);
      process.env.SSC_REPORT_FAULT = 'no-exchange';
      expect(exchange(join(tmp, 'a'), join(tmp, 'b'))).toBe(false);
      expect(readFileSync(join(tmp, 'a', 'f'), 'utf8')).toBe('B');
    } finally {
      delete process.env.SSC_REPORT_FAULT;
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
