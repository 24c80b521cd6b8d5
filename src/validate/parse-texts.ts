import { z } from 'zod';
import type { Column, Limits } from './columns';

/** The distinct texts of a column, parsed: values[k] is the value of texts[k] where failed[k] is 0. */
export interface ParsedTexts {
  values: unknown[];
  /** null when every text is valid; else 1 at each text that is not (the others are 0). */
  failed: Uint8Array | null;
  /** At a failed text whose value is valid but names an id the lookup does not have: that id. */
  unknownIds: (string | undefined)[];
  /** At a failed text holding a control character: its code. */
  controls: (number | undefined)[];
  /** At a failed text whose value cannot be right (Column.plausible): what was expected. */
  implausible: (string | undefined)[];
}

/**
 * C0 controls other than tab, LF and CR; DEL; C1 controls (a NUL in a name reached the HTML and an
 * SVG); and U+FFFD, which valid UTF-8 may hold but which only a conversion that lost a character
 * writes (a Latin-1 file read as UTF-8 turned names into it).
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/;

const NO_LIMITS: Limits = { latestDataYear: Infinity };

// z.array of a column's schema, made once per column: one zod call for all the texts of a column
// saves the per-call cost of safeParse (a tenth of zod's time on the 175,000 Comtrade values).
const arrays = new WeakMap<Column<unknown>, z.ZodType<unknown[], string[]>>();

/**
 * Runs each distinct text of a column through the column's zod schema, then checks the ids it
 * yields against the lookup, if the column has one (for a list column, every item), and each value
 * against what can be right (`Column.plausible`, with `limits`; without them, years are only checked
 * against 1900). A text with a control character fails whatever its schema says. The texts go to
 * zod in one array; if any fails, each is parsed again alone to say which. A column with a shortcut
 * (`Column.accept`, the amounts) has it tried first, and zod parses the texts it leaves.
 */
export function parseTexts(col: Column<unknown>, texts: readonly string[], lookup?: ReadonlySet<string>, limits?: Limits): ParsedTexts {
  const { values, failed: invalid } = col.accept ? acceptThenZod(col, col.accept, texts) : zodAll(col, texts);
  let failed = invalid;
  const unknownIds: (string | undefined)[] = [];
  const controls: (number | undefined)[] = [];
  const implausible: (string | undefined)[] = [];
  // A text the shortcut accepted is a plain number: only the others can hold a control character.
  for (let k = 0; k < texts.length; k++) {
    if (col.accept && !failed?.[k] && typeof values[k] === 'number') continue;
    const m = CONTROL.exec(texts[k]!);
    if (m === null) continue;
    (failed ??= new Uint8Array(texts.length))[k] = 1;
    controls[k] = m[0].charCodeAt(0);
  }
  if (col.plausible) {
    for (let k = 0; k < texts.length; k++) {
      if (failed?.[k] || values[k] === null || values[k] === undefined) continue;
      const expected = col.plausible(values[k] as never, limits ?? NO_LIMITS);
      if (expected === undefined) continue;
      (failed ??= new Uint8Array(texts.length))[k] = 1;
      implausible[k] = expected;
    }
  }
  if (lookup) {
    for (let k = 0; k < texts.length; k++) {
      if (failed?.[k] || values[k] === null) continue;
      const ids = values[k];
      for (const id of Array.isArray(ids) ? ids : [ids]) {
        if (lookup.has(String(id))) continue;
        failed ??= new Uint8Array(texts.length);
        failed[k] = 1;
        unknownIds[k] = String(id);
        break;
      }
    }
  }
  return { values, failed, unknownIds, controls, implausible };
}

/** Every text through zod: all in one call, then, if any fails, each alone to say which. */
function zodAll(col: Column<unknown>, texts: readonly string[]): { values: unknown[]; failed: Uint8Array | null } {
  let schema = arrays.get(col);
  if (!schema) arrays.set(col, (schema = z.array(col.schema)));
  const all = schema.safeParse(texts);
  if (all.success) return { values: all.data, failed: null };
  return zodEach(col, texts, Array.from(texts.keys()), new Array<unknown>(texts.length));
}

/** The column's shortcut on every text, zod on those it leaves. */
function acceptThenZod(
  col: Column<unknown>,
  accept: (text: string) => unknown,
  texts: readonly string[],
): { values: unknown[]; failed: Uint8Array | null } {
  const values = new Array<unknown>(texts.length);
  const rest: number[] = [];
  for (let k = 0; k < texts.length; k++) {
    const value = accept(texts[k]!);
    if (value === undefined) rest.push(k);
    else values[k] = value;
  }
  return rest.length === 0 ? { values, failed: null } : zodEach(col, texts, rest, values);
}

function zodEach(
  col: Column<unknown>,
  texts: readonly string[],
  which: readonly number[],
  values: unknown[],
): { values: unknown[]; failed: Uint8Array | null } {
  let failed: Uint8Array | null = null;
  for (const k of which) {
    const r = col.schema.safeParse(texts[k]);
    if (r.success) values[k] = r.data;
    else (failed ??= new Uint8Array(texts.length))[k] = 1;
  }
  return { values, failed };
}
