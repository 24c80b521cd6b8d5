import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneCache } from '../../src/cache-prune';
import { loadTables } from '../../src/load/load-tables';
import { cacheKey, CSV_CACHE_CAP, readCached, writeCached } from '../../src/load/parse-cache';
import * as msg from '../../src/messages';
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
    expect(back.records).toEqual([
      ['2000', 'AAA', '1'],
      ['2000', 'BBB', ''],
      ['2001', 'AAA', '2.5'],
    ]);
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

  it('checks every entry against its checksum: one flipped byte is discarded, reported, and parsed afresh', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssc-cache-'));
    const data = mkdtempSync(join(tmpdir(), 'ssc-data-'));
    // over CACHE_BYTES (4 KiB), so that loadTables caches it
    const csv = `year,code,value\n${Array.from({ length: 400 }, (_, i) => `${2000 + (i % 15)},C${i},${i}.5`).join('\n')}\n`;
    writeFileSync(join(data, 'x.csv'), csv);
    const first = await loadTables(data, ['x.csv'], true, dir);
    expect(first.warnings).toEqual([]);
    const entry = join(dir, `${cacheKey(Buffer.from(csv))}.bin`);
    const bytes = readFileSync(entry);
    // the texts are the entry's last bytes: "399.5" becomes "399.6", as a flipped bit would make it
    const at = bytes.lastIndexOf('399.5');
    bytes[at + 4] = '6'.charCodeAt(0);
    writeFileSync(entry, bytes);
    const second = await loadTables(data, ['x.csv'], true, dir);
    expect(second.warnings).toEqual([msg.cacheDamaged(entry, join(data, 'x.csv'))]);
    expect(second.tables.get('x.csv')!.records[399]).toEqual(['2009', 'C399', '399.5']);
    // stored again, sound: the next read is a hit without a warning
    const third = await loadTables(data, ['x.csv'], true, dir);
    expect(third.warnings).toEqual([]);
    expect(readFileSync(entry).lastIndexOf('399.5')).toBeGreaterThan(0);
  });
});

describe('pruneCache', () => {
  it('keeps the entries used last, up to the cap in count and bytes, and drops stale temporaries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssc-prune-'));
    const t = Date.now() / 1000;
    for (let i = 0; i < 6; i++) {
      writeFileSync(join(dir, `e${i}.bin`), Buffer.alloc(100));
      utimesSync(join(dir, `e${i}.bin`), t - 100 + i, t - 100 + i);
    }
    writeFileSync(join(dir, 'e9.bin.123.tmp'), 'half');
    utimesSync(join(dir, 'e9.bin.123.tmp'), t - 120, t - 120);
    writeFileSync(join(dir, 'e8.bin.456.tmp'), 'being written');
    pruneCache(dir, { ext: '.bin', maxEntries: 4, maxBytes: 1000 });
    expect(readdirSync(dir).sort()).toEqual(['e2.bin', 'e3.bin', 'e4.bin', 'e5.bin', 'e8.bin.456.tmp']);
    pruneCache(dir, { ext: '.bin', maxEntries: 4, maxBytes: 250 });
    expect(readdirSync(dir).sort()).toEqual(['e4.bin', 'e5.bin', 'e8.bin.456.tmp']);
    expect(statSync(join(dir, 'e5.bin')).size).toBe(100);
    expect(CSV_CACHE_CAP).toEqual({ ext: '.bin', maxEntries: 32, maxBytes: 512 * 2 ** 20 });
  });
});
