import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Chunk } from './parse-chunk.mjs';
import { rawTable, type RawTable } from './read-csv';

/**
 * A cache of parsed CSV files, keyed by the sha256 of their bytes: parsing the two bilateral
 * trade files takes most of a build (csv-parse, 1.2 s on two cores), and they change once a year.
 * What is cached is the parse only (header, dictionary-encoded columns, cell counts): validation,
 * and everything after it, runs on every build. A file whose bytes change misses the cache.
 * Entries are written to a temporary name and renamed, so a reader never sees half an entry.
 */
export const CACHE_DIR = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..', 'node_modules', '.cache', 'ssc-report', 'csv');

/** Bump when the cached layout or the parser's output changes. */
const FORMAT = 'ssc-csv-1';

export function cacheKey(bytes: Uint8Array): string {
  return createHash('sha256').update(FORMAT).update(bytes).digest('hex');
}

/** The cached parse of these bytes, or null. A damaged entry is treated as a miss. */
export async function readCached(file: string, bytes: Uint8Array, dir = CACHE_DIR): Promise<RawTable | null> {
  let buf: Buffer;
  try {
    buf = await readFile(join(dir, `${cacheKey(bytes)}.bin`));
  } catch {
    return null;
  }
  try {
    const jsonLength = buf.readUInt32LE(0);
    const meta = JSON.parse(buf.toString('utf8', 4, 4 + jsonLength)) as { format: string; header: string[]; length: number; values: string[][] };
    if (meta.format !== FORMAT) return null;
    // Copied into a fresh ArrayBuffer so the Uint32Array views are aligned whatever Buffer's pooling did.
    const arrays = new Uint32Array(buf.buffer.slice(buf.byteOffset + 4 + jsonLength, buf.byteOffset + buf.length));
    const n = meta.length;
    if (arrays.length !== n * (1 + meta.header.length)) return null;
    const chunk: Chunk = {
      rows: null,
      length: n,
      cells: arrays.subarray(0, n),
      columns: meta.values.map((values, c) => ({ values, codes: arrays.subarray(n * (c + 1), n * (c + 2)) })),
    };
    return rawTable(file, bytes, meta.header, [chunk]);
  } catch {
    return null;
  }
}

/** Stores a parse; failures (a read-only node_modules, a full disk) only mean no cache. */
export async function writeCached(table: RawTable, bytes: Uint8Array, dir = CACHE_DIR): Promise<void> {
  const n = table.length;
  const columns = table.header.map((_, c) => table.column(c));
  let json = JSON.stringify({ format: FORMAT, header: table.header, length: n, values: columns.map((c) => c.values) });
  json += ' '.repeat((4 - ((4 + Buffer.byteLength(json)) % 4)) % 4); // align the arrays to 4 bytes
  const head = Buffer.alloc(4);
  const jsonBytes = Buffer.from(json);
  head.writeUInt32LE(jsonBytes.length, 0);
  const arrays = new Uint32Array(n * (1 + columns.length));
  arrays.set(table.cells, 0);
  columns.forEach((c, i) => arrays.set(c.codes, n * (i + 1)));
  const target = join(dir, `${cacheKey(bytes)}.bin`);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(temporary, Buffer.concat([head, jsonBytes, Buffer.from(arrays.buffer)]));
    await rename(temporary, target);
  } catch {
    // no cache this time
  }
}
