import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MetricsOptions } from '../chapters/chapter';
import { InputError } from '../errors';
import type { Figure, Ledger } from '../figures/ledger';
import * as msg from '../messages';
import { oncePer } from '../metrics/once-per';
import { buildModel } from '../render/build-model';
import type { Thresholds } from '../render/narrative';
import { CHAPTERS } from '../chapters';
import type { Data } from '../validate/validate-data';

/** A figure of the previous edition, as its ledger (figures.csv) recorded it. */
export interface PreviousFigure {
  id: string;
  indicator: string;
  entity: string;
  period: string;
  value: number | null;
  text: string;
  unit: string;
}

/** The figures of the edition before this one, to say what changed. */
export interface PreviousEdition {
  edition: number;
  /** 'rebuilt': from this build's data, as of the year before; 'published': from a previous build's figures.csv. */
  origin: 'rebuilt' | 'published';
  figures: Map<string, PreviousFigure>;
}

/**
 * The previous edition's figures. With `dir`, read from the figures.csv of a previous build, so
 * that revisions between data vintages show; otherwise rebuilt from the same data as of the year
 * before the edition (then no value can have been revised). Null for the first year of the data.
 */
export async function previousEdition(data: Data, options: MetricsOptions, t: Thresholds, firstYear: number, dir: string | null): Promise<PreviousEdition | null> {
  if (dir !== null) return readPublished(dir);
  if (options.edition <= firstYear) return null;
  const before = { ...options, edition: options.edition - 1 };
  const metrics = new Map(CHAPTERS.map((c) => [c.id, c.metrics(data, before)]));
  // The ledger does not depend on the pictures: the chart definitions stand in for rendered charts.
  const charts = CHAPTERS.flatMap((c) => c.charts(data, metrics.get(c.id), before)).map((c) => ({ ...c, svg: '' }));
  const { ledger } = buildModel(data, metrics, charts, before, t, '', null);
  return { edition: before.edition, origin: 'rebuilt', figures: new Map(ledger.all().map((f) => [f.id, f])) };
}

async function readPublished(dir: string): Promise<PreviousEdition> {
  const file = join(dir, 'figures.csv');
  let rows: Record<string, string>[];
  let manifest: { edition?: number };
  try {
    rows = parse(await readFile(file), { columns: true, bom: true });
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { edition?: number };
  } catch (error) {
    throw new InputError([{ file, message: msg.previousUnreadable((error as Error).message) }]);
  }
  const figures = new Map(
    rows.map((r) => [r.id!, { id: r.id!, indicator: r.indicator!, entity: r.entity!, period: r.period!, value: r.value === '' ? null : Number(r.value), text: r.text!, unit: r.unit! }]),
  );
  return { edition: manifest.edition ?? NaN, origin: 'published', figures };
}

/** The latest figure (by year) of an indicator for an entity in the previous edition, or null. */
export function latestPrevious(previous: PreviousEdition, indicator: string, entity: string): PreviousFigure | null {
  const xs = [...(yearlyFigures(previous).get(`${indicator}\u0001${entity}`) ?? [])];
  return xs.sort((a, b) => Number(b.period) - Number(a.period))[0] ?? null;
}

// The figures with a value for a year, by indicator and entity, once per edition: the key figures
// and what changed look up every headline among some 800 figures.
const yearlyFigures = oncePer((previous: PreviousEdition) => {
  const out = new Map<string, PreviousFigure[]>();
  for (const f of previous.figures.values()) {
    if (f.value === null || !/^\d{4}$/.test(f.period)) continue;
    const key = `${f.indicator}\u0001${f.entity}`;
    const own = out.get(key);
    if (own) own.push(f);
    else out.set(key, [f]);
  }
  return out;
});

/** A previous edition's figure, registered in this edition's ledger under its own indicator. */
export function previousFigure(ledger: Ledger, p: PreviousFigure): Figure {
  return ledger.add({ indicator: `previous-edition-${p.indicator}`, entity: p.entity, period: p.period, value: p.value, unit: p.unit, source: 'ssc-project-2026', derived_from: [], text: p.text });
}
