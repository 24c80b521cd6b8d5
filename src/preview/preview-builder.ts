import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHAPTERS } from '../chapters';
import { TEMPLATES_DIR, type Config } from '../config';
import { renderContent } from '../content/render-content';
import { withContent } from '../content/with-content';
import { loadTemplates, type Templates } from '../render/render-html';
import { chapterTemplates, runReport, type RunResult } from '../run-report';

/** What changed on disk, as the preview sorts it: each kind redoes its stage and those after it. */
export type ChangeKind = 'data' | 'templates' | 'content';

/**
 * The report, kept in memory between edits so that an edit redoes only what depends on it: a data
 * edit reruns the whole build (its parse and chart caches make that a second or so), a template edit
 * recompiles the templates and fills them again, a content edit renders the Markdown and fills the
 * same compiled templates. The page is built without its PDF; `pdf()` prints the current page on request.
 */
export class PreviewBuilder {
  private result: RunResult | null = null;
  private templates: Templates | null = null;
  private html = '';
  /** Changes not yet built: a build that failed is redone, whole, at the next edit. */
  private readonly pending = new Set<ChangeKind>();
  private readonly scratch = mkdtempSync(join(tmpdir(), 'ssc-preview-'));

  constructor(private readonly config: Config) {}

  /** Rebuilds after the given changes (none: from scratch) and returns the page and the build's warnings. */
  async rebuild(changed: ReadonlySet<ChangeKind>): Promise<{ html: string; warnings: string[] }> {
    for (const c of changed) this.pending.add(c);
    if (!this.result || this.pending.has('data') || changed.size === 0) {
      // The build's own output goes to a scratch folder (the preview never replaces out/), and it reads
      // no content: the content is rendered below, so that an error in it does not cost the data stages.
      const scratch = { outDir: join(this.scratch, 'out'), contentDir: join(this.scratch, 'no-content') };
      this.result = await runReport({ ...this.config, ...scratch, pdf: false, log: () => undefined });
      this.pending.delete('data');
      this.templates = null;
    }
    if (!this.templates || this.pending.has('templates')) this.templates = loadTemplates(TEMPLATES_DIR, chapterTemplates());
    this.pending.delete('templates');
    const { model, ledger, edition } = this.result;
    const content = renderContent(this.config.contentDir, edition, ledger, this.config, CHAPTERS.map((c) => c.id));
    this.html = this.templates.render(withContent(model, content));
    this.pending.clear();
    return { html: this.html, warnings: [...this.result.warnings, ...content.warnings] };
  }

  /** The current page printed to PDF by the same printer as the build's. */
  async pdf(): Promise<Uint8Array> {
    const { findBrowser } = await import('../pdf/find-browser');
    const { launchPrinter } = await import('../pdf/print-pdf');
    const printer = await launchPrinter(findBrowser());
    try {
      const m = this.result!.model;
      const printed = await printer.print(this.html, {
        title: `${m.title}: ${m.subtitle}`, subject: 'Preview', author: 'South Centre', keywords: ['preview'], language: m.lang,
        date: new Date(Date.UTC(m.edition, 11, 31)),
      });
      return printed.bytes;
    } finally {
      await printer.close();
    }
  }
}
