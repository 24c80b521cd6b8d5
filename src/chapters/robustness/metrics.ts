import type { MetricsOptions } from '../chapter';
import type { Data } from '../../validate/validate-data';
import { codedTradeFlows, type CodedFlows } from '../../metrics/coded-flows';
import { comtradeFlows } from '../../metrics/comtrade-shares';
import { exportsByGroup } from '../../metrics/exports-by-group';
import { exportsByMember } from '../../metrics/exports-by-member';
import { groupMembers } from '../../metrics/group-members';
import { largestMember } from '../../metrics/largest-member';
import { ldcMembersIn } from '../../metrics/ldc-members';
import { SOUTH } from '../../metrics/series';
import { oncePer } from '../../metrics/once-per';

/**
 * The Southern economies with high incomes that the panel takes out: the newly industrialized
 * economies of Asia in the data (Hong Kong SAR, the fourth, is not in the Correlates of War data).
 * A named, fixed set, so that the reader can see who is left out; not the World Bank's yearly list.
 */
const HIGH_INCOME_SOUTH = ['KOR', 'SGP', 'TWN'] as const;

/** Economies that the Correlates of War data lack and UN Comtrade has. */
const HONG_KONG_MACAO = ['HKG', 'MAC'] as const;

/** One definition of "the South": who counts, and from which source its shares come. */
export interface Definition {
  id: string;
  /** "without Taiwan Province of China", as the table's row label ends. */
  label: string;
  source: 'cow' | 'comtrade';
}

/** The South-South export share under one definition, in the base year and the latest year. */
export interface DefinitionShares extends Definition {
  /** The years compared: the report's base and latest years, or the Comtrade waves nearest them. */
  years: [number, number];
  shares: [number | null, number | null];
}

/** A group's share with and without its largest exporter, in the latest year. */
export interface Dependence {
  group: string;
  /** 'intra': exports to the group's own members; 'south': exports to developing economies. */
  measure: 'intra' | 'south';
  largest: string;
  /** The largest exporter's exports as a per cent of the group's. */
  weight: number;
  with: number | null;
  without: number | null;
}

export interface RobustnessMetrics {
  edition: number;
  /** Base and latest year of the Correlates of War rows; null when the data begin after the edition. */
  years: [number, number] | null;
  definitions: DefinitionShares[];
  dependence: Dependence[];
  /** East and South Asia's intraregional share from Comtrade with and without Hong Kong SAR and Macao SAR. */
  hongKong: { wave: number; with: number | null; without: number | null } | null;
}

/** The definitions of the panel, in the order printed; the first is the report's own. */
export const DEFINITIONS: Definition[] = [
  {
    id: 'report',
    label: 'the report\u2019s definition: developing economies (M49, 2020), Taiwan Province of China included',
    source: 'cow',
  },
  { id: 'no-taiwan', label: 'without Taiwan Province of China', source: 'cow' },
  { id: 'no-high-income', label: 'without the Republic of Korea, Singapore and Taiwan Province of China', source: 'cow' },
  { id: 'group-of-77', label: 'members of the Group of 77 only (China included)', source: 'cow' },
  { id: 'no-china', label: 'without China', source: 'cow' },
  { id: 'comtrade-report', label: 'UN Comtrade, the report\u2019s definition without Hong Kong SAR and Macao SAR', source: 'comtrade' },
  { id: 'comtrade-hong-kong', label: 'UN Comtrade, with China, Hong Kong SAR and China, Macao SAR', source: 'comtrade' },
];

/** A share in per cent, null with nothing exported. */
const pct = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : null);

/**
 * How much the report's trade figures depend on who counts as the South: the South-South export
 * share under each definition in the base year (the start of the growth window) and the edition,
 * each group's largest exporter and what the group's share is without it, and what Hong Kong SAR,
 * absent from the Correlates of War data, does to East and South Asia.
 */
export function robustnessMetrics(data: Data, { edition: cut, growthWindow }: MetricsOptions): RobustnessMetrics {
  const cow = codedTradeFlows(data.tradeFlows);
  // At the bilateral data's own latest year (2014 for the Correlates of War), never after the edition's data.
  const edition = Math.min(cut, cow.years[1]);
  if (cow.years[0] > edition) return { edition, years: null, definitions: [], dependence: [], hongKong: null };
  const years: [number, number] = [Math.max(cow.years[0], edition - growthWindow), edition];
  const all = allYears(data);
  const definitions: DefinitionShares[] = [];
  for (const d of DEFINITIONS.filter((x) => x.source === 'cow'))
    definitions.push({ ...d, years, shares: [all.cow(d.id, years[0]), all.cow(d.id, years[1])] });

  // Comtrade: the waves nearest the two years, at or before each.
  let hongKong: RobustnessMetrics['hongKong'] = null;
  if (all.comtrade) {
    const { share, waves } = all.comtrade;
    const at = (y: number) => [...waves].reverse().find((w) => w <= y) ?? null;
    const [base, latest] = [at(years[0]), at(years[1])];
    if (base !== null && latest !== null) {
      for (const d of DEFINITIONS.filter((x) => x.source === 'comtrade'))
        definitions.push({ ...d, years: [base, latest], shares: [share(d.id, base), share(d.id, latest)] });
      if (all.comtrade.hasAsia) hongKong = { wave: latest, with: share('asia-with', latest), without: share('asia-without', latest) };
    }
  }
  return { edition, years, definitions, dependence: dependence(data, cow, all.south, edition), hongKong };
}

/**
 * Every year's share under every definition, once per data set (a build computes two editions):
 * one pass over the rows of each source, looked up by definition and year.
 */
const allYears = oncePer((data: Data) => {
  const countries = data.countries.rows;
  const southGroup = data.tradeGroups.rows.find((g) => g.id === SOUTH)!;
  const south = groupMembers(southGroup, countries);
  const minus = (set: ReadonlySet<string>, out: readonly string[]) => new Set([...set].filter((c) => !out.includes(c)));
  const cowSets = new Map<string, ReadonlySet<string>>([
    ['report', south],
    ['no-taiwan', minus(south, ['TWN'])],
    ['no-high-income', minus(south, HIGH_INCOME_SOUTH)],
    ['group-of-77', new Set(countries.filter((c) => c.g77).map((c) => c.iso3))],
    ['no-china', minus(south, ['CHN'])],
  ]);
  const intra = (flows: CodedFlows, sets: ReadonlyMap<string, ReadonlySet<string>>) => {
    const rows = exportsByGroup(flows, sets).objects() as { group: string; year: number; total: number; to_members: number }[];
    return (id: string, year: number) => {
      const r = rows.find((x) => x.group === id && x.year === year);
      return r ? pct(r.to_members, r.total) : null;
    };
  };
  let comtrade: { share: (id: string, year: number) => number | null; waves: number[]; hasAsia: boolean } | null = null;
  try {
    const ct = comtradeFlows(data);
    const ctSouth = groupMembers(southGroup, ct.economies);
    const asia = data.tradeGroups.rows.find((g) => g.id === 'east-south-asia');
    const asiaSet = asia ? groupMembers(asia, ct.economies) : new Set<string>();
    const ctSets = new Map<string, ReadonlySet<string>>([
      ['comtrade-report', minus(ctSouth, HONG_KONG_MACAO)],
      ['comtrade-hong-kong', ctSouth],
      ['asia-without', minus(asiaSet, HONG_KONG_MACAO)],
      ['asia-with', asiaSet],
    ]);
    comtrade = { share: intra(ct.flows, ctSets), waves: [...new Set(ct.flows.year)].sort((a, b) => a - b), hasAsia: asia !== undefined };
  } catch {
    // No usable Comtrade file: the trade chapter reports its problems; the panel keeps the COW rows.
  }
  return { south, cow: intra(codedTradeFlows(data.tradeFlows), cowSets), comtrade };
});

/** Each group's largest exporter in the edition year, its weight, and the group's share without it. */
function dependence(data: Data, cow: CodedFlows, south: ReadonlySet<string>, year: number): Dependence[] {
  const countries = data.countries.rows;
  const developing = (keep: (c: (typeof countries)[number]) => boolean) =>
    new Set(countries.filter((c) => c.development === 'developing' && keep(c)).map((c) => c.iso3));
  const ldcs = ldcMembersIn(data.ldcMembership.rows, year);
  const groups: { id: string; measure: Dependence['measure']; members: ReadonlySet<string> }[] = [
    ...data.tradeGroups.rows.map((g) => ({ id: g.id, measure: 'intra' as const, members: groupMembers(g, countries) })),
    { id: 'ldc', measure: 'south', members: developing((c) => ldcs.has(c.iso3)) },
    { id: 'lldc', measure: 'south', members: developing((c) => c.lldc) },
    { id: 'sids', measure: 'south', members: developing((c) => c.sids) },
  ];
  const exports = exportsByMember(data.tradeFlows, year);
  const out: Dependence[] = [];
  const sets = new Map<string, ReadonlySet<string>>();
  const found: { g: (typeof groups)[number]; largest: string; weight: number }[] = [];
  for (const g of groups) {
    const top = largestMember(exports.filter((x) => g.members.has(x.iso3)));
    if (!top) continue;
    found.push({ g, largest: top.iso3, weight: top.share_pct });
    sets.set(`${g.id}:with`, g.members);
    sets.set(`${g.id}:without`, new Set([...g.members].filter((c) => c !== top.iso3)));
  }
  const rows = exportsByGroup(cow, sets, { to_south: south }).objects() as {
    group: string;
    year: number;
    total: number;
    to_members: number;
    to_south: number;
  }[];
  const share = (key: string, measure: Dependence['measure']) => {
    const r = rows.find((x) => x.group === key && x.year === year);
    return r ? pct(measure === 'intra' ? r.to_members : r.to_south, r.total) : null;
  };
  for (const { g, largest, weight } of found) {
    out.push({
      group: g.id,
      measure: g.measure,
      largest,
      weight,
      with: share(`${g.id}:with`, g.measure),
      without: share(`${g.id}:without`, g.measure),
    });
  }
  return out;
}
