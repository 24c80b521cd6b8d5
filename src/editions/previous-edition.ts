import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MetricsOptions } from '../chapters';
import { InputError } from '../errors';
import type { Figure, Ledger } from '../figures/ledger';
import * as msg from '../messages';
import { oncePer } from '../metrics/once-per';
import { readFigures } from './read-figures';
import { buildModel } from '../render/build-model';
import type { Thresholds } from '../render/narrative';
import { CHAPTERS } from '../report-chapters';
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

/** A previous build's figures.csv and the edition its manifest.json names, both checked (read-figures.ts). */
async function readPublished(dir: string): Promise<PreviousEdition> {
  const file = join(dir, 'figures.csv');
  const manifestFile = join(dir, 'manifest.json');
  let csv: Buffer;
  let manifest: { edition?: unknown };
  try {
    csv = await readFile(file);
    manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { edition?: unknown };
  } catch (error) {
    const path = (error as NodeJS.ErrnoException).path ?? manifestFile;
    throw new InputError([{ file: path, message: msg.previousUnreadable((error as Error).message) }]);
  }
  const edition = manifest?.edition;
  if (typeof edition !== 'number' || !Number.isInteger(edition) || edition < 1000 || edition > 9999) {
    const found = JSON.stringify(edition) ?? 'nothing';
    throw new InputError([{ file: manifestFile, message: msg.badCell('edition', 'a year such as 2013', found) }]);
  }
  const figures = new Map(readFigures(file, csv).map(({ chapter: _, ...f }) => [f.id, f]));
  return { edition, origin: 'published', figures };
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
