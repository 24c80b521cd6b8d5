import Handlebars from 'handlebars';
import type { Figure } from '../figures/ledger';
import * as msg from '../messages';
import type { Cell, ChapterBase, Sentence } from './model';
import { placeAnalysis } from './place-analysis';

const { escapeExpression: esc, SafeString } = Handlebars;

// Handlebars' strict mode checks the names a template uses, not what helpers are given; each
// helper checks its own arguments and fails with what it expected.
function isFigure(x: unknown): x is Figure {
  return typeof x === 'object' && x !== null && typeof (x as Figure).id === 'string' && typeof (x as Figure).text === 'string';
}

/** A figure as the report prints it, marked with its ledger id. */
export function figureSpan(f: Figure): string {
  return `<span data-figure="${esc(f.id)}"${f.estimate ? ' class="estimate"' : ''}>${esc(f.text)}</span>`;
}

/**
 * Handlebars' own block helpers, made to fail on a name the model does not have: strict mode
 * checks `{{name}}` but not the argument of `{{#each name}}` or `{{#if name}}`, so a misspelt
 * name would print nothing, silently. `null` (a value the model says is absent) is allowed.
 */
export function checkedBuiltins(hb: typeof Handlebars): Record<string, Handlebars.HelperDelegate> {
  const wrap = (name: 'each' | 'if' | 'unless' | 'with', ok: (x: unknown) => boolean, expected: string) => {
    const original = hb.helpers[name]!;
    return function (this: unknown, ...args: unknown[]) {
      const options = args[args.length - 1] as Handlebars.HelperOptions & { loc?: { start: { line: number; column: number } } };
      if (args.length !== 2 || !ok(args[0])) {
        // Handlebars' own errors carry lineNumber and column; render-html.ts turns them into file:line:column.
        const error = new Error(msg.helperArgument(`#${name}`, expected, args.length === 2 ? args[0] : '(no argument)')) as Error & {
          lineNumber?: number;
          column?: number;
        };
        error.lineNumber = options?.loc?.start.line;
        error.column = options?.loc?.start.column;
        throw error;
      }
      return original.apply(this, args as never);
    };
  };
  return {
    each: wrap('each', (x) => x === null || Array.isArray(x) || (typeof x === 'object' && x !== null), 'a list, an object or null'),
    if: wrap('if', (x) => x !== undefined, 'a value of the model (a name it does not have is an error)'),
    unless: wrap('unless', (x) => x !== undefined, 'a value of the model (a name it does not have is an error)'),
    with: wrap('with', (x) => x !== undefined, 'a value of the model (a name it does not have is an error)'),
  };
}

/** Helpers the templates may call, by name. */
export function helpers(pages: Record<string, number>): Record<string, Handlebars.HelperDelegate> {
  return {
    /** {{fig f}}: a figure in running text. */
    fig(f: unknown) {
      if (!isFigure(f)) throw new Error(msg.helperArgument('fig', 'a figure', f));
      return new SafeString(figureSpan(f));
    },
    /** {{cell c}}: a table cell; a figure is marked with its id, text is printed as it is. */
    cell(c: unknown) {
      const cell = c as Cell;
      if (isFigure(cell)) return new SafeString(`<td data-figure="${esc(cell.id)}">${esc(cell.text)}</td>`);
      if (typeof cell !== 'string') throw new Error(msg.helperArgument('cell', 'a figure or a string', c));
      return new SafeString(`<td>${esc(cell)}</td>`);
    },
    /** {{sentence s}}: generated text whose figures are marked with their ids. */
    sentence(s: unknown) {
      if (!Array.isArray(s) || !s.every((part) => typeof part === 'string' || isFigure(part))) {
        throw new Error(msg.helperArgument('sentence', 'a list of strings and figures', s));
      }
      return new SafeString((s as Sentence).map((part) => (typeof part === 'string' ? esc(part) : figureSpan(part))).join(''));
    },
    /** {{page id}}: the page a section starts on when the model knows it (the PDF's contents are numbered in the PDF: fill-contents.ts). */
    page(id: unknown) {
      if (typeof id !== 'string') throw new Error(msg.helperArgument('page', 'a section id', id));
      return pages[id] === undefined ? '' : String(pages[id]);
    },
    /**
     * {{downloads}}: the links under a chart or table to its data (data/<id>.csv, written by
     * publish/figure-data.ts) and, for a chart, its SVG and Vega-Lite spec. A chart's data table
     * (`inChart`) has none of its own: the chart's links are its links.
     */
    downloads(this: { id?: unknown; svg?: unknown; inChart?: unknown }) {
      if (typeof this.id !== 'string') throw new Error(msg.helperArgument('downloads', 'a chart or table with an id', this));
      if (this.inChart === true) return '';
      const id = esc(this.id);
      const svg = `<a href="charts/${id}.svg" download>Chart (SVG)</a>`;
      const spec = `<a href="charts/${id}.vl.json" download>Chart specification (Vega-Lite)</a>`;
      const chart = typeof this.svg === 'string' ? ` ${svg} ${spec}` : '';
      return new SafeString(`<p class="downloads">Download: <a href="data/${id}.csv" download>Data (CSV)</a>${chart}</p>`);
    },
    /** {{#analysed analysis}}…{{/analysed}}: the chapter inside, with its authors' analysis put in its place. */
    analysed(this: unknown, analysis: unknown, options: Handlebars.HelperOptions) {
      if (analysis !== null && (typeof analysis !== 'object' || typeof (analysis as { html?: unknown }).html !== 'string')) {
        throw new Error(msg.helperArgument('#analysed', "a chapter's analysis or null", analysis));
      }
      return new SafeString(placeAnalysis(options.fn(this), analysis as ChapterBase['analysis']));
    },
    /** {{lower s}}: "Figure 1.1" → "figure 1.1". */
    lower(s: unknown) {
      if (typeof s !== 'string') throw new Error(msg.helperArgument('lower', 'a string', s));
      return s.charAt(0).toLowerCase() + s.slice(1);
    },
  };
}
