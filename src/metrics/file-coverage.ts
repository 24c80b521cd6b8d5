import type { Dataset } from '../validate/table-schema';
import { numberCodes } from './number-codes';
import { oncePer } from './once-per';

/** What one data file covers. */
export interface FileCoverage {
  rows: number;
  /** First and last value of its `year` column; null without one. */
  years: [number, number] | null;
  /** Distinct codes in its economy columns (`iso3`, `exporter_iso3`, `importer_iso3`), empty cells not counted. */
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
  let first = Infinity;
  let last = -Infinity;
  // A loop, not extent(filter(...)): the trade files' year columns hold 500,000 values.
  const year = columns.year ?? [];
  for (let i = 0; i < year.length; i++) {
    const y = year[i];
    if (typeof y !== 'number') continue;
    if (y < first) first = y;
    if (y > last) last = y;
  }
  const years: [number, number] | null = first <= last ? [first, last] : null;
  const economyColumns = ['iso3', 'exporter_iso3', 'importer_iso3'].flatMap((k) => (columns[k] ? [columns[k] as (string | null)[]] : []));
  // An empty cell is no economy (earlier editions of the annex counted it as one).
  return { rows, years, economies: numberCodes(economyColumns).codes.length };
});
