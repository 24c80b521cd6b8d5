import type { CodedFlows } from './coded-flows';

/** How many economies the bilateral rows with a value name in one year, on each side. */
export interface EconomiesInYear {
  year: number;
  /** Economies reporting imports (the reporting side of COW flow1). */
  importers: number;
  /** Economies with recorded exports. */
  exporters: number;
}

/**
 * The economies that import and that export in each year, over the rows with a value; years
 * ascending, a year without such rows absent. Rows whose partner is no economy count on one side.
 *
 * @example economiesByYear(codeFlows([2000, 2000], ['BRA', 'BRA'], ['ARG', 'CHN'], [1, 2])) // [{ year: 2000, importers: 2, exporters: 1 }]
 */
export function economiesByYear(flows: CodedFlows): EconomiesInYear[] {
  const [firstYear, lastYear] = flows.years;
  const nEconomies = flows.codes.length;
  const nYears = lastYear - firstYear + 1;
  // Who appears in each year, a byte per year and economy: over 328,000 rows, a Set of codes per year cost 20 ms.
  const imports = new Uint8Array(nYears * nEconomies);
  const exports = new Uint8Array(nYears * nEconomies);
  const counts = { importers: new Int32Array(nYears), exporters: new Int32Array(nYears), rows: new Int32Array(nYears) };
  const { year, exporter, importer, value } = flows;
  for (let i = 0; i < year.length; i++) {
    if (Number.isNaN(value[i])) continue; // a missing value
    const y = year[i]! - firstYear;
    const e = exporter[i]!;
    const m = importer[i]!;
    counts.rows[y]!++;
    if (e >= 0 && !exports[y * nEconomies + e]) {
      exports[y * nEconomies + e] = 1;
      counts.exporters[y]!++;
    }
    if (m >= 0 && !imports[y * nEconomies + m]) {
      imports[y * nEconomies + m] = 1;
      counts.importers[y]!++;
    }
  }
  const out: EconomiesInYear[] = [];
  for (let y = 0; y < nYears; y++)
    if (counts.rows[y]) out.push({ year: firstYear + y, importers: counts.importers[y]!, exporters: counts.exporters[y]! });
  return out;
}
