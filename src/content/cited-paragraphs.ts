import type { LedgerRow } from '../diff/compare-builds';
import { position } from './citations';
import { readContent } from './content-files';
import { splitFrontMatter } from './front-matter';

/** A paragraph of content/ whose cited figures print differently in two builds: the author rereads it. */
export interface StaleParagraph {
  /** `content/overview.md:12`, the paragraph's first line. */
  place: string;
  /** Each cited figure that changed: its id as written, and its text before and after. */
  figures: { written: string; before: string; after: string }[];
}

const CITED = /\{\{\s*(figure|change|period)\s*(?:"([^"]*)"|'([^']*)')\s*\}\}/g;

/**
 * The content paragraphs (blocks between blank lines) of an edition that cite a figure whose printed
 * text differs between two builds' ledgers, or that one of them lacks. `…:latest` is resolved in each
 * build, so a paragraph citing "the latest" is listed when the latest figure moved to another year.
 */
export function staleParagraphs(
  dir: string,
  edition: number,
  before: ReadonlyMap<string, LedgerRow>,
  after: ReadonlyMap<string, LedgerRow>,
): StaleParagraph[] {
  const [resolveBefore, resolveAfter] = [before, after].map(resolver);
  const out: StaleParagraph[] = [];
  for (const f of readContent(dir, edition)) {
    const { body } = splitFrontMatter(f.source);
    for (const block of body.matchAll(/(?:^|\n\n)([\s\S]*?)(?=\n\s*\n|$)/g)) {
      const start = block.index + block[0].indexOf(block[1]!);
      const ids = new Set([...block[1]!.matchAll(CITED)].map((m) => m[2] ?? m[3] ?? ''));
      const figures = [...ids].flatMap((written) => {
        const [a, b] = [resolveBefore!(written), resolveAfter!(written)];
        return a?.text === b?.text && a?.id === b?.id ? [] : [{ written, before: a?.text ?? '(none)', after: b?.text ?? '(none)' }];
      });
      if (figures.length) out.push({ place: `${f.file}:${position(body, start).line}`, figures });
    }
  }
  return out;
}

/** An id, or `indicator:entity:latest`, to the ledger row it prints. */
function resolver(ledger: ReadonlyMap<string, LedgerRow>): (id: string) => LedgerRow | undefined {
  const latest = new Map<string, LedgerRow>();
  for (const f of ledger.values()) {
    const key = `${f.indicator}:${f.entity}`;
    const held = latest.get(key);
    if (/\d{4}$/.test(f.period) && (!held || Number(f.period.slice(-4)) > Number(held.period.slice(-4)))) latest.set(key, f);
  }
  return (id) => {
    const m = /^(.+):([^:]+):latest$/.exec(id);
    return m ? latest.get(`${m[1]}:${m[2]}`) : ledger.get(id);
  };
}

/** The list for the terminal, or '' when no paragraph needs rereading. */
export function formatStale(stale: readonly StaleParagraph[]): string {
  if (!stale.length) return '';
  const lines = stale.map((p) => `  ${p.place}  ${p.figures.map((f) => `${f.written} ${f.before} \u2192 ${f.after}`).join('; ')}`);
  return `${[`content paragraphs whose cited figures changed (reread them):`, ...lines].join('\n')}\n`;
}
