import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChapterSpec, MetricsOptions } from '../chapters/chapter';
import type { PreviousEdition } from './previous-figures';
import { InputError } from '../errors';
import * as msg from '../messages';
import { readFigures } from './read-figures';
import { buildModel } from '../render/build-model';
import type { Thresholds } from '../render/narrative';
import type { Data } from '../validate/validate-data';

/**
 * The previous edition's figures. With `dir`, read from the figures.csv of a previous build, so
 * that revisions between data vintages show; otherwise rebuilt from the same data as of the year
 * before the edition (then no value can have been revised). Null for the first year of the data.
 */
export async function previousEdition(
  chapters: readonly ChapterSpec[],
  data: Data,
  options: MetricsOptions,
  t: Thresholds,
  firstYear: number,
  dir: string | null,
): Promise<PreviousEdition | null> {
  if (dir !== null) return readPublished(dir);
  if (options.edition <= firstYear) return null;
  const before = { ...options, edition: options.edition - 1, publication: options.publication - 1 };
  const metrics = new Map(chapters.map((c) => [c.id, c.metrics(data, before)]));
  // The ledger does not depend on the pictures: the chart definitions stand in for rendered charts.
  const charts = chapters.flatMap((c) => c.charts(data, metrics.get(c.id), before)).map((c) => ({ ...c, svg: '' }));
  const { ledger } = buildModel(chapters, data, metrics, charts, before, t, '', null);
  return { edition: before.publication, origin: 'rebuilt', figures: new Map(ledger.all().map((f) => [f.id, f])) };
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
