import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChapterSpec, MetricsOptions } from '../chapters/chapter';
import type { PreviousEdition } from './previous-figures';
import { InputError } from '../errors';
import * as msg from '../messages';
import { buildModel } from '../render/build-model';
import type { Thresholds } from '../render/narrative';
import { CHAPTERS } from '../chapters';
import type { Data } from '../validate/validate-data';

/**
 * The previous edition's figures. With `dir`, read from the figures.csv of a previous build, so
 * that revisions between data vintages show; otherwise rebuilt from the same data as of the year
 * before the edition (then no value can have been revised). Null for the first year of the data.
 */
export async function previousEdition(
  chapters: readonly ChapterSpec[],
  data: Data, options: MetricsOptions, t: Thresholds, firstYear: number, dir: string | null): Promise<PreviousEdition | null> {
  if (dir !== null) return readPublished(dir);
  if (options.edition <= firstYear) return null;
  const before = { ...options, edition: options.edition - 1, publication: options.publication - 1 };
  const metrics = new Map(chapters.map((c) => [c.id, c.metrics(data, before)]));
  // The ledger does not depend on the pictures: the chart definitions stand in for rendered charts.
  const charts = chapters.flatMap((c) => c.charts(data, metrics.get(c.id), before)).map((c) => ({ ...c, svg: '' }));
  const { ledger } = buildModel(chapters, data, metrics, charts, before, t, '', null);
  return { edition: before.publication, origin: 'rebuilt', figures: new Map(ledger.all().map((f) => [f.id, f])) };
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

