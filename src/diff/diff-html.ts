import Handlebars from 'handlebars';
import type { BuildDiff } from './compare-builds';

const esc = Handlebars.Utils.escapeExpression;

/**
 * diff.html: the newer report itself, with every changed or added figure highlighted where it is
 * printed (its old value in a tooltip and beside it), a summary of the changes at the top, and
 * the charts that changed, old and new side by side. Self-contained like the report.
 */
export function diffHtml(
  d: BuildDiff,
  htmlB: string,
  svgA: Map<string, string>,
  svgB: Map<string, string>,
  labels: { a: string; b: string },
): string {
  const changed = new Map(d.changed.map((c) => [c.after.id, c]));
  const added = new Set(d.added.map((f) => f.id));
  let html = htmlB.replace(/data-figure="([^"]+)"([^>]*)>([^<]*)</g, (all, id: string, rest: string, text: string) => {
    const c = changed.get(id);
    if (c)
      return (
        `data-figure="${id}" data-diff="changed" title="${esc(labels.a)}: ` +
        `${esc(c.before.text)}"${rest}>${text} <del class="diff-old">${esc(c.before.text)}</del><`
      );
    if (added.has(id)) return `data-figure="${id}" data-diff="added" title="new in ${esc(labels.b)}"${rest}>${text}<`;
    return all;
  });
  const rows = (xs: string[][]) =>
    xs.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n');
  const summary = `<section class="diff-summary" aria-labelledby="diff-title">
<h2 id="diff-title">Changes from ${esc(labels.a)} to ${esc(labels.b)}</h2>
<p>${d.changed.length} figures changed, ${d.added.length} added, ${d.removed.length} removed; ${d.charts.length} charts differ.
Changed figures are highlighted below where the report prints them, with the old value struck through.</p>
<table>
<caption>Changed figures</caption>
<thead><tr><th scope="col">Figure</th><th scope="col">Chapter</th>
<th scope="col">${esc(labels.a)}</th><th scope="col">${esc(labels.b)}</th></tr></thead>
<tbody>
${rows(d.changed.map((c) => [esc(c.after.id), esc(c.after.chapter), esc(c.before.text), esc(c.after.text)]))}
${rows(d.added.map((f) => [esc(f.id), esc(f.chapter), '(new)', esc(f.text)]))}
${rows(d.removed.map((f) => [esc(f.id), esc(f.chapter), esc(f.text), '(removed)']))}
</tbody>
</table>
${d.charts
  .map(
    (c) =>
      `<figure class="diff-chart">\n<figcaption>Chart ${esc(c.id)}: ` +
      `${c.status}</figcaption>\n<div ` +
      `class="diff-side"><div><p>${esc(labels.a)}</p>\n${svgA.get(c.id) ?? '<p>(none)</p>'}\n</div>` +
      `<div><p>${esc(labels.b)}</p>\n${svgB.get(c.id) ?? '<p>(none)</p>'}\n</div></div>\n</figure>`,
  )
  .join('\n')}
</section>`;
  const style = `<style>
[data-diff="changed"] { background: #fff2a8; outline: 1px solid #b58900; }
[data-diff="added"] { background: #d9f2d9; outline: 1px solid #1b7837; }
.diff-old { color: #8b0000; font-size: 0.85em; }
.diff-summary { border: 2px solid #b58900; padding: 4mm; margin: 4mm 0; }
.diff-side { display: flex; gap: 4mm; } .diff-side > div { flex: 1 1 0; min-width: 0; }
.diff-side svg { display: block; width: 100%; height: auto; }
</style>`;
  html = html.replace('</head>', `${style}\n</head>`).replace(/<body>\n/, `<body>\n${summary}\n`);
  return html;
}
