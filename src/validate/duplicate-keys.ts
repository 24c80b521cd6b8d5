/** Above this many possible keys, a table of one bit per key (16 MiB at most) gives way to sorting. */
const MAX_BITS = 2 ** 27;

/**
 * Pairs [row, first row with the same key] for every repeated key, in row order. A key is a row's
 * codes in the key columns, read as the digits of one number in a mixed radix (the columns' counts
 * of distinct texts): while there are few possible keys, one bit each says whether a key was seen,
 * a single pass over the rows with no sorting and no Map. The pairs themselves are only looked
 * for when there is a repeat, which a valid file has none of.
 *
 * @param keyCodes Per key column, one dictionary code per row.
 * @param distinct Per key column, how many distinct codes it may hold (every code is below it).
 * @example duplicateKeys([Uint32Array.of(0, 1, 0)], [2], 3) // [[2, 0]]
 */
export function duplicateKeys(keyCodes: readonly Uint32Array[], distinct: readonly number[], n: number): [number, number][] {
  const size = distinct.reduce((a, b) => a * Math.max(b, 1), 1);
  if (size <= MAX_BITS && keyCodes.length >= 1 && keyCodes.length <= 3) {
    if (!anyRepeated(keyCodes, distinct, n, size)) return [];
    const keys = mixedRadix(keyCodes, distinct, n, new Float64Array(n));
    return pairs(n, (i) => keys[i]!);
  }
  // One exact number per key while the product of the counts stays below 2^53.
  if (size < Number.MAX_SAFE_INTEGER) {
    const keys = mixedRadix(keyCodes, distinct, n, new Float64Array(n));
    const sorted = keys.slice().sort();
    let repeated = false;
    for (let i = 1; i < n && !repeated; i++) repeated = sorted[i] === sorted[i - 1];
    return repeated ? pairs(n, (i) => keys[i]!) : [];
  }
  return pairs(n, (i) => keyCodes.map((c) => c[i]).join('\u0001'));
}

/** keys[i] = the row's codes as one number, column by column. */
function mixedRadix(keyCodes: readonly Uint32Array[], distinct: readonly number[], n: number, keys: Float64Array): Float64Array {
  for (let c = 0; c < keyCodes.length; c++) {
    const codes = keyCodes[c]!;
    const width = Math.max(distinct[c]!, 1);
    for (let i = 0; i < n; i++) keys[i] = keys[i]! * width + codes[i]!;
  }
  return keys;
}

/** Whether two rows have the same key, in one pass for keys of up to three columns. */
function anyRepeated(keyCodes: readonly Uint32Array[], distinct: readonly number[], n: number, size: number): boolean {
  // A missing column is a column of zeros with one distinct value: key = (a * wb + b) * wc + c.
  const zeros = keyCodes.length < 3 ? new Uint32Array(n) : undefined;
  const [a, b = zeros!, c = zeros!] = keyCodes;
  const wb = Math.max(distinct[1] ?? 1, 1);
  const wc = Math.max(distinct[2] ?? 1, 1);
  const seen = new Uint32Array(Math.ceil(size / 32));
  for (let i = 0; i < n; i++) {
    const k = (a![i]! * wb + b[i]!) * wc + c[i]!;
    const word = k >>> 5;
    const bit = 1 << (k & 31);
    if ((seen[word]! & bit) !== 0) return true;
    seen[word] = seen[word]! | bit;
  }
  return false;
}

function pairs(n: number, keyOf: (i: number) => number | string): [number, number][] {
  const seen = new Map<number | string, number>();
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const key = keyOf(i);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else out.push([i, first]);
  }
  return out;
}
