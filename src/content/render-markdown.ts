import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';

/** Citations stand in the Markdown as these, which no parser rule touches, until the HTML is made. */
export const mark = (i: number) => `\uE000${i}\uE001`;

const md = new MarkdownIt({ html: false, linkify: false, typographer: true }).use(footnote);
// A paragraph's line breaks in the source become spaces, so that the report keeps one element per line.
md.renderer.rules.softbreak = () => ' ';
const footnoteOpen = md.renderer.rules.footnote_open!;
md.renderer.rules.footnote_open = (...args) => `${footnoteOpen(...args)}\n`;

/**
 * CommonMark (with tables, footnotes and typographic quotes) → HTML. Raw HTML is escaped, as the
 * text is printed for readers and must not carry markup the report does not control. Headings are
 * shifted so that the file's top level becomes `topLevel` (h3 under a chapter's or section's h2),
 * and footnote ids carry the file's name, so that two files' footnote 1 do not collide on one page.
 */
export function renderMarkdown(body: string, name: string, pieces: readonly string[], topLevel = 3): string {
  const env = { docId: name };
  const tokens = md.parse(body, env);
  const levels = tokens.filter((t) => t.type === 'heading_open').map((t) => Number(t.tag.slice(1)));
  const shift = levels.length ? topLevel - Math.min(...levels) : 0;
  for (const t of tokens) {
    if (t.type === 'heading_open' || t.type === 'heading_close') t.tag = `h${Math.min(6, Number(t.tag.slice(1)) + shift)}`;
    if (t.type === 'table_open') t.attrSet('class', 'content-table');
  }
  const html = md.renderer.render(tokens, md.options, env);
  return html.replace(/\uE000(\d+)\uE001/g, (_, i: string) => pieces[Number(i)]!).trim();
}
