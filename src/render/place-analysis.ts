/** Where an author's analysis goes in the chapter the generator wrote. */
export type Placement = 'opening' | 'start' | 'end';

/** Elements that end a chapter's opening: its first sub-heading, chart, table or list. */
const AFTER_OPENING = /^<(h[3-6]|figure|table|ul|ol|div|section|details|aside|dl)\b/;

/**
 * Puts `analysis` into a chapter's HTML (one element per line, as the templates write it):
 * `opening` after the generated opening, the paragraphs and quotations between the chapter's
 * heading and its first sub-heading, chart or table; `start` right after the heading; `end`
 * before the chapter's closing tag.
 */
export function placeAnalysis(chapterHtml: string, analysis: { html: string; placement: Placement } | null | undefined): string {
  if (!analysis) return chapterHtml;
  const lines = chapterHtml.split('\n');
  if (analysis.placement === 'end') {
    const close = lines.map((l) => l.trim()).lastIndexOf('</section>');
    if (close >= 0) return [...lines.slice(0, close), analysis.html, ...lines.slice(close)].join('\n');
    return `${chapterHtml}\n${analysis.html}`;
  }
  const heading = lines.findIndex((l) => /^<h2\b/.test(l.trim()));
  let at = heading + 1;
  if (analysis.placement === 'opening') {
    let quote = 0;
    for (; at < lines.length; at++) {
      const l = lines[at]!.trim();
      if (!l) continue;
      if (quote === 0 && AFTER_OPENING.test(l)) break;
      if (quote === 0 && l === '</section>') break;
      quote += (l.match(/<blockquote\b/g) ?? []).length - (l.match(/<\/blockquote>/g) ?? []).length;
    }
  }
  return [...lines.slice(0, at), analysis.html, ...lines.slice(at)].join('\n');
}
