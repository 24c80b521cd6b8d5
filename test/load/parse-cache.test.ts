import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, readCached, writeCached } from '../../src/load/parse-cache';
import { readCsv } from '../../src/load/read-csv';

const CSV = 'year,code,value\n2000,AAA,1\n2000,BBB,\n2001,AAA,2.5,extra\n';

describe('the parse cache', () => {
  it('gives back the same table it stored, and its line numbers from the original bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssc-cache-'));
    const bytes = Buffer.from(CSV);
    const table = readCsv('data/x.csv', bytes);
    await writeCached(table, bytes, dir);
    expect(readdirSync(dir)).toEqual([`${cacheKey(bytes)}.bin`]);
    const back = (await readCached('data/x.csv', bytes, dir))!;
    expect(back.header).toEqual(['year', 'code', 'value']);
    expect(back.length).toBe(3);
    expect([...back.cells]).toEqual([3, 3, 4]);
    // records are rebuilt from the columns: the fourth cell of the long row is not a column
    expect(back.records).toEqual([['2000', 'AAA', '1'], ['2000', 'BBB', ''], ['2001', 'AAA', '2.5']]);
    expect(back.lineOf(2)).toBe(4);
  });

  it('misses when the bytes differ, and treats a damaged entry as a miss', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssc-cache-'));
    const bytes = Buffer.from(CSV);
    await writeCached(readCsv('data/x.csv', bytes), bytes, dir);
    expect(await readCached('data/x.csv', Buffer.from(CSV.replace('2.5', '2.6')), dir)).toBeNull();
    writeFileSync(join(dir, `${cacheKey(bytes)}.bin`), 'not a cache entry');
    expect(await readCached('data/x.csv', bytes, dir)).toBeNull();
  });

  it('keeps codes of 1, 2 and 4 bytes, and texts of any script, through an entry', async () => {
    // 70,000 distinct ids need 4-byte codes, 2,100 distinct notes 2-byte ones, 2 sources 1 byte
    const notes = ['', 'é', '中文', '😀 x', '\ufeffa', 'a\r\nb', 'say "hi"'];
    const rows = Array.from({ length: 70_000 }, (_, i) => `${i},"${notes[i % notes.length]!.replace(/"/g, '""')}${i % 300}",s${i % 2}`);
    const bytes = Buffer.from(`id,note,source\n${rows.join('\n')}\n`);
    const dir = mkdtempSync(join(tmpdir(), 'ssc-cache-'));
    const table = readCsv('data/x.csv', bytes);
    await writeCached(table, bytes, dir);
    const back = (await readCached('data/x.csv', bytes, dir))!;
    expect(back.length).toBe(70_000);
    for (const c of [0, 1, 2]) {
      expect(back.column(c).values).toEqual(table.column(c).values);
      expect([...back.column(c).codes]).toEqual([...table.column(c).codes]);
    }
    expect(back.records[69_999]).toEqual(['69999', `${notes[69_999 % notes.length]}${69_999 % 300}`, 's1']);
  });
});
