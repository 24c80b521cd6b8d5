import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, InputError } from '../../src/errors';
import { loadTables } from '../../src/load/load-tables';
import * as msg from '../../src/messages';
import { DATA_FILES, validateData, type Data } from '../../src/validate/validate-data';

const DATA_DIR = join(import.meta.dirname, '..', '..', 'data');

describe('validateData on the data folder', () => {
  let data: Data;
  beforeAll(async () => {
    data = validateData((await loadTables(DATA_DIR, DATA_FILES)).tables);
  });

  // Facts checked by hand on data/ with wc, awk and Python's csv module.
  it('reads every trade flow', () => {
    // wc -l: 327,981 lines = 1 header + 327,980 rows (no quoted multi-line cells, no blank lines)
    expect(data.tradeFlows.rows).toHaveLength(327_980);
    // awk -F, 'NR>1{print $1}' | sort -u: 1990 .. 2014
    const years = new Set(data.tradeFlows.columns().year);
    expect(years.size).toBe(25);
    expect(Math.min(...years)).toBe(1990);
    expect(Math.max(...years)).toBe(2014);
    // no empty exports_musd cell in the file, so no null value
    expect(data.tradeFlows.columns().exports_musd.filter((v) => v === null)).toHaveLength(0);
  });

  it('reads line 14 of the trade file as its 13th row', () => {
    // sed -n 14p: 1990,AFG,ITA,5,cow-trade-4.0
    expect(data.tradeFlows.rows[12]).toEqual({
      year: 1990,
      exporter_iso3: 'AFG',
      importer_iso3: 'ITA',
      exports_musd: 5,
      source: ['cow-trade-4.0'],
    });
    expect(data.tradeFlows.lineOf(12)).toBe(14);
  });

  it('classifies Taiwan Province of China as a developing economy of Eastern Asia, outside M49 and the G77', () => {
    const twn = data.countries.rows.find((c) => c.iso3 === 'TWN');
    expect(twn).toMatchObject({
      name: 'Taiwan Province of China',
      m49: null,
      region: 'Asia',
      subregion: 'Eastern Asia',
      development: 'developing',
      g77: false,
    });
  });

  it('counts the group flags of the 251 economies', () => {
    const c = data.countries.rows;
    expect(c).toHaveLength(251);
    // 132 G77 members: the g77-cia-2020 source note says "132 of the 134 members"
    expect(c.filter((x) => x.g77)).toHaveLength(132);
    expect(c.filter((x) => x.ldc)).toHaveLength(47);
    expect(c.filter((x) => x.lldc)).toHaveLength(32);
    expect(c.filter((x) => x.sids)).toHaveLength(53);
    // 183 developing + 67 developed + 1 with no flag (ATA, Antarctica) = 251
    expect(c.filter((x) => x.development === 'developing')).toHaveLength(183);
    expect(c.filter((x) => x.development === 'developed')).toHaveLength(67);
    expect(c.filter((x) => x.development === null).map((x) => x.iso3)).toEqual(['ATA']);
  });

  it('reads the sources, groups and published shares', () => {
    // the register grows as files are added; the sources the trade files cite are in it
    const ids = data.sources.rows.map((r) => r.id);
    for (const id of ['cow-trade-4.0', 'un-m49-2020', 'sg-2002']) expect(ids).toContain(id);
    expect(data.tradeGroups.rows.map((g) => g.id)).toEqual(['lac', 'east-south-asia', 'africa', 'south']);
    expect(data.tradeGroups.rows[1]!.subregions).toEqual(['Eastern Asia', 'South-eastern Asia', 'Southern Asia']);
    expect(data.tradeGroups.rows[2]).toMatchObject({ region: 'Africa', subregions: null, development: null });
    const published = data.publishedShares.rows.map((s) => [s.group, s.year, s.share_pct, s.estimate]);
    expect(published.sort((a, b) => (a[0]! < b[0]! ? -1 : 1))).toEqual([
      ['africa', 2000, 7, true],
      ['east-south-asia', 2000, 39.1, false],
      ['lac', 2000, 16.4, false],
    ]);
  });
});

describe('validateData on a damaged copy of the data folder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ssc-data-'));
    cpSync(DATA_DIR, dir, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The 1-based line of `file` that starts with `prefix`. */
  function lineStarting(file: string, prefix: string): number {
    return (
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith(prefix)) + 1
    );
  }

  /** Replaces cell `column` (1-based) of line `line` (1-based) of `file`, checking the old text first. */
  function damage(file: string, line: number, column: number, was: string, now: string) {
    const path = join(dir, file);
    const lines = readFileSync(path, 'utf8').split('\n');
    const cells = lines[line - 1]!.split(',');
    expect(cells[column - 1]).toBe(was);
    cells[column - 1] = now;
    lines[line - 1] = cells.join(',');
    writeFileSync(path, lines.join('\n'));
  }

  it('lists the problems of both files with their file:line:column', async () => {
    // line 14 of the trade file is 1990,AFG,ITA,5,...: exports_musd is its 4th column
    damage('trade/cow-bilateral-exports.csv', 14, 4, '5', '12.3abc');
    // the published shares' row east-south-asia,2000,39.1,... (line 3 when written; found by its
    // text since the rows get reordered): share_pct is its 3rd column
    const line = lineStarting('trade/published-intraregional-shares.csv', 'east-south-asia,2000,');
    expect(line).toBeGreaterThan(1);
    damage('trade/published-intraregional-shares.csv', line, 3, '39.1', '139.1');
    const loaded = await loadTables(dir, DATA_FILES);
    let error: unknown;
    try {
      validateData(loaded.tables);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    expect(e.exitCode).toBe(EXIT.data);
    const flows = join(dir, 'trade/cow-bilateral-exports.csv');
    const shares = join(dir, 'trade/published-intraregional-shares.csv');
    // exports_musd is optional(number(..., 0)); share_pct is number(..., 0, 100)
    expect(e.message).toBe(
      [
        `${flows}:14:4: exports_musd: expected a number >= 0, or an empty cell, found "12.3abc"`,
        `${shares}:${line}:3: share_pct: expected a number from 0 to 100, found "139.1"`,
      ].join('\n'),
    );
    expect(e.problems.map((p) => p.message)).toEqual([
      msg.badCell('exports_musd', 'a number >= 0, or an empty cell', '12.3abc'),
      msg.badCell('share_pct', 'a number from 0 to 100', '139.1'),
    ]);
  });
});
