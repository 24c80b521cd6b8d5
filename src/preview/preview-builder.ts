import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHAPTERS } from '../chapters';
import { TEMPLATES_DIR, type Config } from '../config';
import { renderContent, type RenderedContent } from '../content/render-content';
import { withContent } from '../content/with-content';
import { loadTemplates, tidy, type Templates } from '../render/render-html';
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
  /** The page filled with a slot where each written section goes, and the sections' layout it was filled for. */
  private skeleton: { html: string; shape: string } | null = null;
  /** Changes not yet built: a build that failed is redone, whole, at the next edit. */
  private readonly pending = new Set<ChangeKind>();
  private readonly scratch = mkdtempSync(join(tmpdir(), 'ssc-preview-'));

  constructor(private readonly config: Config) {}

  /** Rebuilds after the given changes (none: from scratch) and returns the page and the build's warnings. */
  async rebuild(changed: ReadonlySet<ChangeKind>, templateFiles: readonly string[] = []): Promise<{ html: string; warnings: string[] }> {
    for (const c of changed) this.pending.add(c);
    // A template edit whose files are known recompiles those files only; the others stay compiled.
    const onlyTemplates = this.pending.size === 1 && this.pending.has('templates') && templateFiles.length > 0;
    if (this.templates && onlyTemplates && this.templates.update(templateFiles)) {
      this.pending.delete('templates');
      this.skeleton = null;
    }
    if (!this.result || this.pending.has('data') || changed.size === 0) {
      // The build's own output goes to a scratch folder (the preview never replaces out/), and it reads
      // no content: the content is rendered below, so that an error in it does not cost the data stages.
      const scratch = { outDir: join(this.scratch, 'out'), contentDir: join(this.scratch, 'no-content') };
      this.result = await runReport({ ...this.config, ...scratch, pdf: false, log: () => undefined });
      this.pending.delete('data');
      this.skeleton = null;
    }
    if (!this.templates || this.pending.has('templates')) {
      this.templates = loadTemplates(TEMPLATES_DIR, chapterTemplates());
      this.pending.delete('templates');
      this.skeleton = null;
    }
    const { model, ledger } = this.result;
    const content = renderContent(
      this.config.contentDir,
      model.edition,
      ledger,
      this.config,
      CHAPTERS.map((c) => c.id),
    );
    // Filling the templates takes most of a content edit's time: they are filled once with slots for
    // the written sections, again only when the sections' titles or places change.
    const { slotted, shape, fill } = slots(content);
    if (!this.skeleton || this.skeleton.shape !== shape) {
      this.skeleton = { html: this.templates.render(withContent(model, slotted)), shape };
    }
    this.html = tidy(fill(this.skeleton.html));
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
        title: `${m.title}: ${m.subtitle}`,
        subject: 'Preview',
        author: 'South Centre',
        keywords: ['preview'],
        language: m.lang,
        date: new Date(Date.UTC(m.edition, 11, 31)),
      });
      return printed.bytes;
    } finally {
      await printer.close();
    }
  }
}

/**
 * The content with each section's HTML replaced by a slot (an HTML comment no template writes), the
 * layout those slots imply (which sections, their titles and places), and a function that puts the
 * real HTML into a page filled with the slots.
 */
function slots(content: RenderedContent): { slotted: RenderedContent; shape: string; fill: (page: string) => string } {
  const html = new Map<string, string>();
  const slot = (key: string, value: string) => {
    html.set(`<!--ssc-slot:${key}-->`, value);
    return `<!--ssc-slot:${key}-->`;
  };
  const front = Object.fromEntries(Object.entries(content.front).map(([k, s]) => [k, { ...s, html: slot(`front:${k}`, s.html) }]));
  const chapters = new Map([...content.chapters].map(([id, a]) => [id, { ...a, html: slot(`chapter:${id}`, a.html) }]));
  const shape = JSON.stringify([Object.values(front).map((s) => [s.id, s.title]), [...chapters].map(([id, a]) => [id, a.placement])]);
  const fill = (page: string) => page.replace(/<!--ssc-slot:[^>]*-->/g, (m) => html.get(m) ?? m);
  return { slotted: { ...content, front, chapters }, shape, fill };
}
