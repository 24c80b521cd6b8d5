import { stringify } from 'csv-stringify/sync';
import type { Ledger } from '../figures/ledger';

/** Columns of a figure's data file: one line per table cell, its figure's ledger entry beside it. */
const FIGURE_DATA_COLUMNS = ['row', 'column', 'text', 'value', 'unit', 'source', 'figure_id'];

/**
 * The data files the HTML links to, `data/<id>.csv`, one for each chart and table: read from the
 * report as printed (each table's header and rows, a chart's from its data table), so that a file
 * holds what the reader sees. A cell that prints a ledger figure carries the figure's unrounded
 * value, unit, sources and id from the same ledger as figures.csv; other cells carry their text.
 *
 * @example figureData(html, ledger).get('data/trade-latest.csv')
 */
export function figureData(html: string, ledger: Ledger): Map<string, string> {
  const files = new Map<string, string>();
  const links = new Set([...html.matchAll(/href="data\/([^"]+)\.csv"/g)].map((m) => m[1]!));
  for (const { id, body } of outerFigures(html)) {
    if (!links.has(id)) continue;
    const table = /<table>[\s\S]*?<\/table>/.exec(body)?.[0];
    if (table) files.set(`data/${id}.csv`, tableCsv(table, ledger));
  }
  return files;
}

/** Each figure that is not inside another (a chart's data table is part of its chart). */
function outerFigures(html: string): { id: string; body: string }[] {
  const found: { id: string; body: string }[] = [];
  const tags = /<figure\b([^>]*)>|<\/figure>/g;
  let depth = 0;
  let start = { id: '', at: 0 };
  for (const m of html.matchAll(tags)) {
    if (m[0] !== '</figure>') {
      if (depth++ === 0) start = { id: /\bid="([^"]*)"/.exec(m[1]!)?.[1] ?? '', at: m.index! };
    } else if (--depth === 0 && start.id) {
      found.push({ id: start.id, body: html.slice(start.at, m.index) });
    }
  }
  return found;
}

function tableCsv(table: string, ledger: Ledger): string {
  const head = /<thead>([\s\S]*?)<\/thead>/.exec(table)?.[1] ?? '';
  const columns = cells(head).map((c) => c.text);
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
  const records: Record<string, string>[] = [];
  for (const tr of body.match(/<tr\b[\s\S]*?<\/tr>/g) ?? []) {
    const [label, ...rest] = cells(tr);
    rest.forEach((cell, i) => {
      const figures = cell.figures.map((id) => ledger.get(id)).filter((f) => f !== undefined);
      const one = figures.length === 1 ? figures[0]! : undefined;
      records.push({
        row: label?.text ?? '',
        column: columns[i + 1] ?? '',
        text: cell.text,
        value: one?.value === null || one === undefined ? '' : String(Math.round(one.value * 1e6) / 1e6),
        unit: one?.unit ?? '',
        source: [...new Set(figures.flatMap((f) => f.source.split(';')))].filter(Boolean).join(';'),
        figure_id: figures.map((f) => f.id).join(';'),
      });
    });
  }
  return stringify(records, { header: true, columns: FIGURE_DATA_COLUMNS, record_delimiter: '\n' });
}

/** The th and td cells of a row: their text as printed and the ledger ids of the figures in them. */
function cells(tr: string): { text: string; figures: string[] }[] {
  return [...tr.matchAll(/<t([hd])\b[^>]*>([\s\S]*?)<\/t\1>/g)].map((m) => ({
    text: decode(m[2]!.replace(/<br>/g, ' ').replace(/<[^>]+>/g, ''))
      .replace(/\s+/g, ' ')
      .trim(),
    figures: [...m[0].matchAll(/data-figure="([^"]+)"/g)].map((f) => decode(f[1]!)),
  }));
}

/** The characters Handlebars escapes, back from their entities. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", '#x3D': '=', '#x60': '`' };

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#x27|#39|#x3D|#x60);/g, (_, e: string) => ENTITIES[e]!);
}
