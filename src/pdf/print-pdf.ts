import puppeteer, { type Browser } from 'puppeteer';
import { EnvironmentError } from '../errors';
import * as msg from '../messages';
import { destinationPages } from './heading-pages';
import { finishPdf, type PdfMetadata } from './finish-pdf';

/** Flags for a headless Chromium on a machine with no network beyond package registries. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'];

/** A running browser, started early so that its launch overlaps the data stages. */
export interface Printer {
  version: string;
  print(html: string, meta: PdfMetadata): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Starts Chromium at `executablePath` with puppeteer. */
export async function launchPrinter(executablePath: string): Promise<Printer> {
  let browser: Browser;
  try {
    browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new EnvironmentError(msg.browserFailed(executablePath, (error as Error).message.split('\n')[0]!));
  }
  const version = await browser.version();
  return {
    version,
    print: (html, meta) => print(browser, html, meta),
    close: () => browser.close(),
  };
}

/**
 * Prints the report to a tagged A4 PDF with an outline. Chromium cannot number the pages a table
 * of contents points to, so the document is printed once, the page of each section is read from
 * that PDF's link destinations, the numbers are written into the contents (in the page, not in
 * report.html), and it is printed again. The contents fit on one page, so filling them in moves
 * nothing else. The first print is untagged and has no outline: it is only measured, and it
 * prints in four-fifths of the time and parses in a tenth.
 */
async function print(browser: Browser, html: string, meta: PdfMetadata): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    // No request may leave the machine: the HTML is self-contained, and this makes sure of it.
    await page.setRequestInterception(true);
    page.on('request', (r) => (r.url().startsWith('data:') || r.url() === 'about:blank' ? r.continue() : r.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const options = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;
    const first = await page.pdf({ ...options, tagged: false, outline: false });
    const pages = await destinationPages(first);
    await page.evaluate((p: Record<string, number>) => {
      for (const a of document.querySelectorAll<HTMLAnchorElement>('.toc a')) {
        const id = a.getAttribute('href')!.slice(1);
        const span = a.querySelector('.toc-page');
        if (span && p[id] !== undefined) span.textContent = String(p[id]);
      }
    }, pages);
    return finishPdf(await page.pdf(options), meta);
  } finally {
    await page.close();
  }
}
