// What the import scripts share: where the raw sources are, how a CSV is read, and how a data/
// file is written (RFC 4180, "\n" line ends, header first), so every data/ file is written alike.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of raw sources: the first argument, or ../shared/data/sources. */
export const sourcesDir = process.argv[2] ?? '../shared/data/sources';

/** A CSV file's rows as objects keyed by its header. */
export const readCsvFile = (path) => parse(readFileSync(path), { columns: true, bom: true });

/** A file of the raw sources folder, by its path inside it. */
export const readSource = (path) => readCsvFile(join(sourcesDir, path));

/** Writes data/<path> with the given columns, in that order. */
export const writeData = (path, columns, rows) => {
  mkdirSync(join('data', path, '..'), { recursive: true });
  writeFileSync(join('data', path), stringify(rows, { header: true, columns, record_delimiter: '\n' }));
};
