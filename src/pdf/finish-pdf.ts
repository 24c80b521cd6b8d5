import type { ReplacedObject } from './fill-contents';

/** What the PDF's document information says about it. */
export interface PdfMetadata {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  language: string;
  /** The date the report is as of (from the edition, never the clock). */
  date: Date;
}

/**
 * Sets the document information Chromium leaves out (subject, author, keywords) and replaces its
 * print-time dates with the edition's, so that the same HTML printed by the same Chromium gives
 * the same bytes (measured: two prints differ only in those dates).
 *
 * Chromium's bytes are kept as they are, the tagged structure and the outline included: the dates
 * are overwritten in place (same length), and the new document information is appended as an
 * incremental update (ISO 32000-1, 7.5.6), which takes milliseconds where re-writing the whole
 * file with a PDF library took 0.6 s. `replaced` objects (the filled-in contents page) go into
 * the same update.
 */
export function finishPdf(bytes: Uint8Array, meta: PdfMetadata, replaced: readonly ReplacedObject[] = []): Uint8Array {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const date = pdfDate(meta.date);
  const patched = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}[+-Z][^)]*\)/g, (m, key: string) => {
    const value = `/${key} (${date})`;
    if (value.length !== m.length) throw new Error(`unexpected date in the PDF: ${m}`);
    return value;
  });
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$/.exec(patched);
  const info = trailer && /\/Info (\d+) 0 R/.exec(trailer[1]!);
  const root = trailer && /\/Root (\d+) 0 R/.exec(trailer[1]!);
  const size = trailer && /\/Size (\d+)/.exec(trailer[1]!);
  if (!trailer || !info || !root || !size) throw new Error('the PDF has no classic cross-reference trailer to update');

  const entries: [string, string][] = [
    ['Title', meta.title],
    ['Author', meta.author],
    ['Subject', meta.subject],
    ['Keywords', meta.keywords.join('; ')],
    ['Creator', 'ssc-report'],
    ['Producer', 'ssc-report with Chromium (Skia/PDF)'],
  ];
  const dict = `<<${entries.map(([k, v]) => `/${k} ${pdfText(v)}`).join('\n')}\n/CreationDate (${date})\n/ModDate (${date})>>`;
  const objects = [
    { number: Number(info[1]), body: `${info[1]} 0 obj\n${dict}\nendobj\n` },
    ...replaced.map((o) => ({ number: o.number, body: Buffer.from(o.body).toString('latin1') })),
  ];
  objects.sort((a, b) => a.number - b.number);
  let body = patched.endsWith('\n') ? '' : '\n';
  const offsets: string[] = [];
  for (const o of objects) {
    offsets.push(`${o.number} 1\n${String(patched.length + body.length).padStart(10, '0')} 00000 n \n`);
    body += o.body;
  }
  const xrefAt = patched.length + body.length;
  const xref = `xref\n0 1\n0000000000 65535 f \n${offsets.join('')}`;
  const update =
    `trailer\n<</Size ${size[1]}\n/Root ${root[1]} 0 R\n/Info ${info[1]} 0 R\n/Prev ` + `${trailer[2]}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(patched + body + xref + update, 'latin1');
}

/** A PDF date string, "D:20141231000000+00'00'", in UTC. */
function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const date = `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}`;
  return `D:${date}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}+00'00'`;
}

/** A PDF text string as UTF-16BE with a byte-order mark, in hex: safe for any character. */
function pdfText(s: string): string {
  const utf16 = Buffer.from(s, 'utf16le').swap16();
  return `<FEFF${utf16.toString('hex').toUpperCase()}>`;
}
