import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { CACHE_BYTES, loadTables } from '../../src/load/load-tables';
import { PARALLEL_BYTES, readCsv, type RawTable } from '../../src/load/read-csv';
import { code, integer, number, optional, text } from '../../src/validate/columns';
import { defineTable } from '../../src/validate/table-schema';
import { validateTable } from '../../src/validate/validate-table';

/**
 * A CSV of about `bytes` bytes with what a parser can get wrong: a byte-order mark, CRLF line
 * ends, a blank line, a quoted cell over two lines, quotes inside quotes, non-ASCII text (and a
 * U+FEFF inside a cell), a short row, a long row and a repeated key.
 */
function awkwardCsv(bytes: number): string {
  const head =
    '\ufeffyear,iso3,value,note\r\n1990,BRA,1,"two\r\nlines"\r\n\r\n1991,CÔT,,"say ""hi"", 中文 😀"\r\n1992,IND\r\n1993,CHN,4,x,extra\r\n1994,ZAF,5,\ufeffmid\r\n1990,BRA,7,again\r\n';
  const rows: string[] = [];
  for (let i = 0, length = head.length; length < bytes; length += rows[i++]!.length)
    rows.push(`${2000 + (i % 20)},X${(i % 1000).toString(36).toUpperCase().padStart(2, '0')},${(i * 37) % 100_003}.${i % 7},n${i % 3}\r\n`);
  return head + rows.join('');
}

/**
 * Everything a later stage can read of a table, as one string (a failed comparison of 40,000
 * records as objects takes vitest minutes to print). Records are cut to the header's width: a
 * table read from the cache has no cells beyond it, which validation reports from `cells` alone.
 */
function contents(t: RawTable): string {
  const records = t.records.map((r) => r.slice(0, t.header.length));
  return JSON.stringify(
    { header: t.header, length: t.length, cells: [...t.cells], records, lines: Array.from({ length: t.length }, (_, i) => t.lineOf(i)) },
    null,
    1,
  );
}

async function load(dir: string, cacheDir: string, useCache = true): Promise<RawTable> {
  return (await loadTables(dir, ['x.csv'], useCache, cacheDir)).tables.get('x.csv')!;
}

describe('loadTables and the parse cache', () => {
  for (const [what, size] of [
    ['over CACHE_BYTES', CACHE_BYTES * 3],
    ['over PARALLEL_BYTES, parsed by workers', PARALLEL_BYTES + 50_000],
  ] as const) {
    it(`reads a file ${what} from the cache as it parsed it, and misses when a byte changes`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ssc-load-'));
      const cacheDir = join(dir, 'cache');
      const csv = awkwardCsv(size);
      writeFileSync(join(dir, 'x.csv'), csv);
      const parsed = contents(await load(dir, cacheDir, false));
      expect(parsed).toEqual(contents(readCsv(join(dir, 'x.csv'), Buffer.from(csv))));
      // the first run with the cache parses and writes the entry, the second reads it
      expect(contents(await load(dir, cacheDir))).toEqual(parsed);
      expect(readdirSync(cacheDir)).toHaveLength(1);
      expect(contents(await load(dir, cacheDir))).toEqual(parsed);
      // one cell changed, same length: a new entry, and the new text
      writeFileSync(join(dir, 'x.csv'), csv.replace('1993,CHN,4', '1993,CHN,5'));
      const changed = await load(dir, cacheDir);
      expect(changed.records[3]!.slice(0, 4)).toEqual(['1993', 'CHN', '5', 'x']);
      expect(readdirSync(cacheDir)).toHaveLength(2);
    });
  }

  it('reports an unclosed quote in a cached-size file as readCsv does, on every run, and caches nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssc-load-'));
    const cacheDir = join(dir, 'cache');
    const csv = `${awkwardCsv(CACHE_BYTES * 2)}2010,BRA,"3,x\n2011,BRA,4,y\n`;
    writeFileSync(join(dir, 'x.csv'), csv);
    let direct: unknown;
    try {
      readCsv(join(dir, 'x.csv'), Buffer.from(csv));
    } catch (e) {
      direct = e;
    }
    expect(direct).toBeInstanceOf(InputError);
    for (let run = 0; run < 2; run++) {
      const error = await load(dir, cacheDir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).problems).toEqual((direct as InputError).problems);
    }
    expect(() => readdirSync(cacheDir)).toThrow();
  });

  it('gives validation the same problems, lines and columns from a cached table as from a parsed one', async () => {
    const schema = defineTable({
      file: 'x.csv',
      title: 'x',
      description: 'x',
      key: ['year', 'iso3'],
      columns: {
        year: integer(1990, 2030, 'Year.'),
        iso3: code(/^[A-Z0-9]{3}$/, 'a code', 'Code.'),
        value: optional(number('Value.', 0)),
        note: text('Note.'),
      },
    });
    const dir = mkdtempSync(join(tmpdir(), 'ssc-load-'));
    const cacheDir = join(dir, 'cache');
    // the awkward rows: line 5 has "CÔT", not a code; line 6 two cells, line 7 five; line 8 a
    // negative value; line 9 the key of line 2
    writeFileSync(join(dir, 'x.csv'), awkwardCsv(CACHE_BYTES * 2).replace('1994,ZAF,5,', '1994,ZAF,-5,'));
    const messageOf = (t: RawTable) => {
      try {
        validateTable(t, schema);
      } catch (e) {
        return (e as InputError).message;
      }
      throw new Error('expected problems');
    };
    const parsed = messageOf(await load(dir, cacheDir, false));
    expect(parsed).toContain('x.csv:5:2: iso3: expected a code, found "CÔT"');
    expect(parsed).toContain('x.csv:7: expected 4 cells in the row, found 5');
    expect(parsed).toContain('x.csv:8:3: value: expected a number >= 0, or an empty cell, found "-5"');
    expect(parsed).toContain('x.csv:9: duplicated observation: year=1990, iso3=BRA is also on line 2');
    await load(dir, cacheDir);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    expect(messageOf(await load(dir, cacheDir))).toBe(parsed);
  });
});
