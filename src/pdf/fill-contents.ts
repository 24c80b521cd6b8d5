import { deflateSync } from 'node:zlib';
import { PDFArray, type PDFDict, PDFName, PDFNumber, PDFRef, type PDFObject } from 'pdf-lib';
import { PdfFile } from './pdf-file';

/**
 * What the contents show for a page number before the PDF is printed: as many zeros as the widest
 * number may have. Zeros are as wide as every other digit in the report's typeface (its figures
 * are tabular), so a number written over them lands where Chromium would have set it.
 */
export const PLACEHOLDER = '000';

/** A PDF object to write again, whole (`N 0 obj … endobj`), in an incremental update. */
export interface ReplacedObject {
  number: number;
  body: Uint8Array;
}

/**
 * Writes the page numbers of a table of contents into a PDF printed once, with PLACEHOLDER where
 * each number goes. Chromium cannot number the pages links point to (no CSS target-counter), and
 * printing twice doubles the PDF stage: instead, the page each link's target is on is read from
 * the PDF's destinations, and the placeholder glyphs in the contents page's content stream are
 * replaced by the glyphs of those digits (leading zeros dropped, which keeps the numbers
 * right-aligned). Only glyph codes inside the text-showing operators change: the tagged
 * structure, the links and every position stay as Chromium wrote them.
 *
 * Returns the rewritten content streams, or null when the PDF is not as expected (no page with
 * exactly one placeholder per entry, a digit the embedded font lacks or sets wider than a zero,
 * a number wider than the placeholder): the caller then prints a second time instead.
 *
 * @param targets the ids the contents link to, in the order they are listed
 */
export function fillContents(pdf: Uint8Array, targets: readonly string[]): ReplacedObject[] | null {
  const file = new PdfFile(pdf);
  const pages = file.destinations();
  const numbers = targets.map((id) => pages[id]);
  if (numbers.some((n) => n === undefined || String(n).length > PLACEHOLDER.length)) return null;
  for (const pageRef of file.pages()) {
    const page = file.dict(pageRef)!;
    const fonts = file.dict(file.dict(page.get(PDFName.of('Resources')))?.get(PDFName.of('Font')));
    const contents = file.lookup(page.get(PDFName.of('Contents')));
    // Chromium writes one content stream per page.
    const ref = page.get(PDFName.of('Contents'));
    if (!fonts || !(ref instanceof PDFRef) || contents instanceof PDFArray) continue;
    const data = file.streamData(ref);
    if (!data) continue;
    const text = Buffer.from(data).toString('latin1');
    const digits = new Map<string, FontDigits | null>();
    const digitsOf = (font: string) => {
      if (!digits.has(font)) digits.set(font, fontDigits(file, fonts.get(PDFName.of(font))));
      return digits.get(font)!;
    };
    const blocks = [...text.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)].filter((m) => isPlaceholder(m[1]!, digitsOf));
    if (blocks.length === 0) continue;
    if (blocks.length !== targets.length) return null;
    let patched = '';
    let last = 0;
    for (const [i, block] of blocks.entries()) {
      const font = /\/(\S+)\s+[\d.]+\s+Tf/.exec(block[1]!)![1]!;
      const glyphs = digitsOf(font)!;
      const shown = String(numbers[i]).padStart(PLACEHOLDER.length, ' ');
      let slot = 0;
      const body = block[0].replace(/<[0-9A-Fa-f]+>\s*Tj/g, () => {
        const ch = shown[slot++]!;
        return ch === ' ' ? '' : `<${glyphs.gid[Number(ch)]}> Tj`;
      });
      patched += text.slice(last, block.index) + body;
      last = block.index! + block[0].length;
    }
    patched += text.slice(last);
    const stream = deflateSync(Buffer.from(patched, 'latin1'));
    const head = Buffer.from(`${ref.objectNumber} 0 obj\n<</Filter /FlateDecode\n/Length ${stream.length}>> stream\n`, 'latin1');
    return [{ number: ref.objectNumber, body: Buffer.concat([head, stream, Buffer.from('\nendstream\nendobj\n', 'latin1')]) }];
  }
  return null;
}

/** The glyph code (hex, as the content stream writes it) of each digit 0-9 in an embedded font. */
interface FontDigits {
  gid: string[];
}

/**
 * True when a text object shows exactly the placeholder: one font, and as many `<zero> Tj` as the
 * placeholder has digits, with nothing but positioning between them.
 */
function isPlaceholder(block: string, digitsOf: (font: string) => FontDigits | null): boolean {
  const font = /\/(\S+)\s+[\d.]+\s+Tf/.exec(block);
  const shows = [...block.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)];
  if (!font || shows.length !== PLACEHOLDER.length) return false;
  const rest = block
    .replace(/<[0-9A-Fa-f]+>\s*Tj/g, ' ')
    .replace(/\/\S+\s+[\d.]+\s+Tf/, ' ')
    .replace(/(-?[\d.]+\s+){6}Tm|(-?[\d.]+\s+){2}Td/g, ' ');
  if (rest.trim() !== '') return false;
  const digits = digitsOf(font[1]!);
  return digits !== null && shows.every((s) => s[1]!.toLowerCase() === digits.gid[0]!.toLowerCase());
}

/**
 * The glyph codes of the digits in a Type 0 font, read from its ToUnicode map, or null unless all
 * ten are there (a subset holds only glyphs the document used) and all are as wide as the zero.
 */
function fontDigits(file: PdfFile, ref: PDFObject | undefined): FontDigits | null {
  const font = file.dict(ref);
  if (!font || font.get(PDFName.of('Subtype')) !== PDFName.of('Type0')) return null;
  const cmap = file.streamData(font.get(PDFName.of('ToUnicode')));
  if (!cmap) return null;
  const codeOf = new Map<number, string>();
  const text = Buffer.from(cmap).toString('latin1');
  for (const section of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of section[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) codeOf.set(parseInt(m[2]!, 16), m[1]!);
  }
  for (const section of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of section[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [lo, hi, to] = [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
      for (let c = lo; c <= hi; c++) codeOf.set(to + c - lo, c.toString(16).padStart(m[1]!.length, '0'));
    }
  }
  const gid = Array.from({ length: 10 }, (_, d) => codeOf.get(0x30 + d));
  if (gid.some((g) => g === undefined)) return null;
  const widthOf = glyphWidths(file, font);
  const zero = widthOf(parseInt(gid[0]!, 16));
  if (gid.some((g) => widthOf(parseInt(g!, 16)) !== zero)) return null;
  return { gid: gid as string[] };
}

/** Widths of a Type 0 font's glyphs, from its descendant font's /W and /DW (ISO 32000-1, 9.7.4.3). */
function glyphWidths(file: PdfFile, font: PDFDict): (gid: number) => number {
  const out = new Map<number, number>();
  const descendants = file.lookup(font.get(PDFName.of('DescendantFonts')));
  const cid = descendants instanceof PDFArray ? file.dict(descendants.get(0)) : undefined;
  const w = file.lookup(cid?.get(PDFName.of('W')));
  const num = (o: PDFObject | undefined) => (o instanceof PDFNumber ? o.asNumber() : NaN);
  for (let i = 0; w instanceof PDFArray && i < w.size(); ) {
    const first = num(file.lookup(w.get(i)));
    const next = file.lookup(w.get(i + 1));
    if (next instanceof PDFArray) {
      for (let k = 0; k < next.size(); k++) out.set(first + k, num(file.lookup(next.get(k))));
      i += 2;
    } else {
      const last = num(next);
      const width = num(file.lookup(w.get(i + 2)));
      for (let c = first; c <= last; c++) out.set(c, width);
      i += 3;
    }
  }
  const dw = num(file.lookup(cid?.get(PDFName.of('DW'))));
  return (gid) => out.get(gid) ?? (Number.isNaN(dw) ? 1000 : dw);
}
