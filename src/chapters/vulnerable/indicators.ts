/** The chapter's indicator ids and their definitions for Annex A. */
import { OTHER_DEVELOPING, VULNERABLE_GROUPS } from './groups';

/** Indicator ids: the first part of every figure id, never changed once published. */
export const indicators = (entity: string) => ({
  toSouthShare: `${entity}-exports-to-south-share`,
  toNorthShare: `${entity}-exports-to-north-share`,
  total: `${entity}-exports`,
  southSouthShare: `${entity}-share-of-south-south-exports`,
});

/** Definitions of the indicators this chapter registers, for the annex. */
export function definitions(): Record<string, string> {
  const out: Record<string, string> = {};
  const whoOf = (id: string, abbr: string) =>
    id === 'ldc' ? 'the LDCs of the year (United Nations list in force that year)' : `the ${abbr}`;
  for (const [id, who] of [
    ...VULNERABLE_GROUPS.map((g) => [g.id, whoOf(g.id, g.abbr)]),
    [OTHER_DEVELOPING, 'the developing economies in none of the three groups that year'],
  ] as [string, string][]) {
    const ind = indicators(id);
    out[ind.total] =
      `Merchandise exports of ${who} to all partners, as reported by the importers (Correlates of War), millions of current dollars.`;
    out[ind.toSouthShare] = `Exports of ${who} to developing economies as a percentage of their exports to all partners.`;
    out[ind.toNorthShare] = `Exports of ${who} to developed economies as a percentage of their exports to all partners.`;
    out[ind.southSouthShare] =
      `Exports of ${who} to developing economies as a percentage of the exports of all developing economies to developing economies.`;
  }
  return {
    ...out,
    'vulnerable-group-members':
      'Developing economies (M49, 2020) in the group: for the LDCs, those on the United Nations ' +
      'list in the year; for the LLDCs and SIDS, those flagged in the 2020 version of M49; for ' +
      'other-developing, developing economies in none of the three groups in the year.',
    'vulnerable-exporting-members': 'Members of the group with at least one export recorded in the trade data in the year.',
    'vulnerable-largest-exporter-share': 'Exports of the group’s largest exporter as a percentage of the group’s exports to all partners.',
    'vulnerable-largest-economy-gdp-share':
      'GDP of the group’s largest economy as a percentage of the group’s GDP, at the end of the growth window, over the members covered.',
    'gdp-growth-members': 'Members of the group with GDP and population data for both the first and the last year of the growth window.',
    'gdp-window-start': 'GDP in current dollars summed over the members covered, first year of the growth window.',
    'gdp-window-end': 'GDP in current dollars summed over the members covered, last year of the growth window.',
    'gdp-growth': 'Compound annual growth of the group’s GDP in current dollars over the growth window, over the members covered.',
    'gdp-per-capita-window-start':
      'GDP summed over the members covered divided by their total population, current dollars, first year of the growth window.',
    'gdp-per-capita-window-end':
      'GDP summed over the members covered divided by their total population, current dollars, last year of the growth window.',
    'gdp-per-capita-growth':
      'Compound annual growth of the group’s GDP per capita in current dollars over the growth window, over the members covered.',
  };
}
