import { join } from 'node:path';
import { DEFAULT_MAX_FILE_BYTES } from '../config';
import { InputError, type Problem } from '../errors';
import * as msg from '../messages';
import { CACHE_DIR, readCached, writeCached } from './parse-cache';
import { utf8Problem } from './check-utf8';
import { readBounded } from './read-bounded';
import { PARALLEL_BYTES, readCsv, readCsvParallel, type RawTable } from './read-csv';

/**
 * Files larger than this go through the parse cache. csv-parse takes 100 ms for the WDI and
 * Chinese finance files (128-520 KB), and 10 ms for the lookups and hand-written files of 5-30 KB;
 * reading any of them from the cache takes a fraction of a millisecond. Below this size, parsing
 * is as quick as hashing and reading an entry.
 */
export const CACHE_BYTES = 4 * 2 ** 10;

/**
 * Reads the named CSV files of the data folder into RawTables keyed by file, keeping the bytes
 * for the manifest. Files over CACHE_BYTES are taken from the parse cache (parse-cache.ts) when
 * their bytes are those of an earlier build; otherwise parsed, by worker threads if they are
 * larger than PARALLEL_BYTES. A file that is missing, not a regular file, larger than
 * `maxBytes` or not UTF-8 is reported with every other such file, then the run stops. A damaged
 * cache entry is discarded, parsed afresh, and reported in `warnings`.
 *
 * @param useCache Read and write the parse cache. Default true.
 * @param cacheDir Where its entries are. Default CACHE_DIR, in node_modules/.cache.
 * @param maxBytes The largest file read. Default DEFAULT_MAX_FILE_BYTES (64 MiB).
 */
export async function loadTables(
  dataDir: string,
  files: readonly string[],
  useCache = true,
  cacheDir = CACHE_DIR,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<{ tables: Map<string, RawTable>; bytes: Map<string, Buffer>; warnings: string[] }> {
  // Read synchronously: fs/promises reads a large file in 512 KiB pieces, each a trip to the
  // thread pool, three times slower than one read here (and there is nothing to overlap yet).
  const bytes = new Map<string, Buffer>();
  const refused: Problem[] = [];
  for (const f of files) {
    const read = readBounded(join(dataDir, f), maxBytes);
    if (!('bytes' in read)) refused.push({ file: join(dataDir, f), message: 'missing' in read ? msg.missingFile() : read.problem });
    else {
      bytes.set(f, read.bytes);
      // Checked on every build, cache or not: csv-parse would decode a bad byte as U+FFFD.
      const encoding = utf8Problem(join(dataDir, f), read.bytes);
      if (encoding) refused.push(encoding);
    }
  }
  if (refused.length > 0) throw new InputError(refused);
  // The larger files first: when the cache misses, their worker threads parse while the small
  // files are parsed here.
  const isSmall = (f: string) => bytes.get(f)!.length <= CACHE_BYTES;
  const parsed = new Map<string, Promise<RawTable>>();
  const warnings: string[] = [];
  for (const f of files.filter((f) => !isSmall(f))) {
    parsed.set(f, readLarger(join(dataDir, f), bytes.get(f)!, useCache ? cacheDir : null, warnings));
  }
  for (const f of files.filter(isSmall)) parsed.set(f, (async () => readCsv(join(dataDir, f), bytes.get(f)!))());
  const settled = await Promise.allSettled(files.map((f) => parsed.get(f)!));
  const problems = settled.flatMap((r) => (r.status === 'rejected' ? (r.reason instanceof InputError ? r.reason.problems : []) : []));
  const other = settled.find((r) => r.status === 'rejected' && !(r.reason instanceof InputError));
  if (other) throw (other as PromiseRejectedResult).reason;
  if (problems.length > 0) throw new InputError(problems);
  const tables = new Map(files.map((f, i) => [f, (settled[i] as PromiseFulfilledResult<RawTable>).value]));
  return { tables, bytes, warnings };
}

async function readLarger(file: string, b: Buffer, cacheDir: string | null, warnings: string[]): Promise<RawTable> {
  const cached = cacheDir === null ? null : await readCached(file, b, cacheDir, (entry) => warnings.push(msg.cacheDamaged(entry, file)));
  if (cached) return cached;
  const table = b.length > PARALLEL_BYTES ? await readCsvParallel(file, b) : readCsv(file, b);
  if (cacheDir !== null) await writeCached(table, b, cacheDir);
  return table;
}
