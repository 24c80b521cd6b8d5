import type { Dataset } from '../validate/table-schema';
import type { TradeFlow } from '../validate/validate-data';

/**
 * Bilateral flows as typed columns with every economy numbered: what the loops over the 328,000
 * rows of the trade file read. A row keeps its place, so sums over the rows can add in row order.
 */
export interface CodedFlows {
  /** The economy codes, by number. */
  codes: readonly string[];
  /** The number of each economy code. */
  numbers: ReadonlyMap<string, number>;
  year: Int32Array;
  /** Number of the exporting economy; -1 where the code stands for no economy. */
  exporter: Int32Array;
  /** Number of the importing economy; -1 where the code stands for no economy. */
  importer: Int32Array;
  /** NaN where the value is missing. */
  value: Float64Array;
  /** First and last year of the rows; [0, -1] when there are none. */
  years: [number, number];
}

/**
 * Numbers the economies of bilateral columns, in order of first appearance, and copies the
 * columns into typed arrays. A null code (an exporter or importer that is no economy) becomes -1.
 *
 * @example codeFlows([2000], ['BRA'], ['ARG'], [10]) // codes ['BRA', 'ARG'], exporter [0], importer [1]
 */
export function codeFlows(
  year: readonly number[],
  exporter: readonly (string | null)[],
  importer: readonly (string | null)[],
  value: readonly (number | null)[],
): CodedFlows {
  const n = year.length;
  const numbers = new Map<string, number>();
  const codes: string[] = [];
  const number = (code: string | null) => {
    if (code === null) return -1;
    let k = numbers.get(code);
    if (k === undefined) numbers.set(code, (k = codes.push(code) - 1));
    return k;
  };
  const out = { year: new Int32Array(n), exporter: new Int32Array(n), importer: new Int32Array(n), value: new Float64Array(n) };
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    const y = year[i]!;
    if (y < first) first = y;
    if (y > last) last = y;
    out.year[i] = y;
    out.exporter[i] = number(exporter[i]!);
    out.importer[i] = number(importer[i]!);
    out.value[i] = value[i] ?? NaN;
  }
  return { codes, numbers, ...out, years: n ? [first, last] : [0, -1] };
}

/**
 * Which numbered economies are in a set: 1 at the number of each member, 0 elsewhere, so that a
 * loop over the rows tests membership by index instead of hashing a code.
 */
export function memberMask(flows: CodedFlows, members: ReadonlySet<string>): Uint8Array {
  const mask = new Uint8Array(flows.codes.length);
  for (const code of members) {
    const k = flows.numbers.get(code);
    if (k !== undefined) mask[k] = 1;
  }
  return mask;
}

// The trade file is coded once per data set: every chapter and both editions of a build read it.
const coded = new WeakMap<Dataset<TradeFlow>, CodedFlows>();

/** The COW bilateral trade flows, coded (once per data set). */
export function codedTradeFlows(flows: Dataset<TradeFlow>): CodedFlows {
  let r = coded.get(flows);
  if (!r) {
    const c = flows.columns();
    coded.set(flows, (r = codeFlows(c.year, c.exporter_iso3, c.importer_iso3, c.exports_musd)));
  }
  return r;
}
