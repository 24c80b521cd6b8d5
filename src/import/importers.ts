// Longer than 250 lines: one importer per source, side by side, each a few lines over the shared
// layout readers (layouts.ts); apart, a reader would hunt through six files for one table of mappings.
import { InputError, type Problem } from '../errors';
import type { Layout, ReadFile } from './layouts';
import * as msg from './messages';

/** A data/ file as the importers rewrite it: its header and rows of text cells. */
export interface DataFile {
  columns: string[];
  rows: Record<string, string>[];
}

/** A row of data/sources.csv that an import adds when the register lacks its id. */
export type SourceRow = Record<'id' | 'kind' | 'title' | 'publisher' | 'date' | 'version' | 'url' | 'citation' | 'note', string>;

/** What an importer is given: the files read, the data/ files it may rewrite (as they are now), and the economies. */
export interface ImportInput {
  files: (ReadFile & { file: string })[];
  current: (path: string) => DataFile | null;
  economies: ReadonlySet<string>;
}

export interface ImportResult {
  files: Map<string, DataFile>;
  sources: SourceRow[];
  /** Lines for the person importing: what was kept, what was left out. */
  summary: string[];
}

/** One source staff download: the layouts accepted and how its files become data/ files. */
export interface Importer {
  layouts: readonly Layout[];
  describe: string;
  run(input: ImportInput): ImportResult;
}

/** WDI codes of the direction-of-trade indicators the report reads. */
const DIRECTION_INDICATORS = ['TX.VAL.MRCH.CD.WT', 'TX.VAL.MRCH.WR.ZS', 'TX.VAL.MRCH.OR.ZS', 'TX.VAL.MRCH.HI.ZS'] as const;
/** SDG 17.11.1 series: shares of world merchandise exports and imports. */
const SDG_INDICATORS = ['TX.EXP.GBMRCH', 'TX.IMP.GBMRCH'] as const;

// Gapminder's own codes in the DDF copies, for economies that have an ISO code.
const DDF_CODES: Record<string, string> = { NLD_CURACAO: 'CUW', KOS: 'XKX' };
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** The source id of a file: the shared copy's fixed id, or one named by the World Bank's "Last Updated Date". */
function wdiSource(f: ReadFile, fixed: string, stem: string): { id: string; row: SourceRow | null } {
  if (f.layout !== 'wb-wide') return { id: fixed, row: null };
  const vintage = f.vintage ?? 'undated';
  const id = `${stem}-${vintage}`.toLowerCase();
  const name = f.indicatorName ?? f.indicator;
  return {
    id,
    row: {
      id,
      kind: 'dataset',
      title: `${name}, World Development Indicators, ${f.indicator}`,
      publisher: 'World Bank',
      date: vintage,
      version: `Last Updated Date ${vintage}`,
      url: `https://data.worldbank.org/indicator/${f.indicator}`,
      citation: `World Bank, World Development Indicators, ${name}, ${f.indicator} (last updated ${vintage})`,
      note: 'Imported from the CSV download of the World Bank data site; economies only, World Bank aggregates dropped.',
    },
  };
}

/** Long records of economies with a value, checked: a value that is not a number is a problem at its line. */
function economyValues(f: ReadFile & { file: string }, economies: ReadonlySet<string>, problems: Problem[], dropped: Set<string>) {
  const out: { iso3: string; year: string; value: string }[] = [];
  for (const r of f.records) {
    const code = r.code.toUpperCase();
    const iso3 = DDF_CODES[code] ?? code;
    if (r.value === '') continue;
    if (!NUMBER.test(r.value)) {
      problems.push({ file: f.file, line: r.line, message: msg.notNumber(r.code, r.year, r.value) });
      continue;
    }
    if (!economies.has(iso3)) {
      dropped.add(r.code);
      continue;
    }
    out.push({ iso3, year: String(r.year), value: r.value });
  }
  return out;
}

function sortRows(rows: Record<string, string>[], keys: string[]): Record<string, string>[] {
  const cmp = (a: string, b: string) => (/^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0);
  return rows.sort((a, b) => {
    for (const k of keys) {
      const c = cmp(a[k]!, b[k]!);
      if (c) return c;
    }
    return 0;
  });
}

/**
 * A long file of indicators (indicator, key, year, value, source): each imported indicator's rows
 * replace that indicator's rows, so importing one indicator leaves the others as they were, and
 * importing the same file twice gives the same bytes.
 */
function replaceIndicators(
  current: DataFile | null,
  columns: string[],
  incoming: Map<string, Record<string, string>[]>,
  order: string[],
): DataFile {
  const kept = (current?.rows ?? []).filter((r) => !incoming.has(r.indicator!));
  return { columns, rows: sortRows([...kept, ...[...incoming.values()].flat()], order) };
}

function fail(problems: Problem[]): void {
  if (problems.length) throw new InputError(problems.slice(0, 20), problems.length > 20 ? [msg.moreProblems(problems.length - 20)] : []);
}

const directionImporter: Importer = {
  layouts: ['wb-wide', 'ddf'],
  describe: `WDI direction of merchandise exports: ${DIRECTION_INDICATORS.join(', ')}`,
  run({ files, current, economies }) {
    const problems: Problem[] = [];
    const dropped = new Set<string>();
    const incoming = new Map<string, Record<string, string>[]>();
    const sources: SourceRow[] = [];
    for (const f of files) {
      if (!(DIRECTION_INDICATORS as readonly string[]).includes(f.indicator)) {
        problems.push({ file: f.file, line: 1, message: msg.wrongIndicator(DIRECTION_INDICATORS, f.indicator) });
        continue;
      }
      const src = wdiSource(f, 'wdi-trade-direction-2026', 'wdi-trade');
      if (src.row) sources.push(src.row);
      const values = economyValues(f, economies, problems, dropped);
      incoming.set(
        f.indicator,
        values.map((v) => ({ indicator: f.indicator, ...v, source: src.id })),
      );
    }
    fail(problems);
    const path = 'trade/wdi-export-direction.csv';
    const file = replaceIndicators(current(path), ['indicator', 'iso3', 'year', 'value', 'source'], incoming, [
      'indicator',
      'iso3',
      'year',
    ]);
    const counts = [...incoming].map(([k, v]) => `${k} ${v.length} values`).join(', ');
    return {
      files: new Map([[path, file]]),
      sources,
      summary: [`${path}: ${counts}; codes left out (aggregates or not economies of the report): ${dropped.size}`],
    };
  },
};

/** GDP or population: the whole file is replaced by the download (one indicator per file). */
function economyImporter(indicator: string, path: string, column: string, fixed: string, stem: string): Importer {
  return {
    layouts: ['wb-wide', 'datahub'],
    describe: `WDI ${indicator}`,
    run({ files, economies }) {
      const problems: Problem[] = [];
      const dropped = new Set<string>();
      if (files.length !== 1) problems.push({ file: files[1]?.file ?? '', message: msg.fileCount(indicator, files.length) });
      const f = files[0]!;
      if (f.layout === 'wb-wide' && f.indicator !== indicator) {
        problems.push({ file: f.file, line: 6, message: msg.wrongIndicator([indicator], f.indicator) });
      }
      fail(problems);
      const src = wdiSource(f, fixed, stem);
      const values = economyValues(f, economies, problems, dropped);
      const rows = values.map((v) => ({ iso3: v.iso3, year: v.year, [column]: v.value, source: src.id }));
      fail(problems);
      const file = { columns: ['iso3', 'year', column, 'source'], rows: sortRows(rows, ['iso3', 'year']) };
      return {
        files: new Map([[path, file]]),
        sources: src.row ? [src.row] : [],
        summary: [`${path}: ${rows.length} values; codes left out: ${dropped.size}`],
      };
    },
  };
}

const sdgImporter: Importer = {
  layouts: ['sdg-ddf'],
  describe: 'SDG indicator 17.11.1 (shares of world merchandise exports and imports)',
  run({ files, current }) {
    const problems: Problem[] = [];
    const incoming = new Map<string, Record<string, string>[]>();
    for (const f of files) {
      if (!(SDG_INDICATORS as readonly string[]).includes(f.indicator)) {
        problems.push({ file: f.file, line: 1, message: msg.wrongIndicator(SDG_INDICATORS, f.indicator) });
        continue;
      }
      const rows = f.records
        .filter((r) => r.value !== '')
        .map((r) => {
          if (!NUMBER.test(r.value)) problems.push({ file: f.file, line: r.line, message: msg.notNumber(r.code, r.year, r.value) });
          if (!/^\d+$/.test(r.code)) problems.push({ file: f.file, line: r.line, message: msg.notM49(r.code) });
          return { indicator: f.indicator, m49: r.code, year: String(r.year), value: r.value, source: 'unsd-sdg-17-11-1-2023' };
        });
      incoming.set(f.indicator, rows);
    }
    fail(problems);
    const path = 'trade/sdg-world-trade-shares.csv';
    const file = replaceIndicators(current(path), ['indicator', 'm49', 'year', 'value', 'source'], incoming, ['indicator', 'm49', 'year']);
    const counts = [...incoming].map(([k, v]) => `${k} ${v.length} values`).join(', ');
    return { files: new Map([[path, file]]), sources: [], summary: [`${path}: ${counts}`] };
  },
};

/** A file replaced as a whole by one download in the layout the current inputs have. */
function wholeFile(
  layout: Layout,
  path: string,
  columns: string[],
  describe: string,
  row: (extra: Record<string, string>) => Record<string, string>,
  order: string[],
): Importer {
  return {
    layouts: [layout],
    describe,
    run({ files }) {
      if (files.length !== 1) throw new InputError([{ file: files[1]?.file ?? '', message: msg.fileCount(describe, files.length) }]);
      const problems: Problem[] = [];
      const rows = files[0]!.records.map((r) => {
        const out = row(r.extra);
        for (const c of columns) {
          if (/_usd|_musd/.test(c) && !NUMBER.test(out[c]!))
            problems.push({ file: files[0]!.file, line: r.line, message: msg.notNumberIn(c, out[c]!) });
        }
        return out;
      });
      fail(problems);
      return { files: new Map([[path, { columns, rows: sortRows(rows, order) }]]), sources: [], summary: [`${path}: ${rows.length} rows`] };
    },
  };
}

/** Every source `npm run import` knows, by the name given on its command line. */
export const IMPORTERS: Record<string, Importer> = {
  'wdi-trade-direction': directionImporter,
  gdp: economyImporter('NY.GDP.MKTP.CD', 'economy/wdi-gdp.csv', 'gdp_usd', 'wdi-gdp-2026', 'wdi-gdp'),
  population: economyImporter('SP.POP.TOTL', 'economy/wdi-population.csv', 'population', 'wdi-population-2026', 'wdi-population'),
  'sdg-17-11-1': sdgImporter,
  // The importer-reported value (COW flow1) only; the smoothed flow is COW's own adjustment.
  cow: wholeFile(
    'cow',
    'trade/cow-bilateral-exports.csv',
    ['year', 'exporter_iso3', 'importer_iso3', 'exports_musd', 'source'],
    'Correlates of War dyadic trade',
    (r) => ({
      year: r.year!,
      exporter_iso3: r.exporter_iso3!,
      importer_iso3: r.importer_iso3!,
      exports_musd: r.exports_musd!,
      source: 'cow-trade-4.0',
    }),
    [],
  ),
  comtrade: wholeFile(
    'penppml',
    'trade/comtrade-exports.csv',
    ['year', 'exporter_code', 'importer_code', 'exports_usd', 'source'],
    'UN Comtrade as in the penppml extract',
    (r) => ({
      year: r.year!,
      exporter_code: r.exporter_iso3!,
      importer_code: r.importer_iso3!,
      exports_usd: r.exports_usd!,
      source: 'penppml-comtrade-0.2.4',
    }),
    [],
  ),
  aiddata: wholeFile(
    'aiddata',
    'finance/gcdf3-china-commitments.csv',
    ['iso3', 'year', 'oda_usd2021', 'oof_usd2021', 'vague_usd2021', 'source'],
    'AidData GCDF aggregates by recipient and year',
    (r) => ({
      iso3: r.iso3!,
      year: r.year!,
      oda_usd2021: r.oda_usd2021!,
      oof_usd2021: r.oof_usd2021!,
      vague_usd2021: r.vof_usd2021!,
      source: 'aiddata-gcdf-3.0',
    }),
    ['iso3', 'year'],
  ),
};
