import type { MetricsOptions } from '../chapter';
import type { Data, DataGap } from '../../validate/validate-data';
import { documentYears } from '../../metrics/document-years';

/** The metrics of the chapter on support from the United Nations system. */
export interface UnSystemMetrics {
  edition: number;
  /** What the documents dated up to the edition ask to be monitored and no data can yet measure, in file order. */
  gaps: DataGap[];
  /** How many of those gaps each asking document dated up to the edition names, in the order of the documents' years. */
  byDocument: { source: string; year: number; count: number }[];
}

/**
 * The data gaps as of the edition: a gap counts once a document dated up to the edition has
 * asked for what cannot be measured.
 */
export function unSystemMetrics(data: Data, { edition }: MetricsOptions): UnSystemMetrics {
  return dataGapsAsOf(data.dataGaps.rows, documentYears(data.sources.rows), edition);
}

/**
 * The gaps asked for by documents dated up to `edition`, and their number by asking document.
 *
 * @example dataGapsAsOf(gaps, new Map([['sc-2005', 2005]]), 2014).byDocument // [{ source: 'sc-2005', year: 2005, count: 5 }]
 */
export function dataGapsAsOf(gaps: readonly DataGap[], documentYear: ReadonlyMap<string, number>, edition: number): UnSystemMetrics {
  const askedIn = (g: DataGap) => Math.min(...g.asked_by.map((s) => documentYear.get(s) ?? Infinity));
  const kept = gaps.filter((g) => askedIn(g) <= edition);
  const sources = [...new Set(kept.flatMap((g) => g.asked_by))].filter((s) => (documentYear.get(s) ?? Infinity) <= edition);
  const byDocument = sources
    .map((source) => ({ source, year: documentYear.get(source)!, count: kept.filter((g) => g.asked_by.includes(source)).length }))
    .sort((a, b) => a.year - b.year || (a.source < b.source ? -1 : 1));
  return { edition, gaps: kept, byDocument };
}
