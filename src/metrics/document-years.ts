import type { Source } from '../validate/validate-data';

/** The year of each source's document: the last four-digit year in its date ("21-23 March 2005" → 2005). */
export function documentYears(sources: readonly Source[]): Map<string, number> {
  const years = new Map<string, number>();
  for (const s of sources) {
    const all = s.date.match(/\d{4}/g);
    if (all) years.set(s.id, Number(all[all.length - 1]));
  }
  return years;
}

/**
 * Which documents are dated up to the edition, keyed by source id without punctuation so that
 * templates can test them (`{{#if docs.sc2005}}`); data sets and classifications are left out.
 */
export function documentsAsOf(sources: readonly Source[], edition: number): Record<string, boolean> {
  const years = documentYears(sources);
  return Object.fromEntries(
    sources.filter((s) => s.kind === 'document').map((s) => [s.id.replace(/[^a-z0-9]/g, ''), (years.get(s.id) ?? Infinity) <= edition]),
  );
}
