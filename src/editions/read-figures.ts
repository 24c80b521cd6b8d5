import { parse } from 'csv-parse/sync';
import { InputError, type Problem } from '../errors';
import * as msg from '../messages';
import { PROBLEM_CAP } from '../validate/validate-table';

/** A figure as a build's figures.csv records it, checked. */
export interface FigureRow {
  id: string;
  indicator: string;
  entity: string;
  period: string;
  value: number | null;
  unit: string;
  text: string;
  /** Empty in builds made before the ledger recorded chapters. */
  chapter: string;
}

/** Columns a figures.csv must have; `chapter` and the rest are optional. */
const REQUIRED = ['id', 'indicator', 'entity', 'period', 'value', 'unit', 'text'] as const;

/** Characters a terminal acts on (see terminal-text.ts). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** What a spreadsheet would run: =, @, or + and - not starting a number ("+44.1" and "-3.6" are figures). */
const isFormula = (cell: string) => /^[=@]/.test(cell) || (/^[+-]/.test(cell) && !/^[+-][\d.,]+$/.test(cell));

/** A number as Ledger.toCsv writes it: optional minus, digits, decimals, perhaps an exponent. */
const NUMBER = /^-?\d+(\.\d+)?(e[+-]\d+)?$/;

/**
 * Reads the figures.csv of an earlier build (--previous, npm run diff), checked like data, since
 * its texts end up in a new figures.csv and its values in arithmetic: a value that is not a finite
 * number, a cell that a spreadsheet would run as a formula (=, @, or + and - not starting a
 * number: `=HYPERLINK(…)`), a control character (terminal escapes), an id that is not
 * indicator:entity:period, or a repeated id. Every problem is reported as file:line:column.
 *
 * @throws InputError (exit 1) listing the problems, at most PROBLEM_CAP of them.
 */
export function readFigures(file: string, csv: string | Uint8Array): FigureRow[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(csv, { columns: true, bom: true, info: true, relax_column_count: false });
  } catch (error) {
    const e = error as Error & { lines?: number; code?: string };
    throw new InputError([{ file, line: e.lines, message: msg.csvSyntax(e.code ?? 'CSV_ERROR', e.message) }]);
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (records.length > 0 && missing.length > 0) {
    throw new InputError([{ file, line: 1, message: msg.badHeader(missing, [], [...REQUIRED]) }]);
  }
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const rows = records.map(({ record: r, info }) => {
    const at = (column: string, message: string) => problems.push({ file, line: info.lines, column: header.indexOf(column) + 1, message });
    for (const column of header) {
      const cell = r[column] ?? '';
      if (CONTROL.test(cell)) at(column, msg.badCell(column, 'text without control characters', cell));
      else if (isFormula(cell)) at(column, msg.badCell(column, 'a figure, not a spreadsheet formula', cell));
    }
    const value = r.value!;
    const finite = NUMBER.test(value) && Number.isFinite(Number(value));
    if (value !== '' && !finite) at('value', msg.badCell('value', 'a finite number or nothing', value));
    const id = `${r.indicator}:${r.entity}:${r.period}`;
    if (r.id !== id) at('id', msg.badCell('id', `indicator:entity:period (${id})`, r.id!));
    const first = seen.get(r.id!);
    if (first !== undefined) at('id', msg.duplicateObservation(['id'], [r.id!], first));
    else seen.set(r.id!, info.lines);
    const { indicator, entity, period, unit, text } = r as Record<(typeof REQUIRED)[number], string>;
    return { id: r.id!, indicator, entity, period, value: value === '' ? null : Number(value), unit, text, chapter: r.chapter ?? '' };
  });
  const more = problems.length > PROBLEM_CAP ? [msg.moreProblems(file, problems.length - PROBLEM_CAP)] : [];
  if (problems.length > 0) throw new InputError(problems.slice(0, PROBLEM_CAP), more);
  return rows;
}
