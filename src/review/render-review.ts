import Handlebars from 'handlebars';
import type { Cell, ReportModel, TableModel } from '../render/model';

const esc = Handlebars.escapeExpression;

/**
 * out/review.html: what the people who check the report before publication need and readers do
 * not: every warning of the build (typed numbers, data gaps, charts), and the chapters' review
 * tables (figures not available, large changes to check against the source), with figure ids.
 * It is not part of the publication, so it may name files, ids and settings.
 */
export function renderReview(model: ReportModel, warnings: readonly string[]): string {
  const tables = model.chapters.flatMap((c) => c.review ?? []);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>Review before publication: ${esc(model.title)}, ${esc(model.subtitle)}</title>`,
    '<style>body { font-family: "Noto Sans", sans-serif; font-size: 10pt; margin: 2em; } table { border-collapse: collapse; }',
    'th, td { border-bottom: 1px solid #ccc; padding: 2px 8px; text-align: left; vertical-align: top; } code { font-size: 9pt; }</style>',
    '</head>',
    '<body>',
    '<main>',
    `<h1>Review before publication: ${esc(model.subtitle)}</h1>`,
    '<p>Not part of the publication. Check each item below against its source before the report is released.</p>',
    `<h2>Warnings of the build (${warnings.length})</h2>`,
    warnings.length ? `<ul>\n${warnings.map((w) => `<li><code>${esc(w)}</code></li>`).join('\n')}\n</ul>` : '<p>None.</p>',
    ...tables.map(table),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function table(t: TableModel): string {
  const cell = (c: Cell) => (typeof c === 'string' ? `<td>${esc(c)}</td>` : `<td data-figure="${esc(c.id)}">${esc(c.text)}</td>`);
  return [
    `<h2 id="${esc(t.id)}">${esc(t.caption)} (${t.rows.length})</h2>`,
    '<table>',
    `<thead><tr>${t.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...t.rows.map((r) => `<tr><th scope="row"><code>${esc(r.label)}</code></th>${r.cells.map(cell).join('')}</tr>`),
    '</tbody>',
    '</table>',
    ...t.notes.map((n) => `<p>${esc(n)}</p>`),
    `<p>${esc(t.source)}</p>`,
  ].join('\n');
}
