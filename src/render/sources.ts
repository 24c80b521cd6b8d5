import type { Data } from '../validate/validate-data';

/** The citation of a source id as data/sources.csv gives it. Ids were checked at validation. */
export function citation(data: Data, id: string): string {
  const s = data.sources.rows.find((r) => r.id === id);
  if (!s) throw new Error(`source ${id} is not in sources.csv`);
  return s.citation.replace(/\.$/, '');
}
