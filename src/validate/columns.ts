import { z } from 'zod';
import * as msg from '../messages';

/**
 * A column of a data file: a zod schema from the cell's text to its typed value, the phrase that
 * error messages print after "expected", and a description that is the data dictionary's entry.
 * An optional column turns an empty cell into `null`, never into 0: a missing value stays missing.
 */
export interface Column<T> {
  schema: z.ZodType<T, string>;
  expected: string;
  description: string;
  optional: boolean;
  /**
   * A shortcut for columns of many distinct texts (the amounts: 175,000 in the Comtrade file,
   * where zod takes 60 ms and this 15): the value the schema gives for `text`, or undefined to
   * leave the text to the schema. It accepts exactly what the schema accepts, with the same value
   * (test/validate/columns.test.ts compares the two); a text it leaves goes through zod, which
   * alone says what is wrong.
   */
  accept?: (text: string) => T | undefined;
  /**
   * A check of the parsed value against what can be right, beyond what the schema (and Annex A,
   * which prints `expected`) states: a year after the data cut, an amount above any real one.
   * Returns what was expected when the value fails it; not called for an empty optional cell.
   */
  plausible?(value: NonNullable<T>, limits: Limits): string | undefined;
}

/** What the checks of plausibility compare with, set per run. */
export interface Limits {
  /** The latest year any data file may hold (report.config.json). */
  latestDataYear: number;
}

/** What a column yields for one cell. */
export type ValueOf<C> = C extends Column<infer T> ? T : never;

function column<T>(schema: z.ZodType<T, string>, expected: string, description: string): Column<T> {
  return { schema: schema.describe(description), expected, description, optional: false };
}

const INTEGER = /^-?\d+$/;
// Plain decimal notation as spreadsheets and statistical packages write it; no thousands separators.
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A whole number within [min, max]. @example integer(1990, 2030, 'Calendar year.') */
export function integer(min: number, max: number, description: string): Column<number> {
  const schema = z.string().regex(INTEGER).transform(Number).pipe(z.number().int().min(min).max(max));
  return column(schema, `an integer from ${min} to ${max}`, description);
}

/** A decimal number, at least `min` (and at most `max` if given). */
export function number(description: string, min = -Infinity, max = Infinity): Column<number> {
  const schema = z.string().regex(DECIMAL).transform(Number).pipe(z.number().finite().min(min).max(max));
  const range =
    min > -Infinity && max < Infinity ? ` from ${min} to ${max}` : max < Infinity ? ` <= ${max}` : min > -Infinity ? ` >= ${min}` : '';
  // The schema's steps in plain code: the same regex, Number, z.number()'s finite check, min, max.
  const accept = (text: string) => {
    if (!DECIMAL.test(text)) return undefined;
    const value = Number(text);
    return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
  };
  return { ...column(schema, `a number${range}`, description), accept };
}

/** A code that matches `pattern`, e.g. ISO 3166 alpha-3. */
export function code(pattern: RegExp, what: string, description: string): Column<string> {
  return column(z.string().regex(pattern), what, description);
}

/** One of a fixed list of words. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, description: string): Column<T[number]> {
  return column(z.enum(values), `one of ${values.join(', ')}`, description);
}

/** A 0/1 membership flag, read as a boolean. */
export function flag(description: string): Column<boolean> {
  return column(
    z.enum(['0', '1']).transform((s) => s === '1'),
    '0 or 1',
    description,
  );
}

/** `true` or `false`. */
export function boolean(description: string): Column<boolean> {
  return column(
    z.enum(['true', 'false']).transform((s) => s === 'true'),
    'true or false',
    description,
  );
}

/** Free text that must not be empty. */
export function text(description: string): Column<string> {
  return column(z.string().trim().min(1), 'some text', description);
}

/** A list of source ids separated by ";", each of which must be in data/sources.csv. */
export function sourceIds(description = 'Source ids, separated by ";", each defined in data/sources.csv.'): Column<string[]> {
  const schema = z
    .string()
    .regex(/^[a-z0-9.-]+(;[a-z0-9.-]+)*$/)
    .transform((s) => s.split(';'));
  return column(schema, 'source ids like "cow-trade-4.0", separated by ";"', description);
}

/** The same column, but an empty cell is allowed and read as `null` (not available). */
export function optional<T>(c: Column<T>): Column<T | null> {
  const schema = z.union([z.literal('').transform(() => null), c.schema]).describe(c.description);
  const accept = c.accept && ((text: string) => (text === '' ? null : c.accept!(text)));
  const plausible = c.plausible && { plausible: c.plausible };
  const expected = `${c.expected}, or an empty cell`;
  return { schema, expected, description: c.description, optional: true, ...(accept && { accept }), ...plausible };
}

/** The earliest year any file may hold: before it, a year is a typing error. */
const FIRST_YEAR = 1900;

/**
 * The same column, whose year (the value, or what `yearOf` reads from it) must be from FIRST_YEAR
 * to the run's latest data year: one row dated 2030 would otherwise make a "2030 edition".
 */
export function dataYear<T>(c: Column<T>, yearOf: (value: NonNullable<T>) => number = (v) => v as number): Column<T> {
  const plausible = (value: NonNullable<T>, limits: Limits) => {
    const year = yearOf(value);
    return year < FIRST_YEAR || year > limits.latestDataYear ? msg.yearAfterCut(limits.latestDataYear) : undefined;
  };
  return { ...c, plausible };
}

/**
 * The same numeric column with a ceiling no real value comes near: a value past it (1.7e308 sums to
 * Infinity) is a typing or unit error. `why` says what the ceiling is, for the message.
 */
export function atMost<T extends number | null>(c: Column<T>, ceiling: number, why: string): Column<T> {
  const plausible = (value: NonNullable<T>) => (value > ceiling ? msg.aboveCeiling(c.expected, why) : undefined);
  return { ...c, plausible };
}
