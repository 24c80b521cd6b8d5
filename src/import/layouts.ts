import { parse } from 'csv-parse/sync';
import { InputError, type Problem } from '../errors';
import * as msg from './messages';

/** One value of a downloaded file in long form, with the line it came from. */
export interface LongRecord {
  /** The economy or area code as the file writes it ("BRA", "bra", "76"). */
  code: string;
  year: number;
  /** The value's text; empty when the file leaves the cell empty. */
  value: string;
  line: number;
  /** The other columns of the row, by header name (bilateral files: the partner). */
  extra: Record<string, string>;
}

/** A downloaded file read into long records, with the indicator it holds and its vintage where it says. */
export interface ReadFile {
  layout: Layout;
  /** World Bank code, e.g. "TX.VAL.MRCH.WR.ZS"; for bilateral and finance files the layout's name. */
  indicator: string;
  /** "Last Updated Date" of a World Bank download, or null. */
  vintage: string | null;
  /** The World Bank's name of the indicator ("GDP (current US$)"), where the file gives it. */
  indicatorName?: string;
  records: LongRecord[];
}

/** The layouts staff download, each recognised by its header (the World Bank's by its preamble). */
export const LAYOUTS = {
  'wb-wide':
    'the World Bank data site\u2019s CSV: "Data Source" and "Last Updated Date" lines, then ' +
    '"Country Name","Country Code","Indicator Name","Indicator Code" and one column per year',
  ddf: 'a DDF datapoints file: geo,time,<indicator>',
  datahub: 'the datahub WDI layout: Country Name,Country Code,Year,Value',
  'sdg-ddf': 'a DDF SDG datapoints file: geo_area,nature,observation_status,units,year,<indicator>',
  cow: 'the Correlates of War dyadic extract: year, exporter_iso3, importer_iso3, ..., exports_musd',
  penppml: 'the penppml UN Comtrade extract: year, exporter_iso3, importer_iso3, exports_usd',
  aiddata: 'AidData\u2019s GCDF aggregates: iso3, recipient_name, ccode, year, oda_usd2021, ..., vof_usd2021',
} as const;
export type Layout = keyof typeof LAYOUTS;

const YEAR = /^\d{4}$/;

/** Reads a downloaded file in any of `accepted` layouts; a file in none of them is an error that lists what was expected. */
export function readLayout(file: string, text: string, accepted: readonly Layout[]): ReadFile {
  const body = text.replace(/^\uFEFF/, '');
  const rows = records(file, body);
  const first = rows[0]?.cells ?? [];
  const problems: Problem[] = [];
  const fail = (line: number, message: string): never => {
    throw new InputError([...problems, { file, line, message }]);
  };
  if (first[0] === 'Data Source' && accepted.includes('wb-wide')) return wbWide(file, rows, fail);
  const header = first.join(',');
  const layout = accepted.find((l) => l !== 'wb-wide' && matches(l, first));
  if (!layout)
    fail(
      1,
      msg.unknownLayout(
        accepted.map((l) => LAYOUTS[l]),
        header,
      ),
    );
  const l = layout!;
  const col = (name: string) => first.indexOf(name);
  const spec = {
    ddf: { code: 0, year: 1, value: 2 },
    datahub: { code: col('Country Code'), year: col('Year'), value: col('Value') },
    'sdg-ddf': { code: 0, year: col('year'), value: first.length - 1 },
    cow: { code: col('exporter_iso3'), year: col('year'), value: col('exports_musd') },
    penppml: { code: col('exporter_iso3'), year: col('year'), value: col('exports_usd') },
    aiddata: { code: col('iso3'), year: col('year'), value: col('oda_usd2021') },
  }[l as Exclude<Layout, 'wb-wide'>];
  const out: LongRecord[] = [];
  for (const r of rows.slice(1)) {
    if (r.cells.length !== first.length) {
      problems.push({ file, line: r.line, message: msg.cellCount(first.length, r.cells.length) });
      continue;
    }
    const year = r.cells[spec.year]!;
    if (!YEAR.test(year)) {
      problems.push({ file, line: r.line, message: msg.notYear(first[spec.year]!, year) });
      continue;
    }
    const extra = Object.fromEntries(first.map((h, i) => [h, r.cells[i]!]));
    out.push({ code: r.cells[spec.code]!, year: Number(year), value: r.cells[spec.value]!, line: r.line, extra });
  }
  if (problems.length) throw new InputError(problems.slice(0, 20), problems.length > 20 ? [msg.moreProblems(problems.length - 20)] : []);
  const indicator = l === 'ddf' || l === 'sdg-ddf' ? first[first.length - 1]!.replace(/_/g, '.').toUpperCase() : l;
  return { layout: l, indicator, vintage: null, records: out };
}

function matches(layout: Layout, header: string[]): boolean {
  const has = (...names: string[]) => names.every((n) => header.includes(n));
  switch (layout) {
    case 'ddf':
      return header.length === 3 && header[0] === 'geo' && header[1] === 'time';
    case 'datahub':
      return header.join(',') === 'Country Name,Country Code,Year,Value';
    case 'sdg-ddf':
      return header.slice(0, 5).join(',') === 'geo_area,nature,observation_status,units,year' && header.length === 6;
    case 'cow':
      return has('year', 'exporter_iso3', 'importer_iso3', 'exports_musd');
    case 'penppml':
      return header.join(',') === 'year,exporter_iso3,importer_iso3,exports_usd';
    case 'aiddata':
      return has('iso3', 'year', 'oda_usd2021', 'oof_usd2021', 'vof_usd2021');
    default:
      return false;
  }
}

/**
 * The World Bank's download: line 1 "Data Source", line 3 "Last Updated Date", the header on line
 * 5, then one row per economy or aggregate with one cell per year (every line ends in a comma).
 */
function wbWide(file: string, rows: { line: number; cells: string[] }[], fail: (line: number, message: string) => never): ReadFile {
  const vintage = rows.find((r) => r.cells[0] === 'Last Updated Date')?.cells[1] ?? null;
  const headerAt = rows.findIndex((r) => r.cells[0] === 'Country Name');
  if (headerAt < 0) fail(rows[rows.length - 1]?.line ?? 1, msg.noWbHeader());
  const header = { line: rows[headerAt]!.line, cells: trimTrailingEmpty(rows[headerAt]!.cells) };
  if (msg.WB_HEADER.some((h, i) => header.cells[i] !== h)) fail(header.line, msg.badWbHeader(header.cells.slice(0, 4)));
  const years = header.cells.slice(4).map((y) => (YEAR.test(y) ? Number(y) : null));
  const out: LongRecord[] = [];
  const indicators = new Set<string>();
  const problems: Problem[] = [];
  const names = new Set<string>();
  for (const row of rows.slice(headerAt + 1)) {
    const r = { line: row.line, cells: trimTrailingEmpty(row.cells) };
    if (r.cells.length < 4) {
      problems.push({ file, line: r.line, message: msg.cellCount(header.cells.length, r.cells.length) });
      continue;
    }
    indicators.add(r.cells[3]!);
    names.add(r.cells[2]!);
    years.forEach((year, i) => {
      const value = r.cells[4 + i];
      if (year !== null && value !== undefined) out.push({ code: r.cells[1]!, year, value, line: r.line, extra: { name: r.cells[0]! } });
    });
  }
  if (indicators.size > 1) problems.push({ file, line: header.line + 1, message: msg.oneIndicatorPerFile([...indicators]) });
  if (problems.length) throw new InputError(problems.slice(0, 20));
  if (out.length === 0) fail(header.line, msg.noRows());
  return { layout: 'wb-wide', indicator: [...indicators][0]!, indicatorName: [...names][0]!, vintage, records: out };
}

/** The file's records as cells with their line numbers; a quote left open is an error at its line. */
function records(file: string, text: string): { line: number; cells: string[] }[] {
  try {
    const options = { relax_column_count: true, skip_empty_lines: true, info: true };
    const parsed = parse(text, options) as unknown as { record: string[]; info: { lines: number } }[];
    // csv-parse counts the line a record ends on; these records are one line each.
    return parsed.map((p) => ({ line: p.info.lines, cells: p.record }));
  } catch (error) {
    const e = error as { lines?: number; message: string };
    throw new InputError([{ file, line: e.lines, message: msg.unreadable(e.message) }]);
  }
}

// The World Bank's lines end in a comma: an empty last cell that no header names.
function trimTrailingEmpty(cells: string[]): string[] {
  return cells.length > 1 && cells[cells.length - 1] === '' ? cells.slice(0, -1) : cells;
}
