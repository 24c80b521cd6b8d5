/** The three groups of vulnerable economies and the comparison group: ids, names and short labels. */

/** A group of vulnerable economies: the LDCs of each year, or the LLDCs or SIDS flagged in data/groups/countries.csv. */
export interface VulnerableGroup {
  /** Entity id of every figure about the group. */
  id: 'ldc' | 'lldc' | 'sids';
  /** The column of countries.csv that flags members. */
  flag: 'ldc' | 'lldc' | 'sids';
  /** "least developed countries" */
  name: string;
  /** "LDCs" */
  abbr: string;
  /** "LDC", as in "LDC exports" */
  adjective: string;
}

/** The three groups, in the order the chapter prints them. */
export const VULNERABLE_GROUPS: readonly VulnerableGroup[] = [
  { id: 'ldc', flag: 'ldc', name: 'least developed countries', abbr: 'LDCs', adjective: 'LDC' },
  { id: 'lldc', flag: 'lldc', name: 'landlocked developing countries', abbr: 'LLDCs', adjective: 'LLDC' },
  { id: 'sids', flag: 'sids', name: 'small island developing States', abbr: 'SIDS', adjective: 'SIDS' },
];

/** Entity id of the developing economies in none of the three groups. */
export const OTHER_DEVELOPING = 'other-developing';

/** How the sentences name the developing economies in none of the three groups. */
export const OTHER_NAME = 'the other developing economies';

/** Short names of the entities, as tables and charts label them. */
export const SHORT = new Map<string, string>([
  ...VULNERABLE_GROUPS.map((g) => [g.id, g.abbr] as [string, string]),
  [OTHER_DEVELOPING, 'Other developing economies'],
]);
