import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { ROOT } from '../config';
import { FONT_FACES, fontBytes } from '../fonts';
import type { ChartDef } from './chart';
import { CHART_CONFIG } from './theme';

/**
 * A cache of rendered charts. An SVG is a function of the chart's id and Vega-Lite spec (data
 * inlined), the shared chart config, the font's advance widths, and the code that renders it: the
 * installed vega, vega-lite and their dependencies (pinned by package-lock.json) and the sources
 * of this folder and src/fonts.ts (read from src/ whether this runs from there or from the
 * bundle in dist/, so an edit to the renderer can never be answered with an older SVG).
 * The key hashes all of these, so a chart whose spec is unchanged is read back instead
 * of loading vega and rendering it again (0.4 s and 0.1 s of module loading in a new process);
 * any change to the data it plots changes the spec and misses. Specs are still built from the
 * metrics on every build, and Vega-Lite's warnings are cached with the SVG.
 * Entries are written to a temporary name and renamed, so a reader never sees half an entry.
 */
export const CHART_CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'ssc-report', 'charts');

/** Bump when the layout of an entry changes (the renderer's code is in the key already). */
const FORMAT = 'ssc-chart-2';

/** What is stored for a chart. */
export interface CachedChart {
  svg: string;
  warnings: string[];
}

let renderer: string | null | undefined;

/** Everything a chart's SVG depends on besides its own definition; null without a lock file or sources. */
function rendererKey(): string | null {
  if (renderer !== undefined) return renderer;
  const hash = createHash('sha256').update(FORMAT).update(process.version).update(JSON.stringify(CHART_CONFIG));
  for (const face of FONT_FACES) hash.update(fontBytes(face));
  try {
    hash.update(readFileSync(join(ROOT, 'package-lock.json')));
    const code = join(ROOT, 'src', 'charts');
    for (const f of readdirSync(code).sort()) if (f.endsWith('.ts')) hash.update(f).update(readFileSync(join(code, f)));
    hash.update(readFileSync(join(ROOT, 'src', 'fonts.ts')));
  } catch {
    // without them, what renders the charts is unknown: no cache
    return (renderer = null);
  }
  return (renderer = hash.digest('hex'));
}

/** The name of a chart's entry (without `.json`), or null when charts cannot be cached. */
export function chartKey(chart: ChartDef): string | null {
  const base = rendererKey();
  if (base === null) return null;
  return `${FORMAT}-${createHash('sha256').update(base).update(JSON.stringify([chart.id, chart.spec])).digest('hex')}`;
}

/** The cached rendering of a chart, or null. A damaged entry is treated as a miss. */
export async function readCachedChart(key: string, dir = CHART_CACHE_DIR): Promise<CachedChart | null> {
  try {
    const entry = JSON.parse(await readFile(join(dir, `${key}.json`), 'utf8')) as Partial<CachedChart>;
    if (typeof entry.svg !== 'string' || !Array.isArray(entry.warnings)) return null;
    return { svg: entry.svg, warnings: entry.warnings.map(String) };
  } catch {
    return null;
  }
}

let writes = 0;

/** Stores a chart's rendering; failures (a read-only node_modules, a full disk) only mean no cache. */
export async function writeCachedChart(key: string, chart: CachedChart, dir = CHART_CACHE_DIR): Promise<void> {
  const target = join(dir, `${key}.json`);
  const temporary = `${target}.${process.pid}-${threadId}-${++writes}.tmp`;
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temporary, JSON.stringify({ svg: chart.svg, warnings: chart.warnings }));
    await rename(temporary, target);
  } catch {
    // no cache this time
  }
}
