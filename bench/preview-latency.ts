/**
 * How long an edit takes to show in the page `npm run preview` serves: from writing the file to the
 * page, fetched after the reload event, holding the edit. Targets (issue 13), medians on this 2-core
 * machine: a content or template edit within 300 ms, a data edit within 1.5 s. Content and data are
 * edited in temporary copies; the template edit goes to templates/partials/written.hbs and is undone.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEMPLATES_DIR } from '../src/config';
import { startPreview } from '../src/preview/preview-server';
import { readPublication } from '../src/publication';

export async function previewLatency(runs: number): Promise<Record<'content' | 'template' | 'data', number[]>> {
  const dir = mkdtempSync(join(tmpdir(), 'ssc-bench-preview-'));
  const content = join(dir, 'content');
  const data = join(dir, 'data');
  cpSync('content', content, { recursive: true });
  cpSync('data', data, { recursive: true });
  const preview = await startPreview({
    port: 0,
    config: {
      dataDir: data,
      contentDir: content,
      edition: null,
      previous: null,
      cache: true,
      publication: readPublication('report.config.json'),
    },
    log: () => undefined,
  });
  // Reload events, counted as they come.
  let reloads = 0;
  let wake: (() => void) | null = null;
  const events = get(`${preview.url}events`, (res) =>
    res.on('data', (chunk: Buffer) => {
      reloads += (chunk.toString().match(/^event: reload$/gm) ?? []).length;
      wake?.();
    }),
  );
  const nextReload = (seen: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no reload within 60 s')), 60_000);
      wake = () => {
        if (reloads <= seen) return;
        clearTimeout(timer);
        resolve();
      };
      wake();
    });
  const edit = async (file: string, change: (text: string) => string, marker: string): Promise<number> => {
    const seen = reloads;
    const t0 = performance.now();
    writeFileSync(file, change(readFileSync(file, 'utf8')));
    for (;;) {
      await nextReload(seen);
      if ((await (await fetch(preview.url)).text()).includes(marker)) return performance.now() - t0;
    }
  };
  const template = join(TEMPLATES_DIR, 'partials', 'written.hbs');
  const original = readFileSync(template, 'utf8');
  const result = { content: [] as number[], template: [] as number[], data: [] as number[] };
  try {
    // One edit of each kind first, not counted: the builder's first run of each path is cold.
    for (let i = 0; i <= runs; i++) {
      const keep = (kind: keyof typeof result, ms: number) => void (i > 0 && result[kind].push(ms));
      const m = `Bench edit ${i}.`;
      keep('content', await edit(join(content, 'overview.md'), (t) => `${t.replace(/\nBench edit \d+\.\n/, '\n')}\n${m}\n`, m));
      keep('template', await edit(template, () => `${original}<!-- bench ${i} -->\n`, `<!-- bench ${i} -->`));
      keep(
        'data',
        await edit(
          join(data, 'sources.csv'),
          (t) => t.replace(/Paragraph numbers as in the document\.( Bench edit \d+\.)?/, `Paragraph numbers as in the document. ${m}`),
          m,
        ),
      );
    }
  } finally {
    writeFileSync(template, original);
    events.destroy();
    await preview.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}
