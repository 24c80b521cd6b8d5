/** The flow classes and recipient groups of China's commitments, and the commitments summed by year over each. */
import * as aq from 'arquero';
import type { ChinaCommitment, Country } from '../../validate/validate-data';

/** The flow classes of AidData's data set, in the order the report prints them. */
export const FLOW_CLASSES = [
  { id: 'oda', name: 'ODA-like', column: 'oda_usd2021' },
  { id: 'oof', name: 'OOF-like', column: 'oof_usd2021' },
  { id: 'vague', name: 'Vague official finance', column: 'vague_usd2021' },
] as const;
export type FlowClass = (typeof FLOW_CLASSES)[number]['id'];

/** Who is in a group: one set for every year, or the set of each year (the LDCs). */
export type Membership = ReadonlySet<string> | ((year: number) => ReadonlySet<string>);

/** A group of recipients: developing or developed economies, an M49 region, or the LDCs, LLDCs or SIDS. */
export interface RecipientGroup {
  id: string;
  name: string;
  kind: 'development' | 'region' | 'status';
  members: Membership;
}

/** Commitments of one year: each flow class and their total, constant 2021 US dollars. */
export interface YearTotals {
  year: number;
  oda: number;
  oof: number;
  vague: number;
  total: number;
}

/**
 * Sums commitments by year over the given recipients, every year from `from` to `to` present:
 * a year with no recorded project is 0, which is what the data set means by its absence.
 *
 * @example commitmentsByYear(rows, 2000, 2002, new Set(['AGO'])) // [{year: 2000, oda: ..., total: ...}, ...]
 */
export function commitmentsByYear(rows: readonly ChinaCommitment[], from: number, to: number, members?: ReadonlySet<string>): YearTotals[] {
  return commitmentsByGroup(rows, from, to, new Map([['', members ?? null]])).get('')!;
}

/**
 * `commitmentsByYear` of several groups of recipients (null: all of them), from one Arquero
 * pipeline: each pipeline costs a millisecond or two whatever its size.
 *
 * @example commitmentsByGroup(rows, 2000, 2002, new Map([['all', null], ['ldc', ldcs]])).get('ldc')
 */
export function commitmentsByGroup(
  rows: readonly ChinaCommitment[],
  from: number,
  to: number,
  groups: ReadonlyMap<string, Membership | null>,
): Map<string, YearTotals[]> {
  // Each group's rows, group after group, each in the order of the file (so are the sums).
  const own = { group: [] as string[], year: [] as number[], oda: [] as number[], oof: [] as number[], vague: [] as number[] };
  for (const [id, members] of groups) {
    // A yearly membership is asked once per year, not once per row.
    const yearly = new Map<number, ReadonlySet<string>>();
    const inGroup = (iso3: string, year: number) => {
      if (members === null) return true;
      if (typeof members !== 'function') return members.has(iso3);
      return (yearly.get(year) ?? yearly.set(year, members(year)).get(year)!).has(iso3);
    };
    for (const r of rows) {
      if (r.year < from || r.year > to || !inGroup(r.iso3, r.year)) continue;
      own.group.push(id);
      own.year.push(r.year);
      own.oda.push(r.oda_usd2021);
      own.oof.push(r.oof_usd2021);
      own.vague.push(r.vague_usd2021);
    }
  }
  const summed = own.group.length
    ? (aq
        .table(own)
        .groupby('group', 'year')
        .rollup({ oda: aq.op.sum('oda'), oof: aq.op.sum('oof'), vague: aq.op.sum('vague') })
        .objects() as { group: string; year: number; oda: number; oof: number; vague: number }[])
    : [];
  const byKey = new Map(summed.map((s) => [`${s.group}\u0001${s.year}`, s]));
  return new Map(
    [...groups.keys()].map((id) => {
      const out: YearTotals[] = [];
      for (let year = from; year <= to; year++) {
        const s = byKey.get(`${id}\u0001${year}`) ?? { oda: 0, oof: 0, vague: 0 };
        out.push({ year, oda: s.oda, oof: s.oof, vague: s.vague, total: s.oda + s.oof + s.vague });
      }
      return [id, out];
    }),
  );
}

/**
 * The recipient groups: developing and developed economies (M49 2020 flag), the M49 regions in
 * alphabetical order, then the LDCs of each year (`ldcsIn`) and the LLDCs and SIDS of the snapshot.
 */
export function recipientGroups(countries: readonly Country[], ldcsIn: (year: number) => ReadonlySet<string>): RecipientGroup[] {
  const regions = [...new Set(countries.map((c) => c.region).filter((r): r is string => r !== null))].sort();
  const of = (keep: (c: Country) => boolean) => new Set(countries.filter(keep).map((c) => c.iso3));
  return [
    { id: 'developing', name: 'Developing economies', kind: 'development', members: of((c) => c.development === 'developing') },
    { id: 'developed', name: 'Developed economies', kind: 'development', members: of((c) => c.development === 'developed') },
    ...regions.map((r) => ({
      id: r.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      name: r,
      kind: 'region' as const,
      members: of((c) => c.region === r),
    })),
    { id: 'ldc', name: 'Least developed countries', kind: 'status', members: ldcsIn },
    { id: 'lldc', name: 'Landlocked developing countries', kind: 'status', members: of((c) => c.lldc) },
    { id: 'sids', name: 'Small island developing States', kind: 'status', members: of((c) => c.sids) },
  ];
}
