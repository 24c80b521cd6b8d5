import type { Dataset } from '../validate/table-schema';
import type { TradeFlow } from '../validate/validate-data';
import { numberCodes } from './number-codes';
import { oncePer } from './once-per';

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
 * Numbers the economies of bilateral columns (exporters in order of first appearance, then the
 * importers not yet numbered) and copies the columns into typed arrays. A null code (an
 * exporter or importer that is no economy) becomes -1.
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
  const { codes, numbers, columns } = numberCodes([exporter, importer]);
  const [exporters, importers] = columns as [Int32Array, Int32Array];
  const years = new Int32Array(n);
  const values = new Float64Array(n);
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    const y = year[i]!;
    if (y < first) first = y;
    if (y > last) last = y;
    years[i] = y;
    values[i] = value[i] ?? NaN;
  }
  return { codes, numbers, year: years, exporter: exporters, importer: importers, value: values, years: n ? [first, last] : [0, -1] };
}

/**
 * The same flows with each code replaced by what `economyOf` says it stands for: an economy's
 * code (two codes may stand for one economy, which then has one number) or null, for no economy.
 * Each distinct code is looked up once, not once per row.
 *
 * @example recodeFlows(flows, (code) => (code === 'ZAR' ? 'COD' : code))
 */
export function recodeFlows(flows: CodedFlows, economyOf: (code: string) => string | null): CodedFlows {
  const numbers = new Map<string, number>();
  const codes: string[] = [];
  const renumber = Int32Array.from(flows.codes, (code) => {
    const economy = economyOf(code);
    if (economy === null) return -1;
    return numbers.get(economy) ?? numbers.set(economy, codes.push(economy) - 1).get(economy)!;
  });
  const apply = (column: Int32Array) => {
    const out = new Int32Array(column.length);
    for (let i = 0; i < column.length; i++) out[i] = column[i]! < 0 ? -1 : renumber[column[i]!]!;
    return out;
  };
  return { ...flows, codes, numbers, exporter: apply(flows.exporter), importer: apply(flows.importer) };
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

/** The COW bilateral trade flows, coded once per file: every chapter and both editions of a build read them. */
export const codedTradeFlows = oncePer((flows: Dataset<TradeFlow>): CodedFlows => {
  const c = flows.columns();
  return codeFlows(c.year, c.exporter_iso3, c.importer_iso3, c.exports_musd);
});
