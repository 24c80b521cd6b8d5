import { parseArgs } from 'node:util';
import { normalizeConfig, type Config } from './config';
import { readPublication } from './publication';
import { CliError, EXIT, UsageError } from './errors';
import { exitOnSignals } from './exit-tasks';
import * as msg from './messages';
import { printable } from './terminal-text';

/** `--help`: every option with its default, and what the exit codes mean. */
export const HELP = `Usage: npm run report -- [options]

Builds the State of South-South Cooperation report from the indicator CSVs.

Options:
  --data DIR       folder of the indicator CSVs (default: data)
  --content DIR    folder of the written text, Markdown (default: content)
  --out DIR        folder the report is written to (default: out); it must be absent, empty or
                   hold a previous build (its manifest.json lists every file), or nothing is done
  --config FILE    publication settings printed on the title-page verso: symbol, ISBN, date
                   (default: report.config.json, if present)
  --edition YEAR   the edition, by its year of publication; it uses data up to the year before
                   (default: the edition set in report.config.json)
  --previous DIR   output folder of a previous build to compare with in "What changed" (default:
                   the year before the edition, rebuilt from the same data)
  --no-pdf         build the HTML, charts and ledger only, without printing the PDF
  --no-cache       parse every CSV and render every chart afresh, instead of reusing what an
                   earlier build made of the same bytes (node_modules/.cache/ssc-report)
  --max-file-size SIZE
                   refuse a data file larger than this, before reading it: bytes, or with K, M
                   or G (binary units) (default: 64M)
  --debug          print stack traces with errors
  --help           print this help

Writes report.html, report.pdf, charts/<id>.svg, charts/<id>.vl.json, figures.csv and
manifest.json into the output folder, replacing the previous report only when every stage
succeeded.

Exit codes: 0 done; 1 bad data or templates; 2 bad usage; 3 environment (no browser,
unwritable output, Chromium frozen, another run holding the output folder for over 60 s);
130 and 143 interrupted by SIGINT and SIGTERM (Chromium closed, nothing published).
`;

/** Reads the command line into a Config, or says what is wrong with it. */
export function parseCli(argv: string[]): Config | 'help' {
  // biome-ignore lint/suspicious/noImplicitAnyLet: typed by the parseArgs call the try below assigns it from
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        data: { type: 'string' },
        content: { type: 'string' },
        out: { type: 'string' },
        config: { type: 'string' },
        edition: { type: 'string' },
        previous: { type: 'string' },
        'no-pdf': { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        'max-file-size': { type: 'string' },
        debug: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError(msg.badOption((error as Error).message));
  }
  if (values.help) return 'help';
  let edition: number | null = null;
  if (values.edition !== undefined) {
    if (!/^\d{4}$/.test(values.edition))
      throw new UsageError(msg.badOption(`--edition: expected a year such as 2026, found ${msg.q(values.edition)}`));
    edition = Number(values.edition);
  }
  const maxFileBytes = values['max-file-size'] === undefined ? undefined : parseSize(values['max-file-size']);
  return normalizeConfig({
    publication: readPublication(values.config ?? 'report.config.json'),
    dataDir: values.data,
    contentDir: values.content,
    outDir: values.out,
    edition,
    previous: values.previous ?? null,
    pdf: !values['no-pdf'],
    cache: !values['no-cache'],
    maxFileBytes,
    debug: values.debug ?? false,
    printTimeout: printTimeoutFrom(process.env.SSC_REPORT_PRINT_TIMEOUT),
  });
}

/** `"64M"` → 67108864: bytes, or K, M, G with an optional "iB" or "B" (all binary, as `ls -lh`). */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([KMG])?(?:i?B)?$/i.exec(text.trim());
  const bytes = m ? Math.floor(Number(m[1]) * 1024 ** ' KMG'.indexOf((m[2] ?? ' ').toUpperCase())) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new UsageError(msg.badOption(msg.badFileSize(text)));
  return bytes;
}

/** $SSC_REPORT_PRINT_TIMEOUT: seconds Chromium may take to print (default 50; for slow machines, and tests). */
function printTimeoutFrom(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const seconds = Number(text);
  if (!(seconds > 0 && seconds <= 3600)) {
    throw new UsageError(msg.badOption(`SSC_REPORT_PRINT_TIMEOUT: expected seconds from 1 to 3600, found "${text}"`));
  }
  return seconds;
}

/** Runs the CLI and returns the exit code; the only place that knows about process exit codes. */
export async function main(argv: string[]): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const config = parseCli(argv);
    if (config === 'help') {
      process.stdout.write(HELP);
      return EXIT.ok;
    }
    debug = config.debug;
    // Imported here so that --help and usage errors answer at once, without loading the stack.
    const { runReport } = await import('./run-report');
    const t0 = performance.now();
    const result = await runReport(config);
    // Messages quote data and file names: shown, never obeyed by the terminal (terminal-text.ts).
    for (const w of result.warnings) process.stderr.write(printable(`warning: ${w}\n`));
    config.log(
      `done      ${((performance.now() - t0) / 1000).toFixed(2).padStart(5)} s  ` +
        `${config.outDir}/report.html${config.pdf ? `, ${config.outDir}/report.pdf` : ''}`,
    );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(printable(`${debug && error.stack ? error.stack : `error: ${error.message}`}\n`));
      return error.exitCode;
    }
    const text = debug ? (error as Error).stack : `internal error: ${(error as Error).message}\n(run with --debug for the stack trace)`;
    process.stderr.write(printable(`${text}\n`));
    return 70;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('cli.ts')) {
  // Ctrl-C or a kill: Chromium is stopped and its profile removed before the process ends.
  exitOnSignals((signal) => process.stderr.write(`error: ${msg.interrupted(signal)}\n`));
  process.exitCode = await main(process.argv.slice(2));
}
