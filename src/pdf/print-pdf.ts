import type { Browser, Page } from 'puppeteer';
import { EnvironmentError } from '../errors';
import { onExit } from '../exit-tasks';
import { faultArmed } from '../fault';
import { createProfile, removeProfile, removeStaleProfiles } from './chromium-profile';
import { watchProfile } from './profile-watchdog';
import * as msg from '../messages';
import { fillContents, PLACEHOLDER } from './fill-contents';
import { finishPdf, type PdfMetadata } from './finish-pdf';
import { PdfFile } from './pdf-file';

/** Flags for a headless Chromium on a machine with no network beyond package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

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

/** Seconds printing may take before Chromium is taken to be frozen: 50 (the full report prints in 4 s idle, 15 s under load). */
const PRINT_TIMEOUT_S = 50;

/**
 * Starts Chromium at `executablePath` with puppeteer, so that it can never outlive the run:
 *
 * - it talks to puppeteer over a pipe (`pipe: true`), not a WebSocket, and exits when the pipe
 *   closes, which happens however this process ends, `kill -9` included (measured: with a
 *   WebSocket, 10 Chromium processes were alive 5 s after the parent's SIGKILL; with the pipe, none);
 * - its profile is a folder this run makes and removes (chromium-profile.ts); if the run is
 *   killed, a watchdog (profile-watchdog.ts) kills what is left of Chromium and removes it, and
 *   failing that a later run does;
 * - on exit or SIGINT/SIGTERM/SIGHUP (exit-tasks.ts) its process group is killed and the profile
 *   removed; puppeteer's own signal handlers are off, since on SIGTERM they close the browser but
 *   let the run go on without it;
 * - a print that takes longer than `timeoutS` (a start, longer than 30 s) kills it and ends the run with exit 3.
 */
export async function launchPrinter(executablePath: string, timeoutS = PRINT_TIMEOUT_S): Promise<Printer> {
  // Imported here, not at the top: a bundled build (scripts/build.mjs) would load it on every run.
  const { default: puppeteer } = await import('puppeteer');
  removeStaleProfiles();
  const profile = createProfile();
  watchProfile(profile);
  let browser: Browser | undefined;
  const kill = () => {
    killGroup(browser);
    removeProfile(profile);
  };
  const forget = onExit(kill, () => browser?.close() ?? Promise.resolve());
  const close = async () => {
    await withDeadline(browser?.close() ?? Promise.resolve(), 5_000).catch(() => undefined);
    kill();
    forget();
  };
  // Starting takes longer than printing on a loaded machine: it gets at least 30 s. These deadlines
  // are this module's; puppeteer's protocol timeout (180 s by default) is only a backstop.
  const startS = Math.max(timeoutS, 30);
  try {
    const protocolTimeout = (startS + 10) * 1000;
    const options = { executablePath, headless: true, args: CHROMIUM_ARGS, pipe: true, userDataDir: profile, protocolTimeout };
    const [version, page] = await withDeadline(
      (async () => {
        const ownSignals = { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false };
        browser = await puppeteer.launch({ ...options, ...ownSignals, timeout: startS * 1000 });
        // The page is opened now too, while the data stages run, rather than when the HTML is ready.
        return Promise.all([browser.version(), openPage(browser)]);
      })(),
      startS * 1000,
    );
    return {
      version,
      print: async (html, meta) => {
        if (faultArmed('freeze-print')) killGroup(browser, 'SIGSTOP');
        try {
          return await withDeadline(print(page, html, meta), timeoutS * 1000);
        } catch (error) {
          kill(); // a frozen Chromium answers nothing, close() included
          if (error instanceof DeadlineError) throw new EnvironmentError(msg.printTimedOut(executablePath, timeoutS));
          // Chromium crashed or hung up: the machine's fault, not the program's (exit 3, not 70).
          if (/^(ProtocolError|TargetCloseError|TimeoutError|ConnectionClosedError)$/.test((error as Error).name)) {
            throw new EnvironmentError(msg.browserFailed(executablePath, (error as Error).message.split('\n')[0]!));
          }
          throw error;
        }
      },
      close,
    };
  } catch (error) {
    kill(); // a Chromium that did not start in time may be frozen: close() would wait for it
    forget();
    const detail = error instanceof DeadlineError ? `it did not start within ${startS} s` : (error as Error).message.split('\n')[0]!;
    throw new EnvironmentError(msg.browserFailed(executablePath, detail));
  }
}

/** Sends `signal` to Chromium's process group (puppeteer starts it detached, as a group leader). */
function killGroup(browser: Browser | undefined, signal: NodeJS.Signals = 'SIGKILL'): void {
  const pid = browser?.process()?.pid;
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // gone already
  }
}

class DeadlineError extends Error {}

/** `promise`, or a DeadlineError after `ms`. */
function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new DeadlineError()), ms)));
  promise.catch(() => undefined); // it may fail after the deadline, when nobody waits for it
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
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
