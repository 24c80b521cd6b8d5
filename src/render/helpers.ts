import Handlebars from 'handlebars';
import type { Figure } from '../figures/ledger';
import * as msg from '../messages';
import type { Cell, Sentence } from './model';

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
    /** {{page id}}: the PDF page a section starts on, once the first print has been measured. */
    page(id: unknown) {
      if (typeof id !== 'string') throw new Error(msg.helperArgument('page', 'a section id', id));
      return pages[id] === undefined ? '' : String(pages[id]);
    },
    /** {{lower s}}: "Figure 1.1" → "figure 1.1". */
    lower(s: unknown) {
      if (typeof s !== 'string') throw new Error(msg.helperArgument('lower', 'a string', s));
      return s.charAt(0).toLowerCase() + s.slice(1);
    },
  };
}
