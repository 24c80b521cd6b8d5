/**
 * Checks of the printed page layout, on poppler's text of the PDF: pure functions, so that the
 * PDF tests stay short and these can be tried on small inputs.
 */

/** A heading or caption of the HTML, in document order, with the lines of content that must follow it on its page. */
export interface Block {
  text: string;
  /** Non-empty lines that must follow the block's first line on the same page. */
  follow: number;
}

const FOOTER = /^\s*Page \d+ of \d+\s*$/;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The headings (h2-h4) and table captions of report.html, in order: a heading must be followed
 * on its page by at least two more lines, a caption by its header and a row.
 */
export function blocksOf(html: string): Block[] {
  const entities: Record<string, string> = { '&amp;': '&', '&#x27;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>' };
  const decode = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&(amp|#x27|quot|lt|gt);/g, (e) => entities[e]!);
  const print = html.replace(/<nav class="contents"[\s\S]*?<\/nav>/, '').replace(/<details class="chart-data">[\s\S]*?<\/details>/g, '');
  const found = [...print.matchAll(/<(h[2-4]|caption)\b[^>]*>([\s\S]*?)<\/\1>/g)];
  return found.map((m) => ({ text: squash(decode(m[2]!)), follow: m[1] === 'caption' ? 4 : 3 }));
}

/**
 * Blocks that end a page: found in page order (each on the page of the one before or later), and
 * followed on their page by fewer lines than they need. Returns "page N: text" for each.
 *
 * @param pages the text of each page, from `pdftotext -layout`, split at form feeds
 * @param from the index of the first page to look on (after the contents, which list the headings)
 */
export function blocksAtFoot(pages: readonly string[], blocks: readonly Block[], from: number): string[] {
  const found: string[] = [];
  let page = from;
  for (const block of blocks) {
    const prefix = block.text.slice(0, 28);
    for (let p = page; p < pages.length; p++) {
      const lines = pages[p]!.split('\n').filter((l) => l.trim() !== '' && !FOOTER.test(l));
      // The running header repeats a chapter's title: the last line holding the text is the heading.
      const at = lines.map((l) => squash(l).includes(prefix)).lastIndexOf(true);
      if (at < 0) continue;
      page = p;
      if (lines.length - 1 - at < block.follow - 1) found.push(`page ${p + 1}: ${block.text.slice(0, 60)}`);
      break;
    }
  }
  return found;
}

/** Words of `pdftotext -bbox` output, by page: their top and bottom in points. */
function wordsByPage(bbox: string): { height: number; words: { yMin: number; yMax: number; text: string }[] }[] {
  const pages: { height: number; words: { yMin: number; yMax: number; text: string }[] }[] = [];
  for (const line of bbox.split('\n')) {
    const p = /<page width="[\d.]+" height="([\d.]+)"/.exec(line);
    if (p) pages.push({ height: Number(p[1]), words: [] });
    const w = /<word xMin="[\d.-]+" yMin="([\d.-]+)" xMax="[\d.-]+" yMax="([\d.-]+)">(.*)<\/word>/.exec(line);
    if (w) pages.at(-1)!.words.push({ yMin: Number(w[1]), yMax: Number(w[2]), text: w[3]! });
  }
  return pages;
}

/**
 * Pages whose text fills less than `fraction` of the type area (between the top and bottom page
 * margins, `margin` points each), except a page followed by one that starts a new section
 * (`starts(next page's first words)`), and the last. Returns "page N: P% full" for each.
 */
export function underfilledPages(bbox: string, margin: number, fraction: number, starts: (text: string) => boolean): string[] {
  const pages = wordsByPage(bbox);
  // A heading at the top of the area has its ascenders a few points above it.
  const body = (p: (typeof pages)[number]) => p.words.filter((w) => w.yMin >= margin - 6 && w.yMax <= p.height - margin + 1);
  const out: string[] = [];
  pages.forEach((p, i) => {
    const next = pages[i + 1];
    if (
      !next ||
      starts(
        body(next)
          .slice(0, 12)
          .map((w) => w.text)
          .join(' '),
      )
    )
      return;
    const bottom = Math.max(margin, ...body(p).map((w) => w.yMax));
    const full = (bottom - margin) / (p.height - 2 * margin);
    if (full < fraction) out.push(`page ${i + 1}: ${Math.round(full * 100)}% full`);
  });
  return out;
}
