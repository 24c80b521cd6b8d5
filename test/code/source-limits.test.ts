import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const MAX_LINE = 140;
const MAX_LINES = 250;
/** A file may run longer when its opening comment says why, in a line that starts with this. */
const REASON = /^(\/\/| \*|\/\*\*) Longer than 250 lines: \S/m;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|mjs)$/.test(e.name) ? [path] : [];
  });
}

const files = ['src', 'bench', 'scripts'].flatMap((d) => sources(join(ROOT, d)));

describe('source files', () => {
  it(`have no line over ${MAX_LINE} characters`, () => {
    const long = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${relative(ROOT, f)}:${i + 1}`, length: [...line].length }))
        .filter((l) => l.length > MAX_LINE)
        .map((l) => `${l.where} (${l.length})`),
    );
    expect(long).toEqual([]);
  });

  it(`stay under ${MAX_LINES} lines, or say at their top why not`, () => {
    const over = files.filter((f) => {
      const text = readFileSync(f, 'utf8');
      const head = text.split('\n').slice(0, 15).join('\n');
      return text.split('\n').length > MAX_LINES && !REASON.test(head);
    });
    expect(over.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
