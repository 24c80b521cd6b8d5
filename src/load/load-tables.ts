import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors';
import * as msg from '../messages';
import { readCsv, type RawTable } from './read-csv';

/**
 * Reads the named CSV files of the data folder into RawTables keyed by file, keeping the bytes
 * for the manifest.
 * A file that is missing is reported with every other missing file, then the run stops.
 */
export async function loadTables(dataDir: string, files: readonly string[]): Promise<{ tables: Map<string, RawTable>; bytes: Map<string, Buffer> }> {
  const results = await Promise.allSettled(files.map((f) => readFile(join(dataDir, f))));
  const missing = files.filter((_, i) => results[i]!.status === 'rejected');
  if (missing.length > 0) throw new InputError(missing.map((f) => ({ file: join(dataDir, f), message: msg.missingFile() })));
  const tables = new Map<string, RawTable>();
  const bytes = new Map<string, Buffer>();
  files.forEach((f, i) => {
    const r = results[i] as PromiseFulfilledResult<Buffer>;
    bytes.set(f, r.value);
    tables.set(f, readCsv(join(dataDir, f), r.value));
  });
  return { tables, bytes };
}
