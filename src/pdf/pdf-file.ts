import { inflateSync } from 'node:zlib';
import { PDFArray, PDFContext, PDFDict, PDFName, PDFNumber, PDFObjectParser, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';

/**
 * A read-only view of a PDF written with a classic cross-reference table, as Chromium (Skia/PDF)
 * writes them. Objects are parsed when asked for, with pdf-lib's object parser: loading the whole
 * report with pdf-lib's PDFDocument takes a quarter of a second, reading the few objects the
 * printer needs takes milliseconds.
 *
 * @example new PdfFile(bytes).destinations() // { 'explanatory-notes': 3, trade: 7, … }
 */
export class PdfFile {
  /** Byte offset of each object, by object number (the newest revision wins). */
  private readonly offsets = new Map<number, number>();
  private readonly parsed = new Map<number, PDFObject>();
  private readonly context = PDFContext.create();
  readonly trailer: PDFDict;

  constructor(readonly bytes: Uint8Array) {
    const tail = latin1(bytes, Math.max(0, bytes.length - 1024), bytes.length);
    const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    if (!start) throw new Error('the PDF does not end with startxref');
    let trailer: PDFDict | undefined;
    for (let at: number | undefined = Number(start[1]); at !== undefined; ) {
      const section = this.readXref(at);
      trailer ??= section;
      const prev = section.get(PDFName.of('Prev'));
      at = prev instanceof PDFNumber ? prev.asNumber() : undefined;
    }
    this.trailer = trailer!;
  }

  /** The object a reference points to (or the object itself, if it is not a reference). */
  lookup(value: PDFObject | undefined): PDFObject | undefined {
    if (!(value instanceof PDFRef)) return value;
    const n = value.objectNumber;
    let object = this.parsed.get(n);
    if (object === undefined) {
      const offset = this.offsets.get(n);
      if (offset === undefined) return undefined;
      const head = /^\s*\d+\s+\d+\s+obj\b/.exec(latin1(this.bytes, offset, offset + 40));
      if (!head) throw new Error(`object ${n} is not at offset ${offset}`);
      object = PDFObjectParser.forBytes(this.bytes.subarray(offset + head[0].length), this.context).parseObject();
      this.parsed.set(n, object);
    }
    return object;
  }

  dict(value: PDFObject | undefined): PDFDict | undefined {
    const d = this.lookup(value);
    return d instanceof PDFDict ? d : undefined;
  }

  /** The document catalog. */
  get catalog(): PDFDict {
    const root = this.dict(this.trailer.get(PDFName.of('Root')));
    if (!root) throw new Error('the PDF has no catalog');
    return root;
  }

  /** References to the pages, in order. */
  pages(): PDFRef[] {
    const out: PDFRef[] = [];
    const walk = (ref: PDFObject | undefined) => {
      const node = this.dict(ref);
      if (!node) return;
      const kids = this.lookup(node.get(PDFName.of('Kids')));
      if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) walk(kids.get(i));
      else if (ref instanceof PDFRef) out.push(ref);
    };
    walk(this.catalog.get(PDFName.of('Pages')));
    return out;
  }

  /**
   * The page (1-based) each named destination points to. Chromium writes one for every element a
   * link in the document points to (`<a href="#trade">`), in the catalog's /Dests dictionary;
   * other writers use the /Names tree, also read here.
   */
  destinations(): Record<string, number> {
    const pageOf = new Map(this.pages().map((p, i) => [p.objectNumber, i + 1]));
    const out: Record<string, number> = {};
    const record = (name: string, dest: PDFObject | undefined) => {
      const value = this.lookup(dest);
      const array = value instanceof PDFDict ? this.lookup(value.get(PDFName.of('D'))) : value;
      const page = array instanceof PDFArray ? array.get(0) : undefined;
      if (page instanceof PDFRef && pageOf.has(page.objectNumber)) out[name] = pageOf.get(page.objectNumber)!;
    };
    for (const [key, value] of this.dict(this.catalog.get(PDFName.of('Dests')))?.entries() ?? []) record(key.decodeText(), value);
    const walk = (node: PDFDict | undefined) => {
      if (!node) return;
      const names = this.lookup(node.get(PDFName.of('Names')));
      for (let i = 0; names instanceof PDFArray && i + 1 < names.size(); i += 2)
        record((this.lookup(names.get(i)) as unknown as { decodeText(): string }).decodeText(), names.get(i + 1));
      const kids = this.lookup(node.get(PDFName.of('Kids')));
      for (let i = 0; kids instanceof PDFArray && i < kids.size(); i++) walk(this.dict(kids.get(i)));
    };
    walk(this.dict(this.dict(this.catalog.get(PDFName.of('Names')))?.get(PDFName.of('Dests'))));
    return out;
  }

  /** A stream's bytes, inflated if they are Flate-encoded; undefined for any other filter. */
  streamData(value: PDFObject | undefined): Uint8Array | undefined {
    const stream = this.lookup(value);
    if (!(stream instanceof PDFRawStream)) return undefined;
    const filter = this.lookup(stream.dict.get(PDFName.of('Filter')));
    if (filter === undefined) return stream.contents;
    if (filter === PDFName.of('FlateDecode')) return inflateSync(stream.contents);
    return undefined;
  }

  /** Reads one cross-reference section and returns its trailer dictionary. */
  private readXref(at: number): PDFDict {
    const text = latin1(this.bytes, at, this.bytes.length);
    if (!text.startsWith('xref')) throw new Error('the PDF has no classic cross-reference table (a cross-reference stream?)');
    const section = /^xref\s+((?:\d+\s+\d+\s+(?:\d{10}\s\d{5}\s[nf]\s*)*)*)trailer\s*/.exec(text);
    if (!section) throw new Error(`unreadable cross-reference table at offset ${at}`);
    const lines = section[1]!.trim().split(/\s+/);
    for (let i = 0; i < lines.length; ) {
      const first = Number(lines[i++]);
      const count = Number(lines[i++]);
      for (let k = 0; k < count; k++, i += 3) {
        if (lines[i + 2] === 'n' && !this.offsets.has(first + k)) this.offsets.set(first + k, Number(lines[i]));
      }
    }
    const trailer = PDFObjectParser.forBytes(this.bytes.subarray(at + section[0].length), this.context).parseObject();
    if (!(trailer instanceof PDFDict)) throw new Error(`no trailer dictionary after the cross-reference table at offset ${at}`);
    return trailer;
  }
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, to - from)).toString('latin1');
}
