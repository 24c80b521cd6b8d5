import type { Column, ValueOf } from './columns';

/** The lookups a column can be checked against, by name: the ids each reference table defines. */
export type LookupName = keyof typeof LOOKUP_FILES;

/** The file that defines the ids of each lookup, for messages. */
export const LOOKUP_FILES = {
  sources: 'sources.csv',
  economies: 'groups/countries.csv',
  groups: 'groups/trade-groups.csv',
  commitments: 'commitments/commitments.csv',
} as const;

/**
 * The data dictionary entry of one CSV file: what it holds, its columns, and the columns that
 * identify an observation (two rows with the same key are a duplicated observation, an error).
 */
// biome-ignore lint/suspicious/noExplicitAny: a schema of any columns, for generic code
export interface TableSchema<C extends Record<string, Column<unknown>> = any> {
  /** Path inside the data folder, e.g. `trade/cow-bilateral-exports.csv`. */
  file: string;
  title: string;
  description: string;
  columns: C;
  key: readonly (keyof C & string)[];
  /** Columns whose values must be ids of a lookup table (for a list column, every item). */
  references?: Partial<Record<keyof C & string, LookupName>>;
  /** Whether a file with a header and no rows is an error. Default true: most files are the data itself. */
  nonEmpty?: boolean;
  /** The lookup whose ids this file defines, from its key column (files that define one are validated first). */
  defines?: LookupName;
  /**
   * Rules that span cells of a row, which no column schema can check alone. Each returns, for a
   * row, the column at fault and what was expected there; they run once every cell is valid.
   */
  rules?: ((row: Readonly<Record<string, unknown>>) => { column: keyof C & string; expected: string; found: string } | null)[];
}

/** One validated row of a file described by schema S. */
export type RowOf<S extends TableSchema> = { [K in keyof S['columns']]: ValueOf<S['columns'][K]> };

/** A validated file: its rows, and where each came from so later stages can point at a line. */
export interface Dataset<R> {
  file: string;
  readonly rows: R[];
  /** Column arrays for Arquero, built on first use. */
  columns(): { [K in keyof R]: R[K][] };
  lineOf(index: number): number;
}

/** Declares a schema with its column types inferred. */
export function defineTable<const C extends Record<string, Column<unknown>>>(schema: TableSchema<C>): TableSchema<C> {
  return schema;
}
