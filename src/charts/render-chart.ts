import type * as Vega from 'vega';
import type * as VegaLite from 'vega-lite';
import * as msg from '../messages';
import { CHART_CACHE_DIR, chartKey, pruneChartCache, readCachedChart, writeCachedChart } from './chart-cache';
import { finishLineChart } from './line-ends';
import { CHART_CONFIG } from './theme';
import { textWidth } from './text-width';
import type { ChartDef, RenderedChart } from './chart';

/** vega and vega-lite, loaded on the first chart not in the cache (0.1 s of module loading). */
let engine: Promise<{ vega: typeof Vega; vl: typeof VegaLite }> | undefined;

function loadEngine(): Promise<{ vega: typeof Vega; vl: typeof VegaLite }> {
  engine ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vl]) => {
    // Vega measures label text to lay out axes and legends; in Node it has no canvas, so it is
    // given the report font's real advance widths (see text-width.ts).
    (vega as unknown as { textMetrics: { width: (item: Record<string, unknown>, text: unknown) => number } }).textMetrics.width = (
      item,
      text,
    ) => textWidth(String(text ?? ''), Number(item.fontSize ?? 11), (item.fontWeight as number | string | undefined) ?? 400);
    return { vega, vl };
  });
  return engine;
}

/** Options of `renderCharts`. */
export interface RenderOptions {
  /** Read back charts whose spec an earlier build rendered, and store new ones (chart-cache.ts). Default false. */
  cache?: boolean;
  /** Where the chart cache is. Default CHART_CACHE_DIR, in node_modules/.cache. */
  cacheDir?: string;
}

/**
 * Renders the charts of a build, reading back from the cache those rendered before when asked to.
 *
 * @example await renderCharts(defs, { cache: config.cache })
 */
export async function renderCharts(
  charts: readonly ChartDef[],
  { cache = false, cacheDir = CHART_CACHE_DIR }: RenderOptions = {},
): Promise<(RenderedChart & { warnings: string[] })[]> {
  let stored = 0;
  const rendered = await Promise.all(
    charts.map(async (def) => {
      // Line charts get their dashes, markers and end labels here, so that the spec written to
      // charts/<id>.vl.json is the one drawn.
      const chart = { ...def, spec: finishLineChart(def.spec) };
      const key = cache ? chartKey(chart) : null;
      let damaged: string | null = null;
      const cached = key === null ? null : await readCachedChart(key, cacheDir, (entry) => (damaged = entry));
      if (cached) return { ...chart, ...cached };
      const fresh = await renderChart(chart);
      if (key !== null) await writeCachedChart(key, fresh, cacheDir).then(() => stored++);
      // The note goes with this build's warnings, not into the entry just stored.
      return damaged === null ? fresh : { ...fresh, warnings: [msg.cacheDamaged(damaged, 'the chart'), ...fresh.warnings] };
    }),
  );
  if (stored > 0) pruneChartCache(cacheDir);
  return rendered;
}

/**
 * Compiles a chart's Vega-Lite spec and renders it to SVG with vega, headless. The SVG is
 * normalised so that several can sit in one HTML file and diffs stay small: every id (vega
 * numbers clip paths clip1, clip2… afresh for each chart) is prefixed with the chart's id,
 * coordinates are rounded to 0.01 px, and each element starts a line.
 */
export async function renderChart(chart: ChartDef): Promise<RenderedChart & { warnings: string[] }> {
  const { vega, vl } = await loadEngine();
  const warnings: string[] = [];
  const logger = collectingLogger(warnings);
  const compiled = vl.compile(chart.spec, { config: CHART_CONFIG, logger: logger as never });
  const view = new vega.View(vega.parse(compiled.spec), { renderer: 'none', logger: logger as never });
  try {
    const svg = await view.toSVG();
    return { ...chart, svg: normaliseSvg(svg, chart.id), warnings };
  } finally {
    view.finalize();
  }
}

/**
 * Makes ids unique to the chart, rounds coordinates, puts each element on its own line, and gives
 * each data mark its values as a <title> (vega writes them in aria-label), which browsers show on
 * hover, with no script.
 */
export function normaliseSvg(svg: string, id: string): string {
  return svg
    .replace(/<(path|rect|circle)\b([^>]*?\baria-label="([^"]*)"[^>]*?)\/>/g, '<$1$2><title>$3</title></$1>')
    .replace(/(\bid="|url\(#)([A-Za-z_][\w-]*)/g, `$1${id}-$2`)
    .replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/></g, '>\n<');
}

function collectingLogger(into: string[]) {
  let level = 2;
  const logger = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error: (...m: unknown[]) => {
      throw new Error(m.map(String).join(' '));
    },
    warn: (...m: unknown[]) => {
      into.push(m.map(String).join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}
