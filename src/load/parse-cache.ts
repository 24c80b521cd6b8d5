import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pruneCache, touchEntry, type CacheCap } from '../cache-prune';
import { ROOT } from '../config';
import { sha256Hex } from '../digest';
import type { Chunk, EncodedColumn } from './parse-chunk.mjs';
import { rawTable, type RawTable } from './read-csv';

/**
 * A cache of parsed CSV files, keyed by the sha256 of their bytes: parsing the two bilateral
 * trade files takes most of a build (csv-parse, 1.2 s on two cores), and they change once a year.
 * What is cached is the parse only (header, dictionary-encoded columns, cell counts): validation,
 * and everything after it, runs on every build. A file whose bytes change misses the cache.
 * Entries are written to a temporary name and renamed, so a reader never sees half an entry, and
 * each starts with the sha256 of the rest, checked on every read: a flipped bit in an entry once
 * changed 9 figures while the manifest showed the true input's hash. The folder keeps CSV_CACHE_CAP.
 */
export const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'ssc-report', 'csv');

/** The newest 32 parses and at most 512 MiB: the full data's make 9 MB, a year of data changes two or three. */
export const CSV_CACHE_CAP: CacheCap = { ext: '.bin', maxEntries: 32, maxBytes: 512 * 2 ** 20 };

/**
 * Bump when the cached layout or the parser's output changes. An entry is:
 *
 *   sha256 of all that follows (32 bytes) ─ u32 n ─ JSON of n bytes (Meta), padded with spaces to 4 bytes
 *     ─ cells ─ codes of each column
 *     ─ u32 length of each distinct text, all columns in turn ─ the distinct texts as one UTF-8 run
 *
 * Cell counts and codes take 1, 2 or 4 bytes each, as few as their largest value needs, each
 * array padded to 4 bytes: the trade files' entries are a third the size of 4-byte codes. The
 * texts are one string cut at known lengths, many times faster to read than a JSON array of them.
 */
const FORMAT = 'ssc-csv-3';

interface Meta {
  format: string;
  header: string[];
  /** Records. */
  length: number;
  /** Bytes per cell count. */
  cells: Width;
  /** Per column: how many distinct texts, and bytes per code. */
  columns: { count: number; width: Width }[];
  /** Bytes of the texts' UTF-8. */
  text: number;
}

type Width = 1 | 2 | 4;

/**
 * The name of the entry for these bytes (without `.bin`). Each file's bytes are hashed once
 * (sha256Hex remembers), for the read, the write on a miss and the manifest. Hashing on the main
 * thread (SHA-NI, 1.5 GB/s) is as quick as WebCrypto's thread pool, which first copies the bytes.
 */
export function cacheKey(bytes: Uint8Array): string {
  return `${FORMAT}-${sha256Hex(bytes)}`;
}

/**
 * The cached parse of these bytes, or null. A damaged entry (its checksum or layout wrong) is
 * removed and reported to `onDamaged`, then treated as a miss, so the file is parsed and stored afresh.
 */
export async function readCached(
  file: string,
  bytes: Uint8Array,
  dir = CACHE_DIR,
  onDamaged?: (entry: string) => void,
): Promise<RawTable | null> {
  const path = join(dir, `${cacheKey(bytes)}.bin`);
  let buf: Buffer;
  try {
    // Synchronously: fs/promises reads a large file in 512 KiB pieces, each a trip to the thread
    // pool, three times slower than one read here.
    buf = readFileSync(path);
  } catch {
    return null;
  }
  let chunk: ReturnType<typeof decode> = null;
  try {
    const sound = buf.length >= 32 && createHash('sha256').update(buf.subarray(32)).digest().equals(buf.subarray(0, 32));
    if (sound) chunk = decode(buf.subarray(32));
  } catch {
    // a layout that does not add up: damaged as well
  }
  if (chunk === null) {
    rmSync(path, { force: true });
    onDamaged?.(path);
    return null;
  }
  touchEntry(path);
  return rawTable(file, bytes, chunk.header, [chunk]);
}

/** Stores a parse; failures (a read-only node_modules, a full disk) only mean no cache. */
export async function writeCached(table: RawTable, bytes: Uint8Array, dir = CACHE_DIR): Promise<void> {
  const target = join(dir, `${cacheKey(bytes)}.bin`);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(target), { recursive: true });
    const body = encode(table);
    await writeFile(temporary, Buffer.concat([createHash('sha256').update(body).digest(), body]));
    await rename(temporary, target);
    pruneCache(dir, CSV_CACHE_CAP);
  } catch {
    // no cache this time
  }
}

function encode(table: RawTable): Buffer {
  const n = table.length;
  const columns = table.header.map((_, c) => table.column(c));
  const texts = columns.flatMap((c) => c.values);
  const text = Buffer.from(texts.join(''));
  const meta: Meta = {
    format: FORMAT,
    header: table.header,
    length: n,
    cells: widthOf(max(table.cells)),
    columns: columns.map((c) => ({ count: c.values.length, width: widthOf(c.values.length - 1) })),
    text: text.length,
  };
  let json = JSON.stringify(meta);
  json += ' '.repeat((4 - ((4 + Buffer.byteLength(json)) % 4)) % 4);
  const head = Buffer.alloc(4);
  head.writeUInt32LE(Buffer.byteLength(json), 0);
  const lengths = Uint32Array.from(texts, (t) => t.length);
  const parts = [
    head,
    Buffer.from(json),
    narrow(table.cells, meta.cells),
    ...columns.map((c, i) => narrow(c.codes, meta.columns[i]!.width)),
    bytesOf(lengths),
    text,
  ];
  return Buffer.concat(parts);
}

function decode(buf: Buffer): (Chunk & { header: string[] }) | null {
  const jsonLength = buf.readUInt32LE(0);
  const meta = JSON.parse(buf.toString('utf8', 4, 4 + jsonLength)) as Meta;
  if (meta.format !== FORMAT || meta.columns.length !== meta.header.length) return null;
  const n = meta.length;
  const count = meta.columns.reduce((a, c) => a + c.count, 0);
  let at = 4 + jsonLength;
  const take = (width: Width, length: number) => {
    const bytes = padded(width * length);
    if (at + bytes > buf.length) throw new Error('short entry');
    const array = widen(buf, at, width, length);
    at += bytes;
    return array;
  };
  const cells = take(meta.cells, n);
  const codes = meta.columns.map((c) => take(c.width, n));
  const lengths = take(4, count);
  if (at + meta.text !== buf.length) return null;
  const all = buf.toString('utf8', at, at + meta.text);
  const columns: EncodedColumn[] = [];
  let start = 0;
  let k = 0;
  for (let c = 0; c < meta.columns.length; c++) {
    const values = new Array<string>(meta.columns[c]!.count);
    for (let v = 0; v < values.length; v++) values[v] = all.slice(start, (start += lengths[k++]!));
    columns.push({ values, codes: codes[c]! });
  }
  if (start !== all.length) return null;
  return { header: meta.header, rows: null, length: n, cells, columns };
}

/** `length` numbers of `width` bytes at buf[at..] as a Uint32Array (a view when it can be one). */
function widen(buf: Buffer, at: number, width: Width, length: number): Uint32Array {
  const offset = buf.byteOffset + at;
  if (width === 4 && offset % 4 === 0) return new Uint32Array(buf.buffer, offset, length);
  const out = new Uint32Array(length);
  const source = offset % width === 0 ? buf.buffer : buf.buffer.slice(offset, offset + width * length);
  const from = offset % width === 0 ? offset : 0;
  out.set(
    width === 1
      ? new Uint8Array(source, from, length)
      : width === 2
        ? new Uint16Array(source, from, length)
        : new Uint32Array(source, from, length),
  );
  return out;
}

function narrow(array: Uint32Array, width: Width): Uint8Array {
  const out = width === 1 ? new Uint8Array(array.length) : width === 2 ? new Uint16Array(array.length) : array;
  if (out !== array) out.set(array);
  const bytes = bytesOf(out);
  return bytes.length % 4 === 0 ? bytes : Buffer.concat([bytes, Buffer.alloc(padded(bytes.length) - bytes.length)]);
}

function bytesOf(array: Uint8Array | Uint16Array | Uint32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

const padded = (bytes: number) => Math.ceil(bytes / 4) * 4;
const widthOf = (largest: number): Width => (largest < 2 ** 8 ? 1 : largest < 2 ** 16 ? 2 : 4);

function max(array: Uint32Array): number {
  let m = 0;
  for (let i = 0; i < array.length; i++) if (array[i]! > m) m = array[i]!;
  return m;
}
