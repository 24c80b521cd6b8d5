import { formatProblem, InputError, type Problem } from '../errors';
import type { Ledger } from '../figures/ledger';
import * as msg from '../messages';
import type { Thresholds } from '../render/narrative';
import { findCitations, type Citation } from './citations';
import { readContent, type ContentFile } from './content-files';
import { splitFrontMatter } from './front-matter';
import { checkTrendWords, checkTypedNumbers, proseOnly } from './prose-checks';
import { mark, renderMarkdown } from './render-markdown';

/** A section of the front matter, written in content/: its anchor, heading and HTML. */
export interface FrontSection {
  id: string;
  title: string;
  html: string;
}

/** What people wrote, ready for the templates; every figure it prints is one of the ledger's. */
export interface RenderedContent {
  /** Foreword, key messages and overview, those that exist, by name. */
  front: Partial<Record<FrontName, FrontSection>>;
  /** A chapter's own analysis (and its boxes) by chapter id, with where in the chapter it goes. */
  chapters: Map<string, { html: string; placement: 'opening' | 'start' | 'end' }>;
  /** Typed numbers and the like: worth a look, not worth stopping the build for. */
  warnings: string[];
  /** The files read, for the manifest's inputs. */
  files: ContentFile[];
}

const FRONT = { foreword: 'Foreword', 'key-messages': 'Key messages', overview: 'Overview' } as const;
type FrontName = keyof typeof FRONT;
const PLACEMENTS = ['opening', 'start', 'end'] as const;

/**
 * content/*.md → HTML: front matter read, citations resolved against the ledger (`{{figure}}`,
 * `{{change}}`, `{{edition}}`), the prose checked (a contradicted trend word is an error, a number
 * typed by hand a warning), then CommonMark rendered. Every error of every file is collected and
 * thrown as one InputError, each at content/FILE.md:line:column.
 */
export function renderContent(dir: string, edition: number, ledger: Ledger, t: Thresholds, chapterIds: readonly string[]): RenderedContent {
  const files = readContent(dir, edition);
  const out: RenderedContent = { front: {}, chapters: new Map(), warnings: [], files };
  const problems: Problem[] = [];
  const boxes: { chapter: string; html: string; placement: 'opening' | 'start' | 'end' }[] = [];
  for (const f of files) {
    const { front, body, problems: fm } = splitFrontMatter(f.source);
    problems.push(...fm.map((p) => ({ file: f.file, line: p.line, column: 1, message: p.message })));
    const isBox = f.name.startsWith('box-');
    if (!(f.name in FRONT) && !chapterIds.includes(f.name) && !isBox) {
      const expected = [...Object.keys(FRONT), ...chapterIds];
      problems.push({ file: f.file, line: 1, column: 1, message: msg.unknownContentFile(f.name, expected) });
      continue;
    }
    const atTop = (message: string) => problems.push({ file: f.file, line: 1, column: 1, message });
    // `from: 2026`: the text is written for the editions from 2026 on, whose figures it cites; an
    // older edition (rebuilt for "What changed" or for the record) leaves it out.
    if (front.from !== undefined && !/^\d{4}$/.test(front.from))
      atTop(msg.badFrontMatter('from', front.from, 'a year of publication such as 2026'));
    else if (front.from !== undefined && edition < Number(front.from)) continue;
    const placement = (front.placement ?? (isBox ? 'end' : 'opening')) as 'opening' | 'start' | 'end';
    if (!PLACEMENTS.includes(placement)) atTop(msg.badFrontMatter('placement', placement, PLACEMENTS.join(', ')));
    const chapter = isBox ? (front.chapter ?? '') : f.name;
    if (isBox && !chapterIds.includes(chapter)) atTop(msg.badFrontMatter('chapter', chapter, `a chapter id (${chapterIds.join(', ')})`));

    const { citations, problems: cited } = findCitations(body, f.file, ledger, edition, t);
    problems.push(...cited);
    const prose = proseOnly(body, citations);
    problems.push(...checkTrendWords(prose, citations, f.file));
    out.warnings.push(...checkTypedNumbers(prose, citations, f.file, ledger, edition).map(formatProblem));
    const html = renderMarkdown(
      withMarks(body, citations),
      f.name,
      citations.map((c) => c.html),
    );

    if (f.name in FRONT) out.front[f.name as FrontName] = { id: f.name, title: front.title ?? FRONT[f.name as FrontName], html };
    else if (isBox) boxes.push({ chapter, placement, html: box(f.name, front.title, html) });
    else out.chapters.set(f.name, { html: `<div class="analysis">\n${html}\n</div>`, placement });
  }
  if (problems.length) throw new InputError(problems);
  for (const b of boxes) {
    const own = out.chapters.get(b.chapter);
    out.chapters.set(b.chapter, own ? { ...own, html: `${own.html}\n${b.html}` } : { html: b.html, placement: b.placement });
  }
  return out;
}

function withMarks(body: string, citations: readonly Citation[]): string {
  let text = body;
  citations.forEach((c, i) => void (text = text.slice(0, c.start) + mark(i).padEnd(c.end - c.start, '\uE002') + text.slice(c.end)));
  return text.replace(/\uE002/g, '');
}

function box(name: string, title: string | undefined, html: string): string {
  const heading = title ? `<p class="box-title" id="${name}-title">${escapeHtml(title)}</p>\n` : '';
  return `<aside class="box" id="${name}"${title ? ` aria-labelledby="${name}-title"` : ''}>\n${heading}${html}\n</aside>`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
