import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/pdf/find-browser';
import { CHROMIUM_ARGS } from '../../src/pdf/print-pdf';
import { buildDefaultReport } from './report-build';

const require = createRequire(import.meta.url);

/** The widths the web edition is read at: a phone, a tablet, a desktop. */
const WIDTHS = [390, 768, 1280];

// The Nu HTML Checker (vnu-jar, on Debian's Java) and axe-core in a real Chromium, on the default
// report, at each width. A failure lists what failed where: the checker's file:line:column and
// axe's selectors. One Chromium serves every width.
describe('report.html passes the validators publishers use', () => {
  let html: string;
  let out: string;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    ({ html, out } = await buildDefaultReport());
  });
  // A hook of its own, with its own time: the build above takes most of a minute on a busy machine.
  // biome-ignore lint/suspicious/noDuplicateTestHooks: two hooks so that each has its own timeout
  beforeAll(async () => {
    browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    await page.setContent(readFileSync(html, 'utf8'), { waitUntil: 'load' });
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has no errors in the Nu HTML Checker', () => {
    const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
    let errors = '';
    try {
      execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', html], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      errors = String((error as { stderr?: string }).stderr ?? error);
    }
    expect(errors, errors).toBe('');
  });

  it('has nothing wider than the page at 390, 768 and 1280 px: wide tables and charts scroll in their own box', async () => {
    for (const width of WIDTHS) {
      await page.setViewport({ width, height: 900 });
      const wide = await page.evaluate(() => {
        const page = document.documentElement.clientWidth;
        const over = [...document.querySelectorAll('body *')].filter((e) => {
          const box = e.getBoundingClientRect();
          // Inside a box that scrolls, an element may be wider than the page: the box is not.
          const scroller = e.parentElement?.closest('.table-figure, .chart-svg, .toc');
          return box.width > 0 && box.right > page + 1 && !scroller;
        });
        const named = over.slice(0, 5).map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`);
        return { scroll: document.documentElement.scrollWidth, page, over: named };
      });
      expect(wide.over, `at ${width} px: ${wide.over.join(', ')}`).toEqual([]);
      expect(wide.scroll, `page scrolls sideways at ${width} px`).toBeLessThanOrEqual(wide.page);
    }
  });

  // Every rule at the phone and desktop widths; at the tablet width, between the two layouts, the
  // rules whose result depends on the layout (a full axe run takes 20 s on the 2-core machine).
  const LAYOUT_RULES = ['color-contrast', 'scrollable-region-focusable', 'target-size', 'region'];
  for (const [width, rules] of [
    [390, null],
    [1280, null],
    [768, LAYOUT_RULES],
  ] as const) {
    it(`has no axe-core violations at ${width} px, colour contrast included${rules ? ' (the layout rules)' : ''}`, async () => {
      await page.setViewport({ width, height: 900 });
      const violations = await page.evaluate(async (only: readonly string[] | null) => {
        type Violation = { id: string; help: string; nodes: { target: string[] }[] };
        type Axe = { run(context: Document, options: object): Promise<{ violations: Violation[] }> };
        const r = await (window as unknown as { axe: Axe }).axe.run(document, only ? { runOnly: { type: 'rule', values: only } } : {});
        return r.violations.map(
          (v) =>
            `${v.id} (${v.help}): ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 5)
              .join('; ')}`,
        );
      }, rules);
      expect(violations, violations.join('\n')).toEqual([]);
    });
  }

  it('links each chart and table to its data, each chart to its SVG, and every link resolves to a file in out/', () => {
    const text = readFileSync(html, 'utf8');
    const links = [...new Set([...text.matchAll(/href="([^"#][^"]*)"/g)].map((m) => m[1]!))];
    for (const link of links) expect(existsSync(join(out, link)), `${link} is not in out/`).toBe(true);
    expect(links).toContain('report.pdf');
    expect(links).toContain('figures.csv');
    const figures = [...text.matchAll(/<figure class="(chart|table-figure)[^"]*" id="([^"]+)"/g)].filter((m) => !m[2]!.endsWith('-data'));
    expect(figures.length).toBeGreaterThan(40);
    for (const [, kind, id] of figures) {
      expect(links, `no data for ${id}`).toContain(`data/${id}.csv`);
      if (kind === 'chart') expect(links, `no SVG for ${id}`).toContain(`charts/${id}.svg`);
    }
  });

  it('uses the dash only as the explanatory notes define it: a figure that is nil', () => {
    const text = readFileSync(html, 'utf8');
    const ledger = new Map(
      readFileSync(join(out, 'figures.csv'), 'utf8')
        .split('\n')
        .map((l) => [l.split(',')[0]!, l] as const),
    );
    const dashes = [...text.matchAll(/<td( data-figure="([^"]+)")?>\u2013<\/td>/g)];
    for (const [cell, , id] of dashes) {
      expect(id, `a dash that is not a figure: ${cell}`).toBeDefined();
      expect(ledger.get(id!)?.split(',')[4], `${id} is printed as a dash but is not nil`).toBe('0');
    }
  });

  it('has a language, headings in order and captions on every table', () => {
    const text = readFileSync(html, 'utf8');
    expect(text).toMatch(/<html lang="en">/);
    const levels = [...text.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    for (const [i, l] of levels.entries()) {
      if (i > 0) expect(l - levels[i - 1]!, `heading h${l} after h${levels[i - 1]}`).toBeLessThanOrEqual(1);
    }
    const tables = text.match(/<table>/g)?.length ?? 0;
    expect(text.match(/<table>\n<caption>/g)?.length).toBe(tables);
  });
});
