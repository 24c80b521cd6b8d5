import type { Problem } from '../errors';
import type { Figure, Ledger } from '../figures/ledger';
import * as msg from '../messages';
import { figureSpan } from '../render/helpers';
import { movement, type Thresholds } from '../render/narrative';

/** One `{{…}}` of a content file, where it stands in the file and what it prints. */
export interface Citation {
  kind: 'figure' | 'change' | 'period' | 'edition';
  /** The id as written (`…:latest` included); empty for `{{edition}}`. */
  written: string;
  /** 0-based offsets of the whole `{{…}}` in the body. */
  start: number;
  end: number;
  /** The figures it prints, in order. */
  figures: Figure[];
  /** +1, -1 or 0 (below the report's threshold for "broadly unchanged"); null when the ledger holds no change for it. */
  direction: 1 | -1 | 0 | null;
  html: string;
}

const CITATION = /\{\{\s*([a-z]+)\s*(?:"([^"]*)"|'([^']*)')?\s*\}\}/g;

/**
 * Finds every citation in a content file's body and resolves it against the ledger. `{{figure "ID"}}`
 * prints the figure with its `data-figure`; `{{change "ID"}}` its movement on the previous year in the
 * report's words; `{{period "ID"}}` the years it covers; `{{edition}}` the edition's year. An id's
 * period may be `latest`: the latest period the ledger holds for that indicator and entity, so that a
 * text can outlive the edition it was written for. Each problem is returned with its place, not thrown, so that all are listed at once.
 */
export function findCitations(
  body: string,
  file: string,
  ledger: Ledger,
  edition: number,
  t: Thresholds,
): { citations: Citation[]; problems: Problem[] } {
  const citations: Citation[] = [];
  const problems: Problem[] = [];
  const at = (offset: number, message: string) => problems.push({ file, ...position(body, offset), message });
  for (const m of body.matchAll(CITATION)) {
    const [whole, kind, dq, sq] = m;
    const written = dq ?? sq ?? '';
    const start = m.index;
    const base = { written, start, end: start + whole.length };
    if (kind === 'edition') {
      citations.push({ ...base, kind, figures: [], direction: null, html: String(edition) });
      continue;
    }
    if (kind !== 'figure' && kind !== 'change' && kind !== 'period') {
      at(start, msg.unknownCitation(kind!));
      continue;
    }
    const figure = resolveFigure(written, ledger);
    if (!figure) {
      at(start + whole.indexOf(written), msg.unknownFigure(written, suggest(written, ledger)));
      continue;
    }
    if (kind === 'period') {
      // The years a figure covers ("2004-2014"), so that a text need not type them.
      citations.push({ ...base, kind, figures: [figure], direction: null, html: figure.period });
      continue;
    }
    const change = changeOf(figure, ledger);
    const direction = change ? directionOf(change, t) : null;
    if (kind === 'figure') {
      citations.push({ ...base, kind, figures: [figure], direction, html: figureSpan(figure) });
      continue;
    }
    if (isChange(figure)) {
      at(start + whole.indexOf(written), msg.noChangeFigure(figure.id));
      continue;
    }
    // After a gap in a series there is no change to give: the level is given, and why (as the chapters do).
    const level = `${figureSpan(figure)}${figure.unit === 'per cent' ? ' per cent' : ''}`;
    const html = change ? changeWords(figure, change, t) : `was ${level} (no figure for the previous year to compare it with)`;
    citations.push({ ...base, kind, figures: change ? [change, figure] : [figure], direction, html });
  }
  return { citations, problems };
}

/** A figure by id, or by `indicator:entity:latest`. */
function resolveFigure(id: string, ledger: Ledger): Figure | undefined {
  const m = /^(.+):([^:]+):latest$/.exec(id);
  return m ? latestIndex(ledger).get(`${m[1]}:${m[2]}`) : ledger.get(id);
}

// The latest figure of each indicator and entity, indexed once per ledger: a text cites dozens, and
// the preview renders the same ledger's content at every edit. A ledger is complete before content is read.
const latestByLedger = new WeakMap<Ledger, Map<string, Figure>>();
function latestIndex(ledger: Ledger): Map<string, Figure> {
  let index = latestByLedger.get(ledger);
  if (index) return index;
  index = new Map();
  for (const f of ledger.all()) {
    if (!/\d{4}$/.test(f.period)) continue;
    const key = `${f.indicator}:${f.entity}`;
    const held = index.get(key);
    if (!held || Number(f.period.slice(-4)) > Number(held.period.slice(-4))) index.set(key, f);
  }
  latestByLedger.set(ledger, index);
  return index;
}

/** The change on the previous year the ledger holds for a figure: the figure itself when it is a change. */
function changeOf(f: Figure, ledger: Ledger): Figure | undefined {
  if (isChange(f)) return f;
  return ledger.derived(f, 'change') ?? ledger.derived(f, 'pct-change');
}

function directionOf(change: Figure, t: Thresholds): 1 | -1 | 0 | null {
  if (change.value === null) return null;
  const threshold = change.unit === 'percentage points' ? t.unchangedPoints : t.unchangedPercent;
  const verb = movement(change.value, threshold);
  return verb === 'rose' ? 1 : verb === 'fell' ? -1 : 0;
}

/** "rose by 0.7 percentage points to 55.3 per cent", "fell by 25.6 per cent to $83.6 billion". */
function changeWords(level: Figure, change: Figure, t: Thresholds): string {
  const share = change.unit === 'percentage points';
  const unit = level.unit === 'per cent' ? ' per cent' : '';
  const verb = movement(change.value ?? 0, share ? t.unchangedPoints : t.unchangedPercent);
  if (verb === 'was broadly unchanged') return `was broadly unchanged at ${figureSpan(level)}${unit}`;
  const by = figureSpan({ ...change, text: change.text.replace(/^[+-]/, '') });
  return `${verb} by ${by} ${share ? 'percentage points' : 'per cent'} to ${figureSpan(level)}${unit}`;
}

/** Up to three ids of the ledger with the written id's indicator, the latest first (none: the edition has no such indicator). */
function suggest(id: string, ledger: Ledger): string[] {
  const [indicator, entity] = id.split(':');
  const same = ledger.all().filter((f) => f.indicator === indicator);
  const sameEntity = same.filter((f) => f.entity === entity);
  return (sameEntity.length ? sameEntity : same)
    .slice(-3)
    .reverse()
    .map((f) => f.id);
}

/** 1-based line and column of an offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** A change on the previous year, in percentage points or per cent. */
const isChange = (f: Figure) => f.kind === 'change' || f.kind === 'pct-change';
