import type { RawTable } from '../load/read-csv';
import { InputError, type Problem } from '../errors';
import * as msg from '../messages';
import type { Column, Limits } from './columns';
import { duplicateKeys } from './duplicate-keys';
import { parseTexts, type ParsedTexts } from './parse-texts';
import { LOOKUP_FILES, type Dataset, type LookupName, type RowOf, type TableSchema } from './table-schema';

/** How many problems of one file are printed before the rest are only counted. */
export const PROBLEM_CAP = 25;

/**
 * Checks a raw table against its schema (and, given `limits`, each value against what can be
 * right: Column.plausible) and returns typed rows, or throws an InputError that
 * lists every problem in the file (up to PROBLEM_CAP) as `file:line:column: what was expected`.
 *
 * Cells are checked once per distinct text per column: the 1.6 million cells of the trade file
 * hold about 11,700 distinct texts. The amounts (most of those texts, and nearly all of the
 * Comtrade and WDI files') go through their column's shortcut, `Column.accept`, and zod parses
 * the rest. Then each column's values are laid out by code in one pass.
 */
export function validateTable<S extends TableSchema>(
  raw: RawTable,
  schema: S,
  lookups: Partial<Record<LookupName, ReadonlySet<string>>> = {},
  limits?: Limits,
): Dataset<RowOf<S>> {
  const problems: Problem[] = [];
  const names = Object.keys(schema.columns);
  const at = (index: number, column?: number) => ({ file: raw.file, line: raw.lineOf(index), column });

  // 1. Header: the file has exactly the columns its schema describes, in any order.
  const position = names.map((n) => raw.header.indexOf(n));
  const missing = names.filter((_, i) => position[i] === -1);
  const unknown = raw.header.filter((h) => !names.includes(h));
  if (missing.length > 0 || unknown.length > 0) {
    throw new InputError([{ file: raw.file, line: 1, column: 1, message: msg.badHeader(missing, unknown, names) }]);
  }

  if (raw.length === 0 && schema.nonEmpty !== false) {
    throw new InputError([{ file: raw.file, line: 2, message: msg.noRows() }]);
  }

  // 2. Cells, column by column: each distinct text of a column goes through the column's zod
  //    schema (and its lookup) once; the records keep the code of their text.
  const n = raw.length;
  for (const i of wrongCellCounts(raw.cells, raw.header.length))
    problems.push({ ...at(i), message: msg.wrongCellCount(raw.cells[i]!, raw.header.length) });
  const columns = names.map((_, c) => raw.column(position[c]!));
  const values = names.map((name, c) => {
    const col = schema.columns[name] as Column<unknown>;
    const lookupName = schema.references?.[name];
    const { values: texts, codes: code } = columns[c]!;
    const parsed = parseTexts(col, texts, lookupName ? lookups[lookupName] : undefined, limits);
    if (parsed.failed === null) return gather(parsed.values, code, n);
    const out = new Array<unknown>(n);
    const p = position[c]!;
    for (let i = 0; i < n; i++) {
      const k = code[i]!;
      if (parsed.failed[k] === 0) out[i] = parsed.values[k];
      else problems.push({ ...at(i, p + 1), message: cellMessage(name, col, lookupName, parsed, texts[k]!, k) });
    }
    return out;
  });

  // 3. Each observation once: a repeated key would be counted twice in every sum.
  const keyColumns = schema.key.map((k) => columns[names.indexOf(k)]!);
  for (const [i, first] of duplicateKeys(
    keyColumns.map((c) => c.codes),
    keyColumns.map((c) => c.values.length),
    n,
  )) {
    const key = schema.key.map((k) => String(values[names.indexOf(k)]![i]));
    problems.push({ ...at(i), message: msg.duplicateObservation(schema.key, key, raw.lineOf(first)) });
  }

  // 4. Rules across the cells of a row, on the rows whose every cell is valid (they read typed values).
  if (schema.rules?.length) {
    const faulty = new Set(problems.map((p) => p.line));
    const dataset = toDataset<RowOf<S>>(raw, names, values);
    dataset.rows.forEach((row, i) => {
      if (faulty.size > 0 && faulty.has(raw.lineOf(i))) return;
      for (const rule of schema.rules!) {
        const broken = rule(row as never);
        if (broken)
          problems.push({
            ...at(i, position[names.indexOf(broken.column)]! + 1),
            message: msg.badCell(broken.column, broken.expected, broken.found),
          });
      }
    });
  }

  if (problems.length > 0) {
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    const shown = problems.slice(0, PROBLEM_CAP);
    throw new InputError(shown, problems.length > PROBLEM_CAP ? [msg.moreProblems(raw.file, problems.length - PROBLEM_CAP)] : []);
  }
  return toDataset<RowOf<S>>(raw, names, values);
}

/** What is wrong with the text of a failed cell, most specific first. */
function cellMessage(name: string, col: Column<unknown>, lookup: LookupName | undefined, parsed: ParsedTexts, text: string, k: number) {
  if (parsed.controls[k] !== undefined) return msg.controlCharacter(name, parsed.controls[k], text);
  if (parsed.unknownIds[k] !== undefined) return msg.unknownId(name, LOOKUP_FILES[lookup!], parsed.unknownIds[k]);
  return msg.badCell(name, parsed.implausible[k] ?? col.expected, text);
}

/** The records whose number of cells is not the header's. */
function wrongCellCounts(cells: Uint32Array, width: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < cells.length; i++) if (cells[i] !== width) out.push(i);
  return out;
}

/** One value per record from the column's values by code, in one pass (the column had no bad cell). */
function gather(values: readonly unknown[], codes: Uint32Array, n: number): unknown[] {
  // A column of one text (the source of the trade files) is a fill, a builtin at any JIT tier.
  if (values.length === 1) return new Array<unknown>(n).fill(values[0]);
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i++) out[i] = values[codes[i]!];
  return out;
}

function toDataset<R>(raw: RawTable, names: string[], values: unknown[][]): Dataset<R> {
  const columns = Object.fromEntries(names.map((name, c) => [name, values[c]])) as { [K in keyof R]: R[K][] };
  let rows: R[] | undefined;
  return {
    file: raw.file,
    // Row objects cost 50 ms for the trade flows, which later stages read only as columns.
    get rows() {
      rows ??= Array.from({ length: raw.length }, (_, i) => {
        const row: Record<string, unknown> = {};
        for (let c = 0; c < names.length; c++) row[names[c]!] = values[c]![i];
        return row as R;
      });
      return rows;
    },
    columns: () => columns,
    lineOf: (i) => raw.lineOf(i),
  };
}
