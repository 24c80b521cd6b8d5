// Parses CSV bytes into dictionary-encoded columns. Plain JavaScript, not TypeScript, because it
// also runs as a worker thread, and Node 20's workers do not inherit the TypeScript loader (tsx)
// of the main thread. Types are checked from the JSDoc (tsconfig: allowJs, checkJs).
import { parse } from 'csv-parse/sync';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

/**
 * @typedef {{ values: string[], codes: Uint32Array }} EncodedColumn
 *   Cell text of record i is values[codes[i]]; a record too short for the column has "".
 * @typedef {{ rows: string[][] | null, columns: EncodedColumn[], length: number, cells: Uint32Array }} Chunk
 *   cells[i] is how many cells record i has, to report short and long rows.
 */

/**
 * Parses one piece of a CSV file, header included if it has one, and encodes each column as a
 * dictionary of its distinct texts plus one code per record: later stages check each distinct
 * text once, and the codes cross threads without copying.
 *
 * @param {Uint8Array} bytes
 * @param {{ bom: boolean, width: number, keepRows: boolean }} options width: columns to encode
 * @returns {Chunk}
 */
export function parseChunk(bytes, { bom, width, keepRows }) {
  /** @type {string[][]} */
  const rows = parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    bom,
    relax_column_count: true,
    skip_empty_lines: true,
  });
  const n = rows.length;
  const cells = new Uint32Array(n);
  for (let i = 0; i < n; i++) cells[i] = /** @type {string[]} */ (rows[i]).length;
  /** @type {EncodedColumn[]} */
  const columns = [];
  for (let c = 0; c < width; c++) {
    /** @type {Map<string, number>} */
    const index = new Map();
    /** @type {string[]} */
    const values = [];
    const codes = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const text = /** @type {string[]} */ (rows[i])[c] ?? '';
      let k = index.get(text);
      if (k === undefined) {
        k = values.length;
        index.set(text, k);
        values.push(text);
      }
      codes[i] = k;
    }
    columns.push({ values, codes });
  }
  return { rows: keepRows ? rows : null, columns, length: n, cells };
}

if (!isMainThread && parentPort && workerData?.parseChunk) {
  const chunk = parseChunk(workerData.bytes, workerData.options);
  const buffers = /** @type {ArrayBuffer[]} */ ([chunk.cells.buffer, ...chunk.columns.map((c) => c.codes.buffer)]);
  parentPort.postMessage(chunk, buffers);
}
