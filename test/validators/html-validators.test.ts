import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/pdf/find-browser';
import { CHROMIUM_ARGS } from '../../src/pdf/print-pdf';
import { buildDefaultReport } from './report-build';

const require = createRequire(import.meta.url);

// The Nu HTML Checker (vnu-jar, on Debian's Java) and axe-core in a real Chromium, on the default
// report. A failure lists what failed where: the checker's file:line:column and axe's selectors.
describe('report.html passes the validators publishers use', () => {
  let html: string;
  beforeAll(async () => {
    ({ html } = await buildDefaultReport());
  });

  it('has no errors in the Nu HTML Checker', () => {
    const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
    let errors = '';
    try {
      execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', html], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      errors = String((error as { stderr?: string }).stderr ?? error);
    }
    expect(errors, errors).toBe('');
  });

  it('has no axe-core violations', async () => {
    const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.setContent(readFileSync(html, 'utf8'), { waitUntil: 'load' });
      await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
      const violations = await page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
        return r.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('; ')}`);
      });
      expect(violations, violations.join('\n')).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('has a language, headings in order and captions on every table', () => {
    const text = readFileSync(html, 'utf8');
    expect(text).toMatch(/<html lang="en">/);
    const levels = [...text.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    levels.forEach((l, i) => i > 0 && expect(l - levels[i - 1]!, `heading h${l} after h${levels[i - 1]}`).toBeLessThanOrEqual(1));
    const tables = text.match(/<table>/g)?.length ?? 0;
    expect(text.match(/<table>\n<caption>/g)?.length).toBe(tables);
  });
});
