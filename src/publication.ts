import { existsSync, readFileSync } from 'node:fs';
import { InputError, type Problem } from './errors';

/** What the title-page verso prints about the publication; every field may be left empty. */
export interface Publication {
  /** Who publishes the report and holds its copyright. Default "South Centre". */
  publisher: string;
  /** The document symbol; `{edition}` stands for the edition's year, e.g. `SC/SSC/{edition}`. Empty (default): none printed. */
  symbol: string;
  /** ISBN of the print edition; empty (default): none printed. */
  isbn: string;
  /** ISBN of the electronic edition (eISBN); empty (default): none printed. */
  eisbn: string;
  /** Date of publication, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; empty (default): the edition's year (never the clock: builds repeat). */
  date: string;
}

/** Settings of the same file that the build reads, not the title page (src/project-config.ts checks them). */
const BUILD_SETTINGS = new Set(['edition', 'latestDataYear']);

export const DEFAULT_PUBLICATION: Publication = { publisher: 'South Centre', symbol: '', isbn: '', eisbn: '', date: '' };

/**
 * Reads the publication's settings from a JSON file (report.config.json); a missing file means the
 * defaults. Checked by hand rather than with zod: the CLI reads it before loading the stack.
 */
export function readPublication(file: string): Publication {
  if (!existsSync(file)) return DEFAULT_PUBLICATION;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError([{ file, message: `not valid JSON: ${(error as Error).message}` }]);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new InputError([{ file, message: 'expected an object of settings' }]);
  const problems: Problem[] = [];
  const out = { ...DEFAULT_PUBLICATION };
  for (const [key, value] of Object.entries(json)) {
    if (BUILD_SETTINGS.has(key)) continue;
    if (!(key in out)) problems.push({ file, message: `unknown setting "${key}": expected one of ${Object.keys(out).join(', ')}` });
    else if (typeof value !== 'string') problems.push({ file, message: `${key}: expected a string, found ${JSON.stringify(value)}` });
    else if (key === 'date' && value && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) problems.push({ file, message: badDate(value) });
    else out[key as keyof Publication] = value;
  }
  if (problems.length) throw new InputError(problems);
  return out;
}

const badDate = (found: string) => `date: expected a date such as 2014-12-15, 2014-12 or 2014, found "${found}"`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2014-12-15" → "15 December 2014", "2014-12" → "December 2014", "" → the edition's year (house style dates). */
export function publicationDate(date: string, edition: number): string {
  if (!date) return String(edition);
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return [d ? String(Number(d)) : '', month ?? '', y].filter(Boolean).join(' ');
}
