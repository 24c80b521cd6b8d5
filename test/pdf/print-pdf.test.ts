import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../helpers/build';

const pdftotext = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-'], { encoding: 'utf8' });

// A real Chromium prints the small fixture's report; the PDF is read back with poppler.
describe('the printed PDF', () => {
  let pdf: string;
  let bytes: Uint8Array;
  beforeAll(async () => {
    const { out, files } = await build({ pdf: true });
    pdf = join(out, 'report.pdf');
    bytes = files.get('report.pdf') as Uint8Array;
  });

  it('is byte-identical when printed again (the manifest records its sha256)', async () => {
    const again = await build({ pdf: true });
    expect(Buffer.compare(Buffer.from(again.files.get('report.pdf') as Uint8Array), Buffer.from(bytes))).toBe(0);
    const manifest = JSON.parse(again.files.get('manifest.json') as string) as { outputs: Record<string, string> };
    expect(manifest.outputs['report.pdf']).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
  });

  it('has the report text, with its numbers and source lines', () => {
    const text = pdftotext(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('State of South-South Cooperation');
    expect(text).toMatch(/\d\. Trade among developing countries/);
    // 32.6: share of developing economies' exports going to developing economies in 2014, worked
    // out from the fixture by hand (598,163 / 1,833,087 million dollars).
    expect(text).toContain('32.6 per cent in 2014');
    expect(text).toContain('16.4');
    expect(text).toContain('39.1');
    expect(text).toContain('Source: calculations based on Barbieri, Katherine and Omar M.G. Keshk. 2016');
  });

  it('is A4, tagged, with every font embedded and its metadata set', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    expect(info).toMatch(/Title:\s+State of South-South Cooperation: 2026 edition/);
    expect(info).toMatch(/Subject:\s+\S/);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f.split(/\s+/).at(-5), f).toBe('yes');
  });

  it('numbers its pages and gives each section the page its heading is on', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pdftotext(pdf, 2)).toContain(`Page 2 of ${pages}`);
    // The contents follow the cover, the title-page verso and the foreword, where there is one.
    const contents = [2, 3, 4, 5].map((n) => pdftotext(pdf, n)).find((t) => /^\s*Contents\s*$/m.test(t))!;
    // Each chapter's entry ends in its latest year of data, "(data to 2014)", which its heading does not.
    const entries = [...contents.matchAll(/^\s*(\S.*?)\s{2,}(\d+)\s*$/gm)].map(
      (m) => [m[1]!.replace(/ \(data to \d{4}\)$/, ''), Number(m[2])] as const,
    );
    expect(entries[0]![0]).toBe('Explanatory notes');
    expect(entries.map((e) => e[0])).toContainEqual(expect.stringMatching(/^\d\. Trade among developing countries$/));
    expect(entries.map((e) => e[0])).toContainEqual('Annex A. Sources and definitions');
    for (const [title, page] of entries) expect(pdftotext(pdf, page), title).toContain(title);
  });

  it('carries the chapter title in the running header of its pages', () => {
    const page = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    const heading = /(\d)\. Trade among developing countries/.exec(page.join(' '))!;
    const chapterPages = page.filter((p) => p.includes(`Table ${heading[1]}.1.`));
    expect(chapterPages.length).toBeGreaterThan(0);
    for (const p of chapterPages) expect(p.split('\n').slice(0, 3).join(' ')).toContain(heading[0]);
  });
});
