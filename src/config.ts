import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readProjectConfig } from './project-config';
import { DEFAULT_PUBLICATION, type Publication } from './publication';

/**
 * Everything a run can be told, fully resolved: the CLI and tests build one with `normalizeConfig`,
 * and no stage reads process.argv or the environment for itself.
 */
export interface Config {
  /** Folder of the indicator CSVs. Default `data`. */
  dataDir: string;
  /** Folder of what people write (Markdown: foreword, key messages, overview, chapters' analysis). Default `content`. */
  contentDir: string;
  /** Folder the report is published into. Default `out`. */
  outDir: string;
  /** Year the edition is published and named by (it uses data up to the year before); null means the edition of report.config.json. */
  edition: number | null;
  /** A previous build's output folder whose figures.csv "what changed" compares with; null: rebuild the year before from the same data. */
  previous: string | null;
  /** Print the PDF with Chromium. Default true (`--no-pdf` turns it off). */
  pdf: boolean;
  /**
   * Reuse the parse of CSV files, and the SVG of charts, that an earlier build made of the same bytes
   * and spec (node_modules/.cache/ssc-report). Default true.
   */
  cache: boolean;
  /**
   * Largest data file read, in bytes; a larger one is an error naming it and its size, before any
   * of it is read. Default 64 MiB, 6.5 times the largest real file (the trade flows, 9.8 MB).
   */
  maxFileBytes: number;
  /** The latest year any data file may hold. Default: `latestDataYear` of report.config.json. */
  latestDataYear: number;
  /** Folder of the parse cache (csv/) and chart cache (charts/); null: node_modules/.cache/ssc-report. Tests give their own. */
  cacheDir: string | null;
  /** Seconds Chromium may take to print before it is taken to be frozen and the run ends with exit 3. Default 50. */
  printTimeout: number;
  /** Print stack traces with errors. Default false. */
  debug: boolean;
  /** Years over which growth rates are compounded, ending at the edition. Default 10. */
  growthWindow: number;
  /** Changes smaller than this, in percentage points, are "broadly unchanged". Default 0.1. */
  unchangedPoints: number;
  /** Changes smaller than this, in per cent, are "broadly unchanged" for amounts. Default 1. */
  unchangedPercent: number;
  /** What the title-page verso prints: symbol, ISBN, date of publication (report.config.json). Default: none, the edition's year. */
  publication: Publication;
  /** Progress lines go here (one per stage); tests pass a function that collects them. */
  log: (line: string) => void;
}

/** The default of `maxFileBytes`: 64 MiB. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 2 ** 20;

/** Fills in every default; `partial` may come from the CLI or a test. */
export function normalizeConfig(partial: Partial<Config> = {}): Config {
  return {
    dataDir: partial.dataDir ?? 'data',
    contentDir: partial.contentDir ?? 'content',
    outDir: partial.outDir ?? 'out',
    edition: partial.edition ?? null,
    previous: partial.previous ?? null,
    pdf: partial.pdf ?? true,
    cacheDir: partial.cacheDir ?? null,
    printTimeout: partial.printTimeout ?? 50,
    debug: partial.debug ?? false,
    cache: partial.cache ?? true,
    maxFileBytes: partial.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    latestDataYear: partial.latestDataYear ?? readProjectConfig(ROOT).latestDataYear,
    growthWindow: partial.growthWindow ?? 10,
    unchangedPoints: partial.unchangedPoints ?? 0.1,
    unchangedPercent: partial.unchangedPercent ?? 1,
    publication: partial.publication ?? DEFAULT_PUBLICATION,
    log: partial.log ?? ((line) => process.stderr.write(`${line}\n`)),
  };
}

/**
 * The project's folder (where package.json is), whatever the working directory: the nearest
 * folder above this module with a package.json. This module runs from src/ under tsx and from
 * dist/ once bundled (scripts/build.mjs), so the path is found, not counted in `..`s.
 */
export const ROOT = packageRoot(import.meta.dirname ?? fileURLToPath(new URL('.', import.meta.url)));

/** Where the templates and their CSS are. */
export const TEMPLATES_DIR = join(ROOT, 'templates');

/** Where the chapters are: each folder holds a chapter's code and its template, `<id>/<id>.hbs`. */
export const CHAPTERS_DIR = join(ROOT, 'src', 'chapters');

function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}
