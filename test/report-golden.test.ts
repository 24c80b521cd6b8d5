import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, GOLDEN_FILES, GOLDEN_SMALL } from './helpers/build';

// The whole report for the small fixture, against golden files a person read before committing.
// On a mismatch the new version is written beside the golden as *-changed.* for review; only
// `npm run goldens:update` rewrites goldens.
describe('report for the small fixture', () => {
  it('matches the reviewed golden files', async () => {
    const { out } = await build();
    const mismatched: string[] = [];
    for (const f of GOLDEN_FILES) {
      const golden = join(GOLDEN_SMALL, f);
      const built = readFileSync(join(out, f), 'utf8');
      if (!existsSync(golden) || readFileSync(golden, 'utf8') !== built) {
        writeFileSync(golden.replace(/(\.[a-z]+(\.json)?)$/, '-changed$1'), built);
        mismatched.push(f);
      }
    }
    expect(mismatched, `differs from ${GOLDEN_SMALL}: see the *-changed files there`).toEqual([]);
  });

  it('is byte-identical whatever the time zone and locale', async () => {
    const saved = { TZ: process.env.TZ, LANG: process.env.LANG, LC_ALL: process.env.LC_ALL };
    const first = await build();
    Object.assign(process.env, { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' });
    try {
      const second = await build();
      for (const f of [...first.files.keys()]) expect(second.files.get(f), f).toEqual(first.files.get(f));
    } finally {
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
  });

  it('marks every printed figure with an id that the ledger lists, with a source', async () => {
    const { files, data } = await build();
    const html = files.get('report.html') as string;
    const ledger = new Map(
      (files.get('figures.csv') as string)
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => [l.split(',')[0]!, l]),
    );
    const marked = [...html.matchAll(/data-figure="([^"]+)"/g)].map((m) => m[1]!);
    expect(marked.length).toBeGreaterThan(20);
    const sources = new Set(data.sources.rows.map((s) => s.id));
    for (const id of marked) expect(ledger.has(id), id).toBe(true);
    for (const f of data ? [...ledger.values()] : []) {
      // the source column lists ids separated by ";" and each is defined in sources.csv
      const source = f.split(',')[6]!;
      for (const s of source.split(';')) expect(sources.has(s), `${f}: ${s}`).toBe(true);
    }
  });

  it('gives every table as many header cells as each of its rows has cells', async () => {
    const { files } = await build({ dataDir: 'data' });
    const html = files.get('report.html') as string;
    const bad: string[] = [];
    for (const t of html.matchAll(/<figure class="table-figure" id="([^"]+)">([\s\S]*?)<\/table>/g)) {
      const head = /<thead>\s*<tr>([\s\S]*?)<\/tr>/.exec(t[2]!);
      if (!head) continue;
      const width = (head[1]!.match(/<th[ >]/g) ?? []).length;
      for (const row of t[2]!.split('<tbody>')[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)) {
        const cells = (row[1]!.match(/<t[hd][ >]/g) ?? []).length;
        if (cells !== width) bad.push(`${t[1]}: ${width} header cells, a row with ${cells}`);
      }
    }
    expect([...new Set(bad)]).toEqual([]);
  });

  it('is one element per line, so that diffs are small', async () => {
    const { files } = await build();
    const html = files.get('report.html') as string;
    const long = html.split('\n').filter((l) => (l.match(/<(p|li|tr|h[1-6]|section|figure|table|blockquote)[ >]/g) ?? []).length > 1);
    expect(long).toEqual([]);
  });
});
