import type { Browser, Page } from 'puppeteer';
import { EnvironmentError } from '../errors';
import * as msg from '../messages';
import { fillContents, PLACEHOLDER } from './fill-contents';
import { finishPdf, type PdfMetadata } from './finish-pdf';
import { PdfFile } from './pdf-file';

/** Flags for a headless Chromium on a machine with no network beyond package registries. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'];

/** A running browser, started early so that its launch overlaps the data stages. */
export interface Printer {
  version: string;
  print(html: string, meta: PdfMetadata): Promise<PrintedPdf>;
  close(): Promise<void>;
}

/** A printed report, and how many times Chromium printed it (1, or 2 when the contents could not be filled in). */
export interface PrintedPdf {
  bytes: Uint8Array;
  prints: number;
}

/** Starts Chromium at `executablePath` with puppeteer. */
export async function launchPrinter(executablePath: string): Promise<Printer> {
  // Imported here, not at the top: a bundled build (scripts/build.mjs) would load it on every run.
  const { default: puppeteer } = await import('puppeteer');
  let browser: Browser;
  try {
    browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new EnvironmentError(msg.browserFailed(executablePath, (error as Error).message.split('\n')[0]!));
  }
  // The page is opened now too, while the data stages run, rather than when the HTML is ready.
  const [version, page] = await Promise.all([browser.version(), openPage(browser)]);
  return {
    version,
    print: (html, meta) => print(page, html, meta),
    close: () => browser.close(),
  };
}

/** A page that lets no request leave the machine: the HTML is self-contained, and this makes sure of it. */
async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (r) => (r.url().startsWith('data:') || r.url() === 'about:blank' ? r.continue() : r.abort()));
  return page;
}

/**
 * Prints the report to a tagged A4 PDF with an outline, its contents numbered with the page each
 * section starts on. Chromium cannot number the pages links point to, so the contents are printed
 * with placeholders and the numbers written into the PDF afterwards (fill-contents.ts), which
 * takes milliseconds. Should the PDF not be as that expects, the numbers go into the page and it
 * is printed again: the contents fit on one page, so filling them in moves nothing else.
 */
async function print(page: Page, html: string, meta: PdfMetadata): Promise<PrintedPdf> {
  await page.setContent(html, { waitUntil: 'load' });
  const targets = await page.evaluate(async (placeholder: string) => {
    await document.fonts.ready;
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a')];
    for (const a of links) a.querySelector('.toc-page')!.textContent = placeholder;
    return links.map((a) => a.getAttribute('href')!.slice(1));
  }, PLACEHOLDER);
  const options = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;
  const first = await page.pdf(options);
  const filled = targets.length === 0 ? [] : fillContents(first, targets);
  if (filled) return { bytes: finishPdf(first, meta, filled), prints: 1 };

  const pages = new PdfFile(first).destinations();
  await page.evaluate((p: Record<string, number>) => {
    for (const a of document.querySelectorAll<HTMLAnchorElement>('.toc a')) {
      a.querySelector('.toc-page')!.textContent = String(p[a.getAttribute('href')!.slice(1)] ?? '');
    }
  }, pages);
  return { bytes: finishPdf(await page.pdf(options), meta), prints: 2 };
}
