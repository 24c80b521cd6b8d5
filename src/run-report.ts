import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RenderedChart } from './charts/chart';
import { renderCharts } from './charts/render-chart';
import { ROOT, TEMPLATES_DIR, type Config } from './config';
import { UsageError } from './errors';
import type { Ledger } from './figures/ledger';
import { loadTables } from './load/load-tables';
import * as msg from './messages';
import { previousEdition } from './editions/previous-edition';
import { extent } from './metrics/extent';
import { CHAPTERS } from './report-chapters';
import { findBrowser } from './pdf/find-browser';
import type { Printer } from './pdf/print-pdf';
import { buildManifest, packageVersions } from './publish/manifest';
import { prepareOutput, publish, type OutputFiles } from './publish/publish';
import { fault } from './fault';
import { buildModel } from './render/build-model';
import { loadTemplates } from './render/render-html';
import { DATA_FILES, validateData, type Data } from './validate/validate-data';

const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
export const GENERATOR = `${PACKAGE.name} ${PACKAGE.version}`;

/** What a run produced, for the CLI's summary, the benchmark and tests. */
export interface RunResult {
  data: Data;
  /** Each chapter's metrics, by chapter id. */
  metrics: Map<string, unknown>;
  ledger: Ledger;
  files: OutputFiles;
  /** Seconds per stage, in the order run. */
  timings: [stage: string, seconds: number][];
  warnings: string[];
}

/**
 * Builds the report:
 *
 *   data/*.csv ─1 load─▶ RawTable ─2 validate─▶ Data ─3 metrics─▶ Metrics ─4 charts─▶ RenderedChart[]
 *     ─5 model─▶ ReportModel + Ledger ─6 html─▶ report.html ─7 pdf─▶ report.pdf ─8 publish─▶ out/
 *
 * Step 0 refuses an output folder that is not a previous build and puts right what a killed run
 * left beside it (publish.ts). Chromium is started before step 1 so that its launch overlaps the
 * data stages. Nothing is written until step 8, which swaps the whole report into place at once,
 * under the folder's lock: a run that fails or is killed at any step leaves the previous report.
 */
export async function runReport(config: Config): Promise<RunResult> {
  const timings: RunResult['timings'] = [];
  const warnings: string[] = [];
  const stage = async <T>(name: string, run: () => T | Promise<T>, describe: (r: T) => string): Promise<T> => {
    fault(`before-${name}`);
    const t0 = performance.now();
    const result = await run();
    const seconds = (performance.now() - t0) / 1000;
    timings.push([name, seconds]);
    config.log(`${name.padEnd(9)} ${seconds.toFixed(2).padStart(5)} s  ${describe(result)}`);
    return result;
  };

  // 0. An output folder that holds anything but a previous build is refused before any work, and
  // what a killed run left beside it is put right, so that even a run that fails leaves the last build.
  const guard = { check: { dataDir: config.dataDir } };
  warnings.push(...(await prepareOutput(config.outDir, guard)));

  // puppeteer is loaded only when a PDF is wanted: importing it costs a quarter of a second.
  const printerStart: Promise<Printer> | null = config.pdf ? startPrinter(findBrowser(), config.printTimeout) : null;
  // A failed run must not leave Chromium behind, nor an unhandled rejection from its launch.
  printerStart?.catch(() => undefined);
  try {
    // 1-2. Read and validate every file of the data folder.
    const csvCache = config.cacheDir === null ? undefined : join(config.cacheDir, 'csv');
    const rows = (l: { tables: Map<string, { length: number }> }) => count([...l.tables.values()].map((t) => t.length));
    const load = () => loadTables(config.dataDir, DATA_FILES, config.cache, csvCache);
    const loaded = await stage('load', load, (l) => `${l.tables.size} files, ${rows(l)} rows`);
    warnings.push(...loaded.warnings);
    const data = await stage('validate', () => validateData(loaded.tables), () => 'every row valid');
    const years = extent(data.tradeFlows.columns().year)!;
    const edition = resolveEdition(config.edition, years);
    const options = { edition, growthWindow: config.growthWindow };
    const firstYear = years[0];
    const previous = await stage('previous', () => previousEdition(data, options, config, firstYear, config.previous), (p) => (p ? `${p.figures.size} figures of the ${p.edition} edition (${p.origin})` : 'none: first edition of the data'));

    // 3-5. Metrics, charts and the model the templates see.
    const metrics = await stage('metrics', () => new Map(CHAPTERS.map((c) => [c.id, c.metrics(data, options)])), () => `edition ${edition}, ${CHAPTERS.length} chapters`);
    const specs = () => CHAPTERS.flatMap((c) => c.charts(data, metrics.get(c.id), options));
    const charts = await stage('charts', () => renderCharts(specs(), chartCache(config)), (c) => `${c.length} charts`);
    for (const c of charts) warnings.push(...c.warnings.map((w) => `chart ${c.id}: ${w}`));
    const { model, ledger } = await stage('model', () => buildModel(data, metrics, charts, options, config, GENERATOR, previous), (r) => `${r.model.chapters.length} chapters, ${r.ledger.all().length} figures`);

    // 6. HTML.
    const templates = loadTemplates(TEMPLATES_DIR);
    const html = await stage('html', () => templates.render(model), (h) => `${(h.length / 1024).toFixed(0)} KiB`);
    const files: OutputFiles = new Map<string, string | Uint8Array>([
      ['report.html', html],
      ['figures.csv', ledger.toCsv()],
      ...chartFiles(charts),
    ]);

    // 7. PDF.
    let chromium: string | null = null;
    if (printerStart) {
      const pdf = await stage('pdf', async () => {
        const printer = await printerStart;
        chromium = printer.version;
        return printer.print(html, {
          title: `${model.title}: ${model.subtitle}`,
          subject: 'Trade, finance and technical cooperation among developing countries: indicators and follow-up of commitments',
          author: 'South Centre',
          keywords: ['South-South cooperation', 'developing countries', 'trade', `edition ${edition}`],
          language: model.lang,
          date: new Date(Date.UTC(edition, 11, 31)),
        });
      }, (p) => `${(p.bytes.length / 1024).toFixed(0)} KiB, printed ${p.prints === 1 ? 'once' : 'twice'}`);
      files.set('report.pdf', pdf.bytes);
    }

    // 8. Publish, with a manifest of what went in and came out.
    const inputs = new Map<string, string | Uint8Array>([...loaded.bytes].map(([f, b]) => [`data/${f}`, b]));
    for (const f of templateFiles()) inputs.set(f, readFileSync(join(ROOT, f)));
    files.set('manifest.json', buildManifest({ generator: GENERATOR, edition, node: process.version, chromium, packages: packageVersions() }, inputs, files));
    warnings.push(...(await stage('publish', () => publish(config.outDir, files, guard), () => `${files.size} files in ${config.outDir}`)));
    return { data, metrics, ledger, files, timings, warnings };
  } finally {
    await printerStart?.then((p) => p.close()).catch(() => undefined);
  }
}

async function startPrinter(executablePath: string, timeoutS: number): Promise<Printer> {
  const { launchPrinter } = await import('./pdf/print-pdf');
  return launchPrinter(executablePath, timeoutS);
}

function chartCache(config: Config): { cache: boolean; cacheDir?: string } {
  return config.cacheDir === null ? { cache: config.cache } : { cache: config.cache, cacheDir: join(config.cacheDir, 'charts') };
}

/** The edition asked for, or the latest year the data covers; a year outside the data is a usage error. */
function resolveEdition(asked: number | null, [first, last]: [number, number]): number {
  if (asked === null) return last;
  if (asked < first || asked > last) throw new UsageError(msg.editionOutOfRange(asked, first, last));
  return asked;
}

function chartFiles(charts: readonly RenderedChart[]): [string, string][] {
  return charts.flatMap((c) => [
    [`charts/${c.id}.svg`, `${c.svg}\n`],
    [`charts/${c.id}.vl.json`, `${JSON.stringify(c.spec, null, 2)}\n`],
  ]) as [string, string][];
}

function templateFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [relative(ROOT, join(dir, e.name))]));
  return walk(TEMPLATES_DIR);
}

function count(ns: number[]): string {
  return ns.reduce((a, b) => a + b, 0).toLocaleString('en-US');
}
