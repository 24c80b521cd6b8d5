import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { pruneCache, touchEntry, type CacheCap } from '../cache-prune';
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
 * Entries are written to a temporary name and renamed, so a reader never sees half an entry, and
 * carry the sha256 of their SVG and warnings, checked on every read. The folder keeps CHART_CACHE_CAP.
 */
export const CHART_CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'ssc-report', 'charts');

/** The newest 1,000 charts and at most 64 MiB: a build renders 12, of 8-31 KB each. */
const CHART_CACHE_CAP: CacheCap = { ext: '.json', maxEntries: 1000, maxBytes: 64 * 2 ** 20 };

/** Bump when the layout of an entry changes (the renderer's code is in the key already). */
const FORMAT = 'ssc-chart-3';

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
  return `${FORMAT}-${createHash('sha256')
    .update(base)
    .update(JSON.stringify([chart.id, chart.spec]))
    .digest('hex')}`;
}

/** What an entry's checksum covers. */
const checksum = (svg: string, warnings: string[]) =>
  createHash('sha256')
    .update(JSON.stringify([svg, warnings]))
    .digest('hex');

/**
 * The cached rendering of a chart, or null. A damaged entry (not JSON, or its checksum wrong) is
 * removed and reported to `onDamaged`, then treated as a miss, so the chart is rendered afresh.
 */
export async function readCachedChart(
  key: string,
  dir = CHART_CACHE_DIR,
  onDamaged?: (entry: string) => void,
): Promise<CachedChart | null> {
  const path = join(dir, `${key}.json`);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const entry = JSON.parse(text) as Partial<CachedChart> & { sha256?: string };
    if (typeof entry.svg === 'string' && Array.isArray(entry.warnings) && entry.sha256 === checksum(entry.svg, entry.warnings)) {
      touchEntry(path);
      return { svg: entry.svg, warnings: entry.warnings.map(String) };
    }
  } catch {
    // not JSON: damaged as well
  }
  rmSync(path, { force: true });
  onDamaged?.(path);
  return null;
}

let writes = 0;

/** Stores a chart's rendering; failures (a read-only node_modules, a full disk) only mean no cache. */
export async function writeCachedChart(key: string, chart: CachedChart, dir = CHART_CACHE_DIR): Promise<void> {
  const target = join(dir, `${key}.json`);
  const temporary = `${target}.${process.pid}-${threadId}-${++writes}.tmp`;
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temporary, JSON.stringify({ svg: chart.svg, warnings: chart.warnings, sha256: checksum(chart.svg, chart.warnings) }));
    await rename(temporary, target);
  } catch {
    // no cache this time
  }
}

/** Keeps the chart cache within CHART_CACHE_CAP; once per build, after its charts are stored. */
export const pruneChartCache = (dir = CHART_CACHE_DIR) => pruneCache(dir, CHART_CACHE_CAP);
