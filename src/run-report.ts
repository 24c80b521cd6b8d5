import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RenderedChart } from './charts/chart';
import { renderCharts } from './charts/render-chart';
import { CHAPTERS_DIR, ROOT, TEMPLATES_DIR, type Config } from './config';
import { UsageError } from './errors';
import type { Ledger } from './figures/ledger';
import { loadTables } from './load/load-tables';
import * as msg from './messages';
import { previousEdition } from './editions/previous-edition';
import { extent } from './metrics/extent';
import { CHAPTERS } from './chapters';
import { renderContent } from './content/render-content';
import { withContent } from './content/with-content';
import { renderReview } from './review/render-review';
import { findBrowser } from './pdf/find-browser';
import { PROJECT_CONFIG_FILE, readProjectConfig } from './project-config';
import type { Printer } from './pdf/print-pdf';
import { buildManifest, packageVersions } from './publish/manifest';
import { figureData } from './publish/figure-data';
import { prepareOutput, publish, type OutputFiles } from './publish/publish';
import { fault } from './fault';
import { buildModel } from './render/build-model';
import type { ReportModel } from './render/model';
import { loadTemplates } from './render/render-html';
import { DATA_FILES, validateData, type Data } from './validate/validate-data';

const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const GENERATOR = `${PACKAGE.name} ${PACKAGE.version}`;

/** What a run produced, for the CLI's summary, the benchmark and tests. */
export interface RunResult {
  data: Data;
  /** Each chapter's metrics, by chapter id. */
  metrics: Map<string, unknown>;
  ledger: Ledger;
  /** The model before the written content was put in (the preview re-renders content and templates from it). */
  model: ReportModel;
  edition: number;
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
    const load = () => loadTables(config.dataDir, DATA_FILES, config.cache, csvCache, config.maxFileBytes);
    const loaded = await stage('load', load, (l) => `${l.tables.size} files, ${rows(l)} rows`);
    warnings.push(...loaded.warnings);
    const limits = { latestDataYear: config.latestDataYear };
    const data = await stage(
      'validate',
      () => validateData(loaded.tables, limits),
      () => 'every row valid',
    );
    const years = extent(data.tradeFlows.columns().year)!;
    const publication = resolveEdition(config.edition, years[0], readProjectConfig(ROOT).edition);
    // An edition uses data up to the year before it is published.
    const edition = publication - 1;
    const options = { edition, publication, growthWindow: config.growthWindow };
    const firstYear = years[0];
    const previous = await stage(
      'previous',
      () => previousEdition(CHAPTERS, data, options, config, firstYear, config.previous),
      (p) => (p ? `${p.figures.size} figures of the ${p.edition} edition (${p.origin})` : 'none: first edition of the data'),
    );

    // 3-5. Metrics, charts and the model the templates see.
    const metrics = await stage(
      'metrics',
      () => new Map(CHAPTERS.map((c) => [c.id, c.metrics(data, options)])),
      () => `edition ${publication} (data to ${edition}), ${CHAPTERS.length} chapters`,
    );
    const specs = () => CHAPTERS.flatMap((c) => c.charts(data, metrics.get(c.id), options));
    const charts = await stage(
      'charts',
      () => renderCharts(specs(), chartCache(config)),
      (c) => `${c.length} charts`,
    );
    for (const c of charts) warnings.push(...c.warnings.map((w) => `chart ${c.id}: ${w}`));
    const {
      model,
      ledger,
      warnings: chapterWarnings,
    } = await stage(
      'model',
      () => buildModel(CHAPTERS, data, metrics, charts, options, config, GENERATOR, previous, config.publication),
      (r) => `${r.model.chapters.length} chapters, ${r.ledger.all().length} figures`,
    );

    warnings.push(...chapterWarnings);

    // 5b. What people wrote (content/*.md), its citations checked against the ledger just filled.
    const ids = CHAPTERS.map((c) => c.id);
    const content = await stage(
      'content',
      () => renderContent(config.contentDir, publication, ledger, config, ids),
      (c) => `${c.files.length} files`,
    );
    warnings.push(...content.warnings);
    const page = withContent(model, content);

    // 6. HTML.
    const templates = loadTemplates(TEMPLATES_DIR, chapterTemplates());
    const html = await stage(
      'html',
      () => templates.render({ ...page, pdf: config.pdf }),
      (h) => `${(h.length / 1024).toFixed(0)} KiB`,
    );
    const files: OutputFiles = new Map<string, string | Uint8Array>([
      ['report.html', html],
      ['figures.csv', ledger.toCsv()],
      ...figureData(html, ledger),
      ['review.html', renderReview(page, warnings)],
      ...chartFiles(charts),
    ]);

    // 7. PDF.
    let chromium: string | null = null;
    if (printerStart) {
      const pdf = await stage(
        'pdf',
        async () => {
          const printer = await printerStart;
          chromium = printer.version;
          return printer.print(html, {
            title: `${model.title}: ${model.subtitle}`,
            subject: 'Trade, finance and technical cooperation among developing countries: indicators and follow-up of commitments',
            author: 'South Centre',
            keywords: ['South-South cooperation', 'developing countries', 'trade', `edition ${publication}`],
            language: model.lang,
            // The end of the last year of data: a fixed date, not the clock.
            date: new Date(Date.UTC(edition, 11, 31)),
          });
        },
        (p) => `${(p.bytes.length / 1024).toFixed(0)} KiB, printed ${p.prints === 1 ? 'once' : 'twice'}`,
      );
      files.set('report.pdf', pdf.bytes);
    }

    // 8. Publish, with a manifest of what went in and came out.
    const inputs = new Map<string, string | Uint8Array>([...loaded.bytes].map(([f, b]) => [`data/${f}`, b]));
    for (const f of templateFiles()) inputs.set(f, readFileSync(join(ROOT, f)));
    // The year cut decides what validation accepts, so it is an input like the data.
    inputs.set(PROJECT_CONFIG_FILE, readFileSync(join(ROOT, PROJECT_CONFIG_FILE)));
    for (const f of content.files) inputs.set(f.file, f.source);
    files.set(
      'manifest.json',
      buildManifest(
        { generator: GENERATOR, edition: publication, node: process.version, chromium, packages: packageVersions() },
        inputs,
        files,
      ),
    );
    warnings.push(
      ...(await stage(
        'publish',
        () => publish(config.outDir, files, guard),
        () => `${files.size} files in ${config.outDir}`,
      )),
    );
    return { data, metrics, ledger, model, edition, files, timings, warnings };
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

/**
 * The edition (publication year) asked for, or the repository's (report.config.json, not the clock,
 * so that builds are deterministic). The first edition is the year after the data's first year;
 * a year outside first..default is a usage error.
 */
function resolveEdition(asked: number | null, firstDataYear: number, latest: number): number {
  if (asked === null) return latest;
  if (asked <= firstDataYear || asked > latest) throw new UsageError(msg.editionOutOfRange(asked, firstDataYear + 1, latest));
  return asked;
}

function chartFiles(charts: readonly RenderedChart[]): [string, string][] {
  return charts.flatMap((c) => [
    [`charts/${c.id}.svg`, `${c.svg}\n`],
    [`charts/${c.id}.vl.json`, `${JSON.stringify(c.spec, null, 2)}\n`],
  ]) as [string, string][];
}

/** Each chapter's template, from its own folder, under the partial name the layout includes it by. */
export function chapterTemplates(): Map<string, string> {
  return new Map(CHAPTERS.map((c) => [`chapter-${c.id}`, join(CHAPTERS_DIR, c.id, `${c.id}.hbs`)]));
}

/** Every template the HTML was filled from, shared and per chapter, for the manifest's inputs. */
function templateFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [relative(ROOT, join(dir, e.name))]));
  return [...walk(TEMPLATES_DIR), ...[...chapterTemplates().values()].map((f) => relative(ROOT, f))];
}

function count(ns: number[]): string {
  return ns.reduce((a, b) => a + b, 0).toLocaleString('en-US');
}
