import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillContents } from '../../src/pdf/fill-contents';
import { findBrowser } from '../../src/pdf/find-browser';
import { launchPrinter, type Printer } from '../../src/pdf/print-pdf';
import { PdfFile } from '../../src/pdf/pdf-file';
import { FONT_FACES, FONT_FAMILY, fontBytes } from '../../src/fonts';

const meta = { title: 't', subject: 's', author: 'a', keywords: [], language: 'en', date: new Date(Date.UTC(2014, 11, 31)) };
const face = FONT_FACES.find((f) => f.weight === 400 && f.style === 'normal')!;

/**
 * A document like the report's front matter: contents linking to `sections`, each starting a page
 * and `filler` pages long. `digits` adds a line that uses every digit (as the report's text does).
 */
function documentWith(sections: number, filler: number, digits: boolean): string {
  const ids = Array.from({ length: sections }, (_, i) => `s${i + 1}`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>
@font-face { font-family: "${FONT_FAMILY}"; src: url(data:font/woff2;base64,${fontBytes(face).toString('base64')}) format("woff2"); }
@page { size: A4; margin: 20mm; }
body { font-family: "${FONT_FAMILY}"; font-size: 11pt; }
.toc { list-style: none; padding: 0; } .toc a { display: flex; } .toc-title { flex: 1 1 auto; }
.toc-page { flex: 0 0 12mm; text-align: right; font-variant-numeric: tabular-nums; }
section { break-before: page; } .filler { height: ${filler * 250}mm; }
</style></head><body>
<ol class="toc">${ids.map((id) => `<li><a href="#${id}"><span class="toc-title">Section ${id.toUpperCase().replace(/\d/g, '')}</span><span class="toc-page"></span></a></li>`).join('')}</ol>
${digits ? '<p>Figures: 0123456789.</p>' : ''}
${ids.map((id) => `<section id="${id}"><h2>Heading ${id}</h2><div class="filler"></div></section>`).join('\n')}
</body></html>`;
}

const saved = (pdf: Uint8Array) => {
  const file = join(mkdtempSync(join(tmpdir(), 'ssc-fill-')), 'x.pdf');
  writeFileSync(file, pdf);
  return file;
};
const pdftotext = (pdf: Uint8Array, page: number) =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', saved(pdf), '-'], { encoding: 'utf8' });

describe('the contents page numbers, written into a PDF printed once', () => {
  let printer: Printer;
  beforeAll(async () => {
    printer = await launchPrinter(findBrowser());
  });
  afterAll(() => printer?.close());

  it('are the pages the sections start on, right-aligned, from one print', async () => {
    // Eleven sections of two pages each after the contents: they start on pages 2, 4, … 22.
    const { bytes, prints } = await printer.print(documentWith(11, 1, true), meta);
    expect(prints).toBe(1);
    const numbers = [...pdftotext(bytes, 1).matchAll(/Section S\s+(\d+)\s*$/gm)].map((m) => m[1]);
    expect(numbers).toEqual(['2', '4', '6', '8', '10', '12', '14', '16', '18', '20', '22']);
    // Each section's heading is on the page the contents give.
    for (const [i, n] of numbers.entries()) expect(pdftotext(bytes, Number(n)), `section ${i + 1}`).toContain(`Heading s${i + 1}`);
    // One digit or two, the numbers end in the same column.
    const ends = pdftotext(bytes, 1)
      .split('\n')
      .filter((l) => /Section S\s+\d+\s*$/.test(l))
      .map((l) => l.trimEnd().length);
    expect(new Set(ends).size).toBe(1);
    expect(execFileSync('qpdf', ['--check', saved(bytes)], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
  });

  it('are printed a second time when the font has no other digits to write them with', async () => {
    // The only digits in the document are the placeholder zeros: the embedded subset lacks 1-9.
    const { bytes, prints } = await printer.print(documentWith(3, 0, false), meta);
    expect(prints).toBe(2);
    expect([...pdftotext(bytes, 1).matchAll(/Section S\s+(\d+)\s*$/gm)].map((m) => m[1])).toEqual(['2', '3', '4']);
  });

  it('finds nothing to fill in a PDF whose contents are numbered already', async () => {
    const { bytes } = await printer.print(documentWith(3, 0, true), meta);
    expect(fillContents(bytes, ['s1', 's2', 's3'])).toBeNull();
    expect(new PdfFile(bytes).destinations()).toEqual({ s1: 2, s2: 3, s3: 4 });
  });
});
