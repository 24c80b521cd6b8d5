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
 *
 * @example numberCodes([['BRA', 'ARG'], ['ARG', null]]) // codes ['BRA', 'ARG'], columns [[0, 1], [1, -1]]
 */
export function numberCodes(columns: readonly (readonly (string | null)[])[]): NumberedCodes {
  const numbers = new Map<string, number>();
  const codes: string[] = [];
  // A code of three capital letters (every ISO code) indexes an array, any other code the Map:
  // over the trade file the array takes half the time.
  const byLetters = new Int32Array(26 * 26 * 26).fill(-1);
  const numberOf = (code: string) => {
    const slot = code.length === 3 ? letters(code.charCodeAt(0), code.charCodeAt(1), code.charCodeAt(2)) : -1;
    let k = slot < 0 ? numbers.get(code) : byLetters[slot]!;
    if (k === undefined || k < 0) {
      numbers.set(code, (k = codes.push(code) - 1));
      if (slot >= 0) byLetters[slot] = k;
    }
    return k;
  };
  const numbered = columns.map((column) => {
    const out = new Int32Array(column.length);
    // A file sorted by a code repeats it row after row: comparing with the row above skips the lookup.
    let last: string | null | undefined;
    let k = -1;
    for (let i = 0; i < column.length; i++) {
      const code = column[i]!;
      if (code !== last) {
        last = code;
        k = code === null ? -1 : numberOf(code);
      }
      out[i] = k;
    }
    return out;
  });
  return { codes, numbers, columns: numbered };
}

/** The slot of three capital letters given as char codes, 0 to 26³ - 1; -1 if one is not a capital letter. */
function letters(a: number, b: number, c: number): number {
  a -= 65;
  b -= 65;
  c -= 65;
  return a >= 0 && a < 26 && b >= 0 && b < 26 && c >= 0 && c < 26 ? (a * 26 + b) * 26 + c : -1;
}
