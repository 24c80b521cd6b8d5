import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareBuilds } from '../../src/diff/compare-builds';
import { readFigures } from '../../src/editions/read-figures';
import { diffMain } from '../../src/diff/diff-cli';
import { build, SMALL, SMALL_CONTENT } from '../helpers/build';

/** A build's figures keyed by id, read as npm run diff reads them. */
const ledgerOf = (csv: string) => new Map(readFigures('figures.csv', csv).map((f) => [f.id, f]));

// One value changed in a copy of the small fixture: ARG's exports to BRA in 2014, 15,557 → 20,000
// million dollars. Worked out by hand (python over the fixture's 2014 rows):
//   Latin America and the Caribbean (ARG, BRA, MEX): intra 9.056 % → 9.868 %
//   all developing economies: 32.632 % → 32.795 %
const LAC = 'intraregional-export-share:lac:2014';
const SOUTH = 'south-south-export-share:south:2014';

function changedCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ssc-data-'));
  cpSync(SMALL, dir, { recursive: true });
  const file = join(dir, 'trade/cow-bilateral-exports.csv');
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('\n2014,ARG,BRA,15557,');
  writeFileSync(file, text.replace('\n2014,ARG,BRA,15557,', '\n2014,ARG,BRA,20000,'));
  return dir;
}

describe('compareBuilds', () => {
  it('finds added, removed and changed figures, with absolute and relative change', () => {
    const csv = (rows: string[]) => `id,indicator,entity,period,value,unit,source,derived_from,estimate,text,chapter\n${rows.join('\n')}\n`;
    const a = ledgerOf(csv(['x:a:2000,x,a,2000,10,per cent,s,,false,10.0,trade', 'y:a:2000,y,a,2000,5,per cent,s,,false,5.0,trade']));
    const b = ledgerOf(csv(['x:a:2000,x,a,2000,12.5,per cent,s,,false,12.5,trade', 'z:a:2000,z,a,2000,1,per cent,s,,false,1.0,finance']));
    const d = compareBuilds(
      a,
      b,
      new Map([
        ['c1', '{}'],
        ['c2', '{}'],
      ]),
      new Map([
        ['c1', '{"x":1}'],
        ['c3', '{}'],
      ]),
    );
    expect(d.added.map((f) => f.id)).toEqual(['z:a:2000']);
    expect(d.removed.map((f) => f.id)).toEqual(['y:a:2000']);
    // 12.5 - 10 = 2.5; 2.5 / 10 = 25 per cent
    expect(d.changed.map((c) => [c.after.id, c.change, c.relative])).toEqual([['x:a:2000', 2.5, 25]]);
    expect(d.charts).toEqual([
      { id: 'c1', status: 'changed' },
      { id: 'c2', status: 'removed' },
      { id: 'c3', status: 'added' },
    ]);
  });
});

describe('npm run diff and a one-value change', () => {
  let a: string;
  let b: string;
  beforeAll(async () => {
    a = (await build()).out;
    b = (await build({ dataDir: changedCopy() })).out;
  });

  it('reports the figures that derive from the value, old → new, and exits 1', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ssc-diffout-')), 'diff.html');
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => {
      lines.push(String(s));
      return true;
    }) as typeof process.stdout.write;
    let code: number;
    try {
      code = await diffMain([a, b, '--out', out, '--content', SMALL_CONTENT]);
    } finally {
      process.stdout.write = write;
    }
    expect(code).toBe(1);
    const text = lines.join('');
    expect(text).toMatch(new RegExp(`~ ${LAC}  9\\.1 → 9\\.9`));
    expect(text).toMatch(new RegExp(`~ ${SOUTH}  32\\.6 → 32\\.8`));
    expect(text).toContain('trade-shares');
    // The written paragraph that cites the changed share, for its author to reread.
    expect(text).toContain('content paragraphs whose cited figures changed (reread them):\n');
    expect(text).toContain(`\n  ${SMALL_CONTENT}/key-messages.md:1  south-south-export-share:south:latest 32.6 → 32.8`);
    expect(text).toMatch(/overview\.md:7 .*intraregional-export-share:lac:latest 9\.1 → 9\.9/);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(`data-figure="${LAC}" data-diff="changed"`);
  });

  it('exits 0 for two identical builds and 2 for bad usage', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ssc-diffout-')), 'diff.html');
    const write = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    process.stdout.write = (() => true) as typeof process.stdout.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      expect(await diffMain([a, a, '--out', out])).toBe(0);
      expect(await diffMain([a])).toBe(2);
      expect(await diffMain([a, '/nonexistent/folder'])).toBe(2);
      expect(await diffMain([a, 'no-such-revision-xyz'])).toBe(2);
    } finally {
      process.stdout.write = write;
      process.stderr.write = err;
    }
  });

  it('changes only the lines of report.html that show a changed figure or a changed chart', () => {
    const d = compareBuilds(
      ledgerOf(readFileSync(join(a, 'figures.csv'), 'utf8')),
      ledgerOf(readFileSync(join(b, 'figures.csv'), 'utf8')),
      new Map(),
      new Map(),
    );
    const changedIds = new Set([...d.changed.map((c) => c.after.id), ...d.added.map((f) => f.id), ...d.removed.map((f) => f.id)]);
    expect(changedIds.has(LAC)).toBe(true);
    const htmlB = readFileSync(join(b, 'report.html'), 'utf8').split('\n');
    // which chart each line belongs to
    const chartOf: (string | null)[] = [];
    let current: string | null = null;
    for (const line of htmlB) {
      const open = /<figure class="chart" id="([^"]+)">/.exec(line);
      if (open) current = open[1]!;
      chartOf.push(current);
      if (line.startsWith('</figure>') && current && !line.includes('table-figure')) current = null;
    }
    let raw = '';
    try {
      execFileSync('diff', [join(a, 'report.html'), join(b, 'report.html')], { encoding: 'utf8' });
    } catch (e) {
      raw = String((e as { stdout: string }).stdout);
    }
    const changedLines = [...raw.matchAll(/^(\d+)(?:,(\d+))?[acd](\d+)(?:,(\d+))?$/gm)].flatMap((m) => {
      const from = Number(m[3]);
      const to = Number(m[4] ?? m[3]);
      return Array.from({ length: to - from + 1 }, (_, i) => from + i);
    });
    expect(changedLines.length).toBeGreaterThan(0);
    const unexplained = changedLines.filter((n) => {
      const line = htmlB[n - 1] ?? '';
      const ids = [...line.matchAll(/data-figure="([^"]+)"/g)].map((m) => m[1]!);
      return !ids.some((id) => changedIds.has(id)) && chartOf[n - 1] === null;
    });
    expect(unexplained.map((n) => `${n}: ${htmlB[n - 1]!.slice(0, 160)}`)).toEqual([]);
  });

  it('lists the revisions when built with --previous pointing at the older vintage', async () => {
    const { files } = await build({ dataDir: changedCopy(), previous: a });
    const html = files.get('report.html') as string;
    expect(html).toContain('Revised figures');
    // Named for readers, not by its id.
    const row = '<th scope="row">Intraregional exports, developing Latin America and the Caribbean, 2014</th>';
    expect(html).toContain(
      `${row}<td data-figure="previous-edition-intraregional-export-share:lac:2014">9.1</td><td data-figure="${LAC}">9.9</td>`,
    );
  });
});

describe('what changed since the previous edition (rebuilt from the same data)', () => {
  it('words the headline movement by the same rules: the 2015 edition, 2014 against 2013', async () => {
    const { files } = await build({ edition: 2015 });
    const html = files.get('report.html') as string;
    // 32.65 % in 2013 → 32.63 % in 2014: a change of -0.02 points, under the 0.1 threshold
    expect(html).toMatch(
      /Exports of developing economies that went to developing economies: broadly unchanged, <span data-figure="previous-edition-south-south-export-share:south:2013">32\.7<\/span> per cent in 2013 and <span data-figure="south-south-export-share:south:2014">32\.6<\/span> per cent in 2014\./,
    );
    expect(html).toContain('No figure printed in both editions was revised');
  });

  it('skips the missing year: the 2014 edition (data to 2013) is compared with 2011, the latest year before it', async () => {
    const { files } = await build({ edition: 2014 });
    const html = files.get('report.html') as string;
    // 31.60 % in 2011 → 32.65 % in 2013: +1.05 points
    expect(html).toMatch(
      /Exports of developing economies that went to developing economies: rose from <span data-figure="previous-edition-south-south-export-share:south:2011">31\.6<\/span> per cent in 2011 to <span data-figure="south-south-export-share:south:2013">32\.7<\/span> per cent in 2013\./,
    );
  });
});
