import { parse } from 'csv-parse/sync';
import { Worker } from 'node:worker_threads';
import { InputError, type Problem } from '../errors';
import * as msg from '../messages';
import { parseChunk, type Chunk, type EncodedColumn } from './parse-chunk.mjs';

/** A CSV file as text cells, before any validation, held column by column. */
export interface RawTable {
  /** Path as the user should see it in messages, e.g. `data/trade/cow-bilateral-exports.csv`. */
  file: string;
  header: string[];
  /** Number of data records, header excluded. */
  length: number;
  /** Column `c` (a position in `header`) as distinct texts and one code per record. */
  column(c: number): EncodedColumn;
  /** How many cells each record has; a record whose count differs from the header's is an error. */
  cells: Uint32Array;
  /** The records as arrays of cells, built on first use (tests and small tables). */
  readonly records: string[][];
  /** The 1-based line in the file where data record `index` starts. */
  lineOf(index: number): number;
}

/** Files larger than this are parsed by two worker threads, one half each. */
export const PARALLEL_BYTES = 2 ** 20;

/**
 * Parses CSV text (RFC 4180, UTF-8, an optional byte-order mark) into a RawTable.
 *
 * @example readCsv('data/x.csv', 'a,b\n1,2\n').records // [['1', '2']]
 */
export function readCsv(file: string, text: string | Uint8Array): RawTable {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const header = readHeader(file, bytes);
  let chunk: Chunk;
  try {
    chunk = parseChunk(bytes.subarray(header.end), { bom: false, width: header.names.length, keepRows: true });
  } catch {
    throw wholeFileError(file, bytes);
  }
  return rawTable(file, bytes, header.names, [chunk]);
}

/**
 * The same as readCsv, with the body split at a record boundary and the halves parsed by two
 * worker threads at once: csv-parse takes 0.7 s for the 328,000 trade rows on one core.
 */
export async function readCsvParallel(file: string, bytes: Uint8Array, parts = 2): Promise<RawTable> {
  const header = readHeader(file, bytes);
  const bounds = splitRecords(bytes, header.end, parts);
  const chunks = await Promise.all(
    bounds.slice(0, -1).map((start, i) => parseInWorker(bytes.subarray(start, bounds[i + 1]), header.names.length)),
  ).catch(() => {
    throw wholeFileError(file, bytes);
  });
  return rawTable(file, bytes, header.names, chunks);
}

function readHeader(file: string, bytes: Uint8Array): { names: string[]; end: number } {
  let start = 0;
  while (start < bytes.length && (bytes[start] === 0x0a || bytes[start] === 0x0d)) start++;
  const end = splitRecords(bytes, start, 1, true)[1]!;
  let rows: string[][];
  try {
    rows = parse(Buffer.from(bytes.subarray(0, end)), { bom: true, skip_empty_lines: true });
  } catch {
    throw wholeFileError(file, bytes);
  }
  const names = rows[0] ?? [];
  if (names.length === 0) throw new InputError([{ file, line: 1, message: msg.emptyFile() }]);
  return { names, end };
}

/**
 * Offsets that cut bytes[from..] into `parts` pieces, each ending after a line break that lies
 * outside quotes (an even number of `"` before it: RFC 4180 escapes a quote by doubling it).
 * With `first`, the only cut is after the first record.
 */
function splitRecords(bytes: Uint8Array, from: number, parts: number, first = false): number[] {
  const cuts = [from];
  let quotes = 0;
  let target = first ? from : from + Math.ceil((bytes.length - from) / parts);
  for (let i = from; i < bytes.length && cuts.length < parts + (first ? 1 : 0); i++) {
    const b = bytes[i];
    if (b === 0x22) quotes++;
    else if (b === 0x0a && i >= target && quotes % 2 === 0) {
      cuts.push(i + 1);
      target = i + 1 + Math.ceil((bytes.length - from) / parts);
    }
  }
  if (cuts[cuts.length - 1] !== bytes.length) cuts.push(bytes.length);
  return cuts;
}

function parseInWorker(bytes: Uint8Array, width: number): Promise<Chunk> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-chunk.mjs', import.meta.url), {
      workerData: { parseChunk: true, bytes, options: { bom: false, width, keepRows: false } },
    });
    worker.once('message', (chunk: Chunk) => {
      resolve(chunk);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/**
 * A RawTable from parsed chunks, their dictionaries joined so that each column has one list of
 * distinct texts (also used to restore a table from the parse cache).
 */
export function rawTable(file: string, bytes: Uint8Array, header: string[], chunks: Chunk[]): RawTable {
  const length = chunks.reduce((n, c) => n + c.length, 0);
  const cells = new Uint32Array(length);
  let offset = 0;
  for (const c of chunks) {
    cells.set(c.cells, offset);
    offset += c.length;
  }
  const columns = header.map((_, col) => mergeColumns(chunks.map((c) => c.columns[col]!)));
  let records: string[][] | undefined = chunks.length === 1 && chunks[0]!.rows ? chunks[0]!.rows : undefined;
  let lines: number[] | undefined;
  return {
    file,
    header,
    length,
    cells,
    column: (c) => columns[c]!,
    get records() {
      records ??= Array.from({ length }, (_, i) => columns.slice(0, cells[i]).map((col) => col.values[col.codes[i]!]!));
      return records;
    },
    lineOf(index) {
      // Asked only when something is wrong; csv-parse's line information costs three times the parse.
      lines ??= recordLines(bytes);
      return lines[index + 1] ?? NaN;
    },
  };
}

function mergeColumns(parts: EncodedColumn[]): EncodedColumn {
  if (parts.length === 1) return parts[0]!;
  const index = new Map<string, number>();
  const values: string[] = [];
  const codes = new Uint32Array(parts.reduce((n, p) => n + p.codes.length, 0));
  let offset = 0;
  for (const part of parts) {
    const remap = part.values.map((v) => {
      let k = index.get(v);
      if (k === undefined) index.set(v, (k = values.push(v) - 1));
      return k;
    });
    for (let i = 0; i < part.codes.length; i++) codes[offset + i] = remap[part.codes[i]!]!;
    offset += part.codes.length;
  }
  return { values, codes };
}

/**
 * The line where each record (header included) starts. csv-parse reports the byte offset where a
 * record ends (ctx.bytes); the next one starts after any blank lines from there. Counting "\n"
 * bytes rather than csv-parse's own line count keeps CRLF files, and CRLF inside quotes, right.
 */
function recordLines(bytes: Uint8Array): number[] {
  const ends: number[] = [];
  parse(Buffer.from(bytes), {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    on_record: (_: string[], ctx: { bytes: number }) => {
      ends.push(ctx.bytes);
      return null;
    },
  });
  const out: number[] = [];
  let line = 1;
  let at = 0;
  for (let r = 0; r < ends.length; r++) {
    while (at < bytes.length && (bytes[at] === 0x0a || bytes[at] === 0x0d)) if (bytes[at++] === 0x0a) line++;
    out.push(line);
    for (; at < ends[r]!; at++) if (bytes[at] === 0x0a) line++;
  }
  return out;
}

/** The line of the quote that opens a quoted cell and never closes, or undefined if none does. */
function unclosedQuoteLine(bytes: Uint8Array): number | undefined {
  let line = 1;
  let quoted = false;
  let openedAt = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    else if (b === 0x22) {
      if (quoted && bytes[i + 1] === 0x22)
        i++; // "" inside quotes is an escaped quote
      else if ((quoted = !quoted)) openedAt = line;
    }
  }
  return quoted ? openedAt : undefined;
}

/**
 * A piece of the file failed to parse; its line numbers count from the piece's start, so the
 * whole file is parsed again to say where the problem is in it.
 */
function wholeFileError(file: string, bytes: Uint8Array): InputError {
  try {
    parse(Buffer.from(bytes), { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    // csv-parse names the line where the file ends; the quote that never closed is what to fix.
    if ((error as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED') {
      const line = unclosedQuoteLine(bytes);
      return new InputError([{ file, line, message: msg.csvSyntax('CSV_QUOTE_NOT_CLOSED', msg.unclosedQuote()) }]);
    }
    return syntaxError(file, error);
  }
  return syntaxError(file, new Error('the file could not be parsed'));
}

function syntaxError(file: string, error: unknown): InputError {
  const e = error as { code?: string; lines?: number; index?: number; message?: string };
  // csv-parse gives the 0-based position of the field it was reading, where it knows one.
  const column = typeof e.index === 'number' ? e.index + 1 : undefined;
  const problem: Problem = { file, line: e.lines, column, message: msg.csvSyntax(e.code ?? 'CSV_ERROR', e.message ?? String(error)) };
  return new InputError([problem]);
}
