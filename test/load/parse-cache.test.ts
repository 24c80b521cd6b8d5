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
});
