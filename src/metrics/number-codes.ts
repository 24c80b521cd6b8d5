/** Codes numbered 0, 1, 2… and columns of codes as those numbers. */
export interface NumberedCodes {
  /** The codes, by number. */
  codes: string[];
  /** The number of each code. */
  numbers: Map<string, number>;
  /** Each column given, as numbers; -1 for a null code. */
  columns: Int32Array[];
}

/**
 * Numbers the codes of some columns in order of first appearance, the first column first, and
 * gives each column as numbers. Loops over the trade file's 656,000 codes read numbers, not text.
 * Numbered once for the same columns: the result is shared, not to be changed.
 *
 * @example numberCodes([['BRA', 'ARG'], ['ARG', null]]) // codes ['BRA', 'ARG'], columns [[0, 1], [1, -1]]
 */
export function numberCodes(columns: readonly (readonly (string | null)[])[]): NumberedCodes {
  const last = columns.length ? done.get(columns[0]!) : undefined;
  if (last && last.columns.length === columns.length && last.columns.every((c, i) => c === columns[i])) return last.result;
  const numbers = new Map<string, number>();
  const codes: string[] = [];
  const numbered = columns.map((column) => {
    const out = new Int32Array(column.length);
    // A file sorted by a code repeats it row after row: comparing with the row above skips the lookup.
    let last: string | null | undefined;
    let k = -1;
    for (let i = 0; i < column.length; i++) {
      const code = column[i]!;
      if (code !== last) {
        last = code;
        k = code === null ? -1 : (numbers.get(code) ?? numbers.set(code, codes.push(code) - 1).get(code)!);
      }
      out[i] = k;
    }
    return out;
  });
  const result = { codes, numbers, columns: numbered };
  if (columns.length) done.set(columns[0]!, { columns: [...columns], result });
  return result;
}

// The last numbering of each first column, with the columns it numbered: the annex counts the
// economies of the trade file, whose columns the trade metrics have numbered already. The
// columns of a validated file never change.
const done = new WeakMap<readonly (string | null)[], { columns: readonly (readonly (string | null)[])[]; result: NumberedCodes }>();
