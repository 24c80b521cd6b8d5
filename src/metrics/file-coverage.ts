import type { Dataset } from '../validate/table-schema';
import { extent } from './extent';
import { oncePer } from './once-per';

/** What one data file covers. */
export interface FileCoverage {
  rows: number;
  /** First and last value of its `year` column; null without one. */
  years: [number, number] | null;
  /** Distinct codes in its economy columns (`iso3`, `exporter_iso3`, `importer_iso3`). */
  economies: number;
}

/**
 * The rows, years and economies of a data file, over the whole file (computed once per file).
 *
 * @example fileCoverage(data.gdp) // { rows: 11129, years: [1990, 2014], economies: 215 }
 */
export const fileCoverage = oncePer((dataset: Dataset<object>): FileCoverage => {
  // Columns, not rows: the trade file's 328,000 row objects would cost more than the rest of the annex.
  const columns = dataset.columns() as Record<string, unknown[]>;
  const rows = Object.values(columns)[0]?.length ?? 0;
  const years = extent((columns.year ?? []).filter((y): y is number => typeof y === 'number'));
  const codes = new Set<unknown>();
  for (const k of ['iso3', 'exporter_iso3', 'importer_iso3']) {
    // A file sorted by a code repeats it row after row: skip the Set for those.
    let previous: unknown;
    for (const code of columns[k] ?? []) if (code !== previous) codes.add((previous = code));
  }
  return { rows, years, economies: codes.size };
});
