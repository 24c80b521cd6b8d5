import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors';
import * as msg from '../messages';
import { readCached, writeCached } from './parse-cache';
import { PARALLEL_BYTES, readCsv, readCsvParallel, type RawTable } from './read-csv';

/**
 * Reads the named CSV files of the data folder into RawTables keyed by file, keeping the bytes
 * for the manifest. Large files are parsed by worker threads, or taken from the parse cache
 * (parse-cache.ts) when their bytes are those of an earlier build.
 * A file that is missing is reported with every other missing file, then the run stops.
 */
export async function loadTables(dataDir: string, files: readonly string[], useCache = true): Promise<{ tables: Map<string, RawTable>; bytes: Map<string, Buffer> }> {
  const results = await Promise.allSettled(files.map((f) => readFile(join(dataDir, f))));
  const missing = files.filter((_, i) => results[i]!.status === 'rejected');
  if (missing.length > 0) throw new InputError(missing.map((f) => ({ file: join(dataDir, f), message: msg.missingFile() })));
  const bytes = new Map(files.map((f, i) => [f, (results[i] as PromiseFulfilledResult<Buffer>).value]));
  // Large files go to worker threads; the small ones are parsed here meanwhile.
  const parsed = files.map(async (f) => {
    const b = bytes.get(f)!;
    if (b.length <= PARALLEL_BYTES) return readCsv(join(dataDir, f), b);
    const cached = useCache ? await readCached(join(dataDir, f), b) : null;
    if (cached) return cached;
    const table = await readCsvParallel(join(dataDir, f), b);
    if (useCache) await writeCached(table, b);
    return table;
  });
  const settled = await Promise.allSettled(parsed);
  const problems = settled.flatMap((r) => (r.status === 'rejected' ? (r.reason instanceof InputError ? r.reason.problems : [] ) : []));
  const other = settled.find((r) => r.status === 'rejected' && !(r.reason instanceof InputError));
  if (other) throw (other as PromiseRejectedResult).reason;
  if (problems.length > 0) throw new InputError(problems);
  const tables = new Map(files.map((f, i) => [f, (settled[i] as PromiseFulfilledResult<RawTable>).value]));
  return { tables, bytes };
}
