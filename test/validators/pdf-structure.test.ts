import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config';
import { blocksAtFoot, blocksOf, underfilledPages } from '../pdf/page-layout';
import { buildDefaultReport } from './report-build';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });

// The default report's PDF, read back with poppler and pdf-lib: tags, outline, fonts, metadata,
// contents page numbers, blocks kept whole, nothing off the page. Failures name the page.
describe('report.pdf is an archivable, accessible publication', () => {
  let pdf: string;
  let html: string;
  let pages: string[];
  beforeAll(async () => {
    ({ pdf, html } = await buildDefaultReport());
    pages = run('pdftotext', ['-layout', pdf, '-']).split('\f');
  });

  it('is tagged, with title, subject, author and language set', async () => {
    const info = run('pdfinfo', [pdf]);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+State of South-South Cooperation/);
    expect(info).toMatch(/Subject:\s+\S/);
    expect(info).toMatch(/Author:\s+\S/);
    const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
    expect(doc.catalog.lookupMaybe(PDFName.of('Lang'), PDFString, PDFHexString)?.decodeText()).toBe('en');
    expect(doc.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
  });

  // After the cover, the title-page verso and the foreword.
  const contentsPage = () => pages.find((p) => /^\s*Contents\s*$/m.test(p))!;

  it('has an outline with every chapter', async () => {
    const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false });
    const titles: string[] = [];
    const visit = (ref: unknown) => {
      for (let item = ref instanceof PDFRef ? doc.context.lookup(ref, PDFDict) : undefined; item; ) {
        titles.push(item.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText() ?? '');
        visit(item.get(PDFName.of('First')));
        const next = item.get(PDFName.of('Next'));
        item = next instanceof PDFRef ? doc.context.lookup(next, PDFDict) : undefined;
      }
    };
    visit(doc.catalog.lookup(PDFName.of('Outlines'), PDFDict).get(PDFName.of('First')));
    const contents = contentsPage();
    // The contents add each chapter's latest year of data, "(data to 2023)", which the outline does not.
    const chapters = [...contents.matchAll(/^\s*((?:\d+|Annex [A-Z])\. .*?)\s{2,}\d+\s*$/gm)].map((m) =>
      m[1]!.trim().replace(/ \(data to \d{4}\)$/, ''),
    );
    expect(chapters.length).toBeGreaterThan(3);
    for (const c of chapters) expect(titles, `outline lacks "${c}"`).toContain(c);
  });

  it('has no structural errors (qpdf --check)', () => {
    // qpdf exits non-zero on errors, which execFileSync turns into a failure with its output
    expect(run('qpdf', ['--check', pdf])).toMatch(/No syntax or stream encoding errors found/);
  });

  it('embeds every font', () => {
    const fonts = run('pdffonts', [pdf]).trim().split('\n').slice(2);
    for (const f of fonts) expect(f.split(/\s+/).at(-5), `not embedded: ${f}`).toBe('yes');
  });

  it('gives in its contents the pages where the headings are', () => {
    const entries = [...contentsPage().matchAll(/^\s*(\S.*?)\s{2,}(\d+)\s*$/gm)].map(
      (m) => [m[1]!.trim().replace(/ \(data to \d{4}\)$/, ''), Number(m[2])] as const,
    );
    expect(entries.length).toBeGreaterThan(3);
    for (const [title, page] of entries) {
      const text = pages[page - 1]!.replace(/\s+/g, ' ');
      expect(text, `contents say "${title}" is on page ${page}`).toContain(title);
    }
  });

  it('keeps every numbered chapter figure and table on one page, from its label to its source line', () => {
    // The long lists that print.css lets run over pages (break-inside: auto), row by row with their
    // header repeated: each must reach its source line on a following page whose first row is that header.
    const css = readFileSync(join(ROOT, 'templates', 'print.css'), 'utf8');
    const runOver = new Set([...(/^([^{]*)\{ break-inside: auto; \}/m.exec(css)?.[1] ?? '').matchAll(/#([a-z-]+)/g)].map((m) => m[1]!));
    const labels = new Map(
      [
        ...readFileSync(html, 'utf8').matchAll(
          /<figure class="table-figure" id="([a-z-]+)">\n<table>\n<caption><span class="label">([^<]+)<\/span>/g,
        ),
      ]
        .filter((m) => runOver.has(m[1]!))
        .map((m) => [m[2]!, m[1]!]),
    );
    const continues = (label: string, i: number) => {
      const words = (l: string) => l.trim().replace(/\s+/g, ' ');
      const header = pages[i]!.slice(pages[i]!.indexOf(label))
        .split('\n')
        .find((l, k) => k > 0 && /\S\s{2,}\S/.test(l));
      for (let j = i + 1; j < pages.length && header; j++) {
        if (
          !pages[j]!.split('\n')
            .filter((l) => l.trim())
            .slice(0, 3)
            .some((l) => words(l) === words(header))
        )
          return false;
        if (/\n\s*Sources?: /.test(pages[j]!)) return true;
      }
      return false;
    };
    const split: string[] = [];
    pages.forEach((page, i) => {
      if (/Annex [A-Z]\./.test(page.split('\n').slice(0, 3).join(' '))) return; // annex lists may run over pages, with repeated headers
      for (const m of page.matchAll(/(Figure|Table) (\d+)\.(\d+)\. /g)) {
        if (/\n\s*Sources?: /.test(page.slice(m.index))) continue;
        if (labels.has(m[0].trim()) && continues(m[0].trim(), i)) continue;
        split.push(`${m[0].trim()} on page ${i + 1}`);
      }
    });
    expect(split, `label and source line on different pages: ${split.join(', ')}`).toEqual([]);
  });

  it('ends no page with a heading or a table caption whose content is overleaf', () => {
    const blocks = blocksOf(readFileSync(html, 'utf8'));
    expect(blocks.length).toBeGreaterThan(50);
    const atFoot = blocksAtFoot(pages, blocks, 2);
    expect(atFoot, atFoot.join('\n')).toEqual([]);
  });

  it('fills every page at least a third, except the page before a chapter', () => {
    // The type area is inside 22 mm margins (print.css); a chapter, the contents and the notes start a page.
    const starts = (text: string) => /^(\d+\. |Annex [A-Z]\. |Contents|Explanatory notes)/.test(text);
    const under = underfilledPages(run('pdftotext', ['-bbox', pdf, '-']), (22 / 25.4) * 72, 1 / 3, starts);
    expect(under, under.join('\n')).toEqual([]);
  });

  it('prints at full size: the cover is coloured to the foot and the edges of its page', () => {
    // Chromium shrinks every page when anything is wider than the column; the cover then stops short.
    const pgm = execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '20', '-gray', pdf], { maxBuffer: 2 ** 24 });
    const [, w, h] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 20).toString('latin1'))!.map(Number) as [unknown, number, number];
    const pixels = pgm.subarray(pgm.length - w * h);
    // One pixel (1.3 mm) in from each corner: the outermost column is only partly on the page.
    const corners = [w + 1, 2 * w - 2, (h - 2) * w + 1, (h - 1) * w - 2].map((i) => pixels[i]!);
    for (const grey of corners) expect(grey, 'a corner of the cover is white').toBeLessThan(200);
  });

  it('has no text outside the page', () => {
    const bbox = run('pdftotext', ['-bbox', pdf, '-']);
    const off: string[] = [];
    let page = 0;
    let width = 0;
    let height = 0;
    for (const line of bbox.split('\n')) {
      const p = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
      if (p) [page, width, height] = [page + 1, Number(p[1]), Number(p[2])];
      const w = /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*)<\/word>/.exec(line);
      if (w && (Number(w[1]) < 0 || Number(w[2]) < 0 || Number(w[3]) > width || Number(w[4]) > height)) off.push(`page ${page}: "${w[5]}"`);
    }
    expect(off, off.slice(0, 10).join('\n')).toEqual([]);
  });
});
