/**
 * npm run bench: how long the report takes, stage by stage, and against its floor, which is
 * Chromium alone launching and printing the same HTML once, measured in the same run.
 * Targets (issue 2): the whole build within 1.3 × the floor; an HTML-only build under 1.5 s.
 * Builds reuse the parse of unchanged CSVs and the SVG of unchanged charts (node_modules/.cache);
 * the "no cache" rows parse and render everything afresh, as the first build after new data does.
 * The preview's latency, from an edit to the page showing it, is measured last (bench/preview-latency.ts).
 * Usage: npm run bench [-- --runs N] [-- --preview-only]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer';
import { normalizeConfig } from '../src/config';
import { findBrowser } from '../src/pdf/find-browser';
import { CHROMIUM_ARGS } from '../src/pdf/print-pdf';
import { runReport } from '../src/run-report';
import { previewLatency } from './preview-latency';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const previewOnly = process.argv.includes('--preview-only');
const out = mkdtempSync(join(tmpdir(), 'ssc-bench-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quiet = () => undefined;

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await run();
  return [r, (performance.now() - t0) / 1000];
}

if (previewOnly) await reportPreview();

// 1. HTML-only builds, in this process (after one warm-up run that loads the modules).
await runReport(normalizeConfig({ outDir: out, pdf: false, log: quiet }));
const html: number[] = [];
const stages = new Map<string, number[]>();
for (let i = 0; i < runs; i++) {
  const [r, s] = await timed(() => runReport(normalizeConfig({ outDir: out, pdf: false, log: quiet })));
  html.push(s);
  for (const [name, secs] of r.timings) stages.set(name, [...(stages.get(name) ?? []), secs]);
}

// 1b. Cold: every CSV parsed afresh, as on the first build after the data change.
const cold: number[] = [];
for (let i = 0; i < runs; i++)
  cold.push((await timed(() => runReport(normalizeConfig({ outDir: out, pdf: false, cache: false, log: quiet }))))[1]);

// 2. The same, as `npm run report` runs it: the bundled CLI (scripts/build.mjs; `npm run bench`
// rebuilds it when src/ changed), a new process each time, module loading included.
const cliRun = (args: string[]) => {
  const t0 = performance.now();
  execFileSync(process.execPath, ['dist/cli.js', ...args, '--out', out], { stdio: 'ignore' });
  return (performance.now() - t0) / 1000;
};
const cli: number[] = [];
const cliCold: number[] = [];
const cliPdf: number[] = [];
for (let i = 0; i < runs; i++) {
  cli.push(cliRun(['--no-pdf']));
  cliCold.push(cliRun(['--no-pdf', '--no-cache']));
  cliPdf.push(cliRun([]));
}

// 3. Whole builds with the PDF, and the floor: Chromium launching and printing the same HTML.
const full: number[] = [];
const floor: number[] = [];
const pdfStages = new Map<string, number[]>();
for (let i = 0; i < runs; i++) {
  const [r, s] = await timed(() => runReport(normalizeConfig({ outDir: out, pdf: true, log: quiet })));
  full.push(s);
  for (const [name, secs] of r.timings) pdfStages.set(name, [...(pdfStages.get(name) ?? []), secs]);
  const page = r.files.get('report.html') as string;
  const [, f] = await timed(async () => {
    const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });
    const p = await browser.newPage();
    await p.setContent(page, { waitUntil: 'load' });
    await p.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    await browser.close();
  });
  floor.push(f);
}
rmSync(out, { recursive: true, force: true });

const row = (name: string, xs: number[]) =>
  console.log(`${name.padEnd(34)} ${median(xs).toFixed(3).padStart(7)} s   (runs: ${xs.map((x) => x.toFixed(3)).join(', ')})`);
console.log(`ssc-report benchmark, ${runs} runs each, medians; ${execFileSync('nproc').toString().trim()} cores`);
console.log('\nHTML-only build (--no-pdf), in process, by stage:');
for (const [name, xs] of stages) row(`  ${name}`, xs);
row('HTML-only build, in process', html);
row('HTML-only build, in process, no cache', cold);
row('HTML-only build, new process (CLI)', cli);
row('HTML-only build, new process, no cache', cliCold);
console.log('\nWhole build with PDF, by stage:');
for (const [name, xs] of pdfStages) row(`  ${name}`, xs);
row('whole build with PDF', full);
row('floor: Chromium launches and prints', floor);
row('whole build, new process (CLI)', cliPdf);
const ratio = median(full) / median(floor);
console.log(`\nratio whole build / floor: ${ratio.toFixed(2)} (target 1.30)  ${ratio <= 1.3 ? 'met' : 'NOT met'}`);
console.log(
  `HTML-only build: ${median(cli).toFixed(2)} s as a new process, ${median(html).toFixed(2)} ` +
    `s in process (target 1.5 s)  ` +
    `${median(cli) < 1.5 ? 'met' : median(html) < 1.5 ? 'met in process only' : 'NOT met'}`,
);
console.log(`peak resident memory of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);

await reportPreview();

/** The preview's latency, edit to page, by kind of edit; with --preview-only, nothing else is measured. */
async function reportPreview(): Promise<void> {
  const n = Math.max(runs, 5);
  const ms = await previewLatency(n);
  const line = (name: string, xs: number[], target: number) =>
    console.log(
      `${name.padEnd(34)} ${median(xs).toFixed(0).padStart(6)} ms  target ${target} ms  ` +
        `${median(xs) <= target ? 'met' : 'NOT met'}   (runs: ` +
        `${xs.map((x) => x.toFixed(0)).join(', ')})`,
    );
  console.log(`\nnpm run preview, edit to page showing it, medians of ${n}:`);
  line('content edit (content/*.md)', ms.content, 300);
  line('template edit (templates/)', ms.template, 300);
  line('data edit (data/*.csv)', ms.data, 1500);
  if (previewOnly) process.exit(0);
}
