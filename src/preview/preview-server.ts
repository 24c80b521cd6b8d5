import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHAPTERS_DIR, ROOT, TEMPLATES_DIR, type Config } from '../config';
import { CLIENT_SCRIPT } from './client';
import type { ChangeKind } from './preview-builder';

/** What the preview may be told; the build settings are those of the CLI. */
export interface PreviewOptions {
  /** Port on 127.0.0.1; 0 picks a free one. Default 4321. */
  port?: number;
  config: Pick<Config, 'dataDir' | 'contentDir' | 'edition' | 'previous' | 'cache' | 'publication'>;
  log?: (line: string) => void;
}

export interface Preview {
  url: string;
  /** Number of the last good build, 1 for the first. */
  version(): number;
  close(): Promise<void>;
}

type Kind = ChangeKind | 'code';
type Reply = { id: number; ok: boolean; html?: string; pdf?: string; warnings?: string[]; error?: string };

/**
 * `npm run preview`: serves the report on 127.0.0.1, rebuilds what an edit changed, and reloads the
 * open page through server-sent events. It watches content/ (Markdown), templates/, data/ and
 * src/chapters/ (templates and code); a build that fails shows its error, file:line:column, over the
 * last good report, which stays. The builder runs in a child process, restarted when code changes.
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const log = options.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  let html = '<!DOCTYPE html><html lang="en"><head><title>Building…</title></head><body><p>Building the report…</p></body></html>';
  let version = 0;
  let error: string | null = null;
  let warnings: string[] = [];
  const clients = new Set<ServerResponse>();
  const send = (event: string, data: unknown) => {
    for (const c of clients) c.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };

  // The builder: one request at a time, in order.
  let child: ChildProcess;
  let nextId = 1;
  const waiting = new Map<number, (r: Reply) => void>();
  const startChild = () =>
    new Promise<void>((resolve, reject) => {
      child = fork(join(ROOT, 'src', 'preview', 'build-child.ts'), [], {
        // tsx by its file, so that the child finds it whatever the working directory (and under vitest).
        execArgv: ['--import', pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href],
        env: { ...process.env, SSC_PREVIEW_CONFIG: JSON.stringify(options.config) },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      child.on('message', (m: Reply & { ready?: boolean }) => (m.ready ? resolve() : waiting.get(m.id)?.(m)));
      child.once('exit', (code) => reject(new Error(`the preview's builder exited (${code})`)));
    });
  const ask = (message: object) =>
    new Promise<Reply>((resolve) => {
      const id = nextId++;
      waiting.set(id, (r) => {
        waiting.delete(id);
        resolve(r);
      });
      child.send({ id, ...message });
    });

  let pending = new Set<Kind>();
  let templateFiles = new Set<string>();
  let since = 0;
  let running: Promise<void> | null = null;
  const build = async () => {
    while (pending.size) {
      const kinds = pending;
      const files = [...templateFiles];
      const t0 = since;
      pending = new Set();
      templateFiles = new Set();
      send('building', {});
      if (kinds.has('code')) {
        child.removeAllListeners('exit');
        child.kill();
        await startChild();
      }
      const reply = await ask({ type: 'build', changed: kinds.has('code') ? [] : [...kinds], files });
      if (reply.ok) {
        html = reply.html!;
        warnings = reply.warnings ?? [];
        error = null;
        version++;
        send('reload', { version });
        log(`preview: build ${version} in ${Math.round(performance.now() - t0)} ms (${[...kinds].join(', ') || 'first build'})`);
      } else {
        error = reply.error!;
        send('error-report', { error });
        log(`preview: build failed, the last good report stays:\n${error}`);
      }
    }
    running = null;
  };
  const changed = (kind: Kind) => {
    if (pending.size === 0) since = performance.now();
    pending.add(kind);
    // Editors write a file in several steps: wait a moment for the rest of them.
    setTimeout(() => void (running ??= build()), 20);
  };

  const watchers: FSWatcher[] = [];
  const watchDir = (dir: string, kindOf: (file: string) => Kind | null) => {
    if (!existsSync(dir)) return log(`preview: ${dir} does not exist, not watched`);
    watchers.push(
      watch(dir, { recursive: true }, (_event, file) => {
        const name = String(file ?? '');
        if (!name || /(^|[/\\])\.|~$|\.swp$|^\d+$/.test(name)) return;
        const kind = kindOf(name);
        if (kind === 'templates') templateFiles.add(join(dir, name));
        if (kind) changed(kind);
      }),
    );
  };
  watchDir(options.config.contentDir, (f) => (f.endsWith('.md') ? 'content' : null));
  watchDir(TEMPLATES_DIR, () => 'templates');
  watchDir(options.config.dataDir, (f) => (f.endsWith('.csv') ? 'data' : null));
  watchDir(CHAPTERS_DIR, (f) => (f.endsWith('.hbs') ? 'templates' : f.endsWith('.ts') ? 'code' : null));

  const server = createServer((req, res) => void route(req, res));
  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/' || path === '/report.html') {
      const state = `<script>window.__sscError = ${JSON.stringify(error).replace(/</g, '\\u003c')};</script>`;
      const page = html.replace('</body>', `${state}\n<script>${CLIENT_SCRIPT}</script>\n</body>`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
    } else if (path === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`event: hello\ndata: ${JSON.stringify({ version, error })}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
    } else if (path === '/status') {
      const status = { version, error, warnings, building: running !== null };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(status));
    } else if (path === '/report.pdf') {
      const reply = await ask({ type: 'pdf' });
      if (reply.ok) res.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from(reply.pdf!, 'base64'));
      else res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(reply.error);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  };

  await startChild();
  pending.add('data');
  since = performance.now();
  running = build();
  await running;
  await new Promise<void>((resolve) => server.listen(options.port ?? 4321, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const watched = [
    options.config.contentDir,
    relative(process.cwd(), TEMPLATES_DIR),
    options.config.dataDir,
    relative(process.cwd(), CHAPTERS_DIR),
  ];
  log(`preview: ${url} (watching ${watched.join(', ')})`.replaceAll(sep, '/'));
  return {
    url,
    version: () => version,
    async close() {
      for (const w of watchers) w.close();
      for (const c of clients) c.end();
      child.removeAllListeners('exit');
      child.kill();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
