import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { InputError } from '../errors';
import { FONT_FACES, FONT_FAMILY, fontBytes } from '../fonts';
import * as msg from '../messages';
import { checkedBuiltins, helpers } from './helpers';
import type { ReportModel } from './model';

/** Compiled templates, ready to fill with any number of models. */
export interface Templates {
  render(model: ReportModel): string;
  /**
   * Compiles again only the template files given (absolute paths), keeping the others compiled (the
   * preview's template edits); false when a file is not one of these templates, so that the caller
   * loads them all again.
   */
  update(files: readonly string[]): boolean;
}

type Template = Handlebars.TemplateDelegate;

/**
 * Compiles `layout.hbs`, every partial in `partials/` and each chapter's own template (partial name →
 * file, e.g. `chapter-trade` → `src/chapters/trade/trade.hbs`) in strict mode (a name the model lacks
 * is an error, not an empty string). An error, at compile or fill time, names the template file and
 * the line and column in it.
 */
export function loadTemplates(dir: string, chapterTemplates: ReadonlyMap<string, string> = new Map()): Templates {
  const hb = Handlebars.create();
  hb.registerHelper(checkedBuiltins(hb));
  const compile = (file: string): Template => {
    const shown = relative(process.cwd(), file) || file;
    const source = readFileSync(file, 'utf8');
    let fn: Template;
    try {
      // Handlebars compiles on first use; parsing now reports syntax errors here, with the file
      // name, and the parsed template is what is compiled (not the text, parsed again).
      fn = hb.compile(hb.parse(source), { strict: true, preventIndent: true });
    } catch (error) {
      throw templateError(shown, error);
    }
    return (ctx, options) => {
      try {
        return fn(ctx, options);
      } catch (error) {
        throw templateError(shown, error);
      }
    };
  };
  let layout = compile(join(dir, 'layout.hbs'));
  const partialsDir = join(dir, 'partials');
  // Every partial by its file, so that one file can be compiled again on its own.
  const partials = new Map<string, string>();
  for (const f of readdirSync(partialsDir)
    .filter((x) => x.endsWith('.hbs'))
    .sort()) {
    partials.set(join(partialsDir, f), basename(f, '.hbs'));
  }
  for (const [name, file] of chapterTemplates) partials.set(file, name);
  for (const [file, name] of partials) hb.registerPartial(name, compile(file));
  // print.css lays out the page for both media; screen.css makes the web edition (phones to desktops);
  // content.css styles what people write (content/).
  const cssFiles = ['print.css', 'screen.css', 'content.css'].filter((f) => f !== 'content.css' || existsSync(join(dir, f)));
  const readCss = () => cssFiles.map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n');
  let baseCss = readCss();
  return {
    update(files) {
      const known = (f: string) => f === join(dir, 'layout.hbs') || partials.has(f) || cssFiles.some((c) => f === join(dir, c));
      if (!files.every(known)) return false;
      for (const f of files) {
        if (f === join(dir, 'layout.hbs')) layout = compile(f);
        else if (partials.has(f)) hb.registerPartial(partials.get(f)!, compile(f));
        else baseCss = readCss();
      }
      return true;
    },
    render(model) {
      hb.registerHelper(helpers(model.pages));
      const css = [fontFaces(), baseCss, chapterPages(model)].join('\n');
      return tidy(layout({ ...model, css }));
    },
  };
}

/** An InputError that says which template, and where in it, went wrong; nested partials keep the innermost. */
function templateError(file: string, error: unknown): Error {
  if (error instanceof InputError) return error;
  const e = error as { message?: string; lineNumber?: number; column?: number };
  const text = String(e.message ?? error);
  const parsed = /^Parse error on line (\d+):/.exec(text);
  const line = e.lineNumber ?? (parsed ? Number(parsed[1]) : undefined);
  const column = e.column !== undefined ? e.column + 1 : undefined;
  const detail = text.replace(/ - \d+:\d+$/, '').replace(/\n/g, ' ');
  return new InputError([{ file, line, column, message: msg.templateError(file, detail).slice(file.length + 2) }]);
}

/** The report font, inlined so that the HTML needs no network and the PDF embeds it. */
function fontFaces(): string {
  return FONT_FACES.map(
    (f) =>
      `@font-face { font-family: "${FONT_FAMILY}"; font-style: ${f.style}; font-weight: ` +
      `${f.weight}; font-display: block; src: ` +
      `url(data:font/woff2;base64,${fontBytes(f).toString('base64')}) format("woff2"); }`,
  ).join('\n');
}

/** One named page per chapter, so each page's running header carries its chapter's title. */
function chapterPages(model: ReportModel): string {
  const css = (s: string) => JSON.stringify(s);
  return model.chapters
    .map(
      (c) =>
        `#${c.id} { page: chapter-${c.id}; }\n` +
        `@page chapter-${c.id} { @top-right { content: ${css(c.heading ?? c.title)}; font-family: ` +
        `"${FONT_FAMILY}", sans-serif; font-size: 8pt; color: #444444; } }`,
    )
    .join('\n');
}

/** Drops the blank lines block helpers leave, so the HTML has one element per line and diffs cleanly. */
export function tidy(html: string): string {
  return html.replace(/\n[ \t]*(?=\n)/g, '').replace(/\n{2,}/g, '\n');
}
