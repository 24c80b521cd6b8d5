import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PUBLICATION } from '../../src/publication';
import { startPreview, type Preview } from '../../src/preview/preview-server';
import { SMALL, SMALL_CONTENT } from '../helpers/build';

/** The server's events, as they arrive; `next(name)` waits (bounded) for the next of that name. */
function listen(url: string) {
  const seen: { event: string; data: string }[] = [];
  const waiters: (() => void)[] = [];
  const req = get(`${url}events`, (res) => {
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        seen.push({ event: /^event: (.*)$/m.exec(block)?.[1] ?? '', data: /^data: (.*)$/m.exec(block)?.[1] ?? '' });
        for (const w of waiters.splice(0)) w();
      }
    });
  });
  const next = (event: string, after: number, ms = 30_000) =>
    new Promise<{ event: string; data: string }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${event} event within ${ms} ms`)), ms);
      const check = () => {
        const found = seen.slice(after).find((e) => e.event === event);
        if (found) {
          clearTimeout(timer);
          return resolve(found);
        }
        waiters.push(check);
      };
      check();
    });
  return { seen, next, close: () => req.destroy() };
}

const page = async (url: string) => (await fetch(url)).text();

describe('npm run preview', () => {
  let preview: Preview;
  let content: string;
  const lines: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssc-preview-test-'));
    content = relative(process.cwd(), join(dir, 'content'));
    cpSync(SMALL_CONTENT, content, { recursive: true });
    preview = await startPreview({
      port: 0,
      config: { dataDir: SMALL, contentDir: content, edition: null, previous: null, cache: true, publication: DEFAULT_PUBLICATION },
      log: (l) => lines.push(l),
    });
  }, 120_000);

  afterAll(async () => {
    await preview?.close();
    rmSync(join(content, '..'), { recursive: true, force: true });
  });

  it('serves the report on 127.0.0.1 only', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const html = await page(preview.url);
    expect(html).toContain('<section class="written" id="key-messages"');
    expect(html).toContain("new EventSource('/events')");
  });

  it('reloads the page after a content edit, and shows an error at file:line:column over the last good report', async () => {
    const events = listen(preview.url);
    try {
      await events.next('hello', 0);
      const file = join(content, 'trade.md');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nAn edit the page must show.\n`);
      const reload = await events.next('reload', 0);
      expect(JSON.parse(reload.data).version).toBeGreaterThan(1);
      expect(await page(preview.url)).toContain('An edit the page must show.');

      const after = events.seen.length;
      writeFileSync(file, 'Line one.\n\nA {{figure "no-such:figure:2014"}} here.\n');
      const failed = await events.next('error-report', after);
      expect(JSON.parse(failed.data).error).toContain(`${file}:3:13: no figure "no-such:figure:2014"`);
      const kept = await page(preview.url);
      expect(kept).toContain('An edit the page must show.');
      expect(kept).toContain('window.__sscError = "');
    } finally {
      events.close();
    }
  }, 60_000);
});
