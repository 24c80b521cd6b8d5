import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CliError, EXIT, UsageError } from '../errors';
import { IMPORTERS, type DataFile, type ImportResult, type SourceRow } from './importers';
import { readLayout } from './layouts';

export const IMPORT_HELP = `Usage: npm run import -- SOURCE FILE...

Turns files downloaded from a publisher into data/ files, each row with its source id, and adds
the source to data/sources.csv when the register lacks it. Nothing in data/ changes unless every
file was read without a problem; importing the same files again changes nothing.

Sources:
${Object.entries(IMPORTERS)
  .map(([name, i]) => `  ${name.padEnd(20)} ${i.describe}`)
  .join('\n')}

Options:
  --data DIR   the data folder to update (default: data)
`;

/**
 * Reads the files, runs the source's importer and writes its data/ files: each to a temporary
 * file first, then all renamed into place, so that a failed import leaves data/ as it was.
 */
export function runImport(source: string, paths: string[], dataDir = 'data'): ImportResult & { written: string[] } {
  const importer = IMPORTERS[source];
  if (!importer) throw new UsageError(`unknown source "${source}"; expected one of ${Object.keys(IMPORTERS).join(', ')}`);
  if (paths.length === 0) throw new UsageError(`no file given for ${source}`);
  const files = paths.map((file) => ({ file, ...readLayout(file, readFileSync(file, 'utf8'), importer.layouts) }));
  const read = (path: string): DataFile | null => {
    const full = join(dataDir, path);
    if (!existsSync(full)) return null;
    const rows = parse(readFileSync(full), { columns: true, bom: true }) as Record<string, string>[];
    return { columns: Object.keys(rows[0] ?? {}), rows };
  };
  const economies = new Set((read('groups/countries.csv')?.rows ?? []).map((r) => r.iso3!));
  const result = importer.run({ files, current: read, economies });

  const out = new Map<string, string>();
  for (const [path, f] of result.files) out.set(path, stringify(f.rows, { header: true, columns: f.columns, record_delimiter: '\n' }));
  const sources = read('sources.csv');
  const isNew = (s: SourceRow, i: number, all: SourceRow[]) =>
    all.findIndex((t) => t.id === s.id) === i && !sources?.rows.some((r) => r.id === s.id);
  const added = result.sources.filter(isNew);
  if (sources && added.length) {
    out.set('sources.csv', stringify([...sources.rows, ...added], { header: true, columns: sources.columns, record_delimiter: '\n' }));
  }

  const written: string[] = [];
  const changed = [...out].filter(([path, text]) => !existsSync(join(dataDir, path)) || readFileSync(join(dataDir, path), 'utf8') !== text);
  for (const [path, text] of changed) {
    mkdirSync(dirname(join(dataDir, path)), { recursive: true });
    writeFileSync(`${join(dataDir, path)}.import-tmp`, text);
  }
  for (const [path] of changed) {
    renameSync(`${join(dataDir, path)}.import-tmp`, join(dataDir, path));
    written.push(path);
  }
  return { ...result, written };
}

/** `npm run import -- SOURCE FILE...`: exit 0 done, 1 a file with problems (file:line: what was expected), 2 bad usage. */
export function main(argv: string[]): number {
  const args = [...argv];
  let dataDir = 'data';
  const at = args.indexOf('--data');
  if (at >= 0) [, dataDir] = args.splice(at, 2) as [string, string];
  if (args.length === 0 || args.includes('--help')) {
    process.stdout.write(IMPORT_HELP);
    return args.length === 0 ? EXIT.usage : EXIT.ok;
  }
  try {
    const [source, ...paths] = args;
    const r = runImport(source!, paths, dataDir);
    for (const line of r.summary) process.stderr.write(`${line}\n`);
    const updated = r.written.map((p) => join(dataDir, p)).join(', ');
    process.stderr.write(r.written.length ? `updated: ${updated}\n` : 'nothing changed: data/ already holds these files\n');
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`error: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

if (process.argv[1]?.endsWith('import-cli.ts')) process.exitCode = main(process.argv.slice(2));
