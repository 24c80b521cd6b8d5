import * as aq from 'arquero';

/** A value of one economy in one year. */
export interface EconomyYear {
  iso3: string;
  year: number;
  value: number;
}

/** Sums of GDP and population in one year over the members covered in both years. */
export interface YearTotals {
  gdp: number;
  population: number;
}

/** What `coveredTotals` finds for one group. */
export interface CoveredTotals {
  /** Members with both GDP and population in both years, sorted. */
  covered: string[];
  /** Every other member, with the years (of the two) in which it lacks GDP or population. */
  lacking: { iso3: string; years: number[] }[];
  /** Totals over the covered members; null when no member is covered. */
  from: YearTotals | null;
  to: YearTotals | null;
}

/**
 * GDP and population of a group in two years, summed over the same members: those with both
 * values in both years. A member that lacks a value in either year is left out of both sums and
 * listed, so a growth rate between the two sums never mixes a change in coverage with growth.
 *
 * @example coveredTotals(gdp, population, new Set(['MLI', 'NER']), 2004, 2014)
 */
export function coveredTotals(
  gdp: readonly EconomyYear[],
  population: readonly EconomyYear[],
  members: ReadonlySet<string>,
  from: number,
  to: number,
): CoveredTotals {
  // The two years' rows of the members, picked before Arquero sees them: its filter would call
  // op.has for each of the 25,000 rows, once per group and edition.
  const pick = (rows: readonly EconomyYear[]) => {
    const kept = rows.filter((r) => (r.year === from || r.year === to) && members.has(r.iso3));
    return aq.table({ iso3: kept.map((r) => r.iso3), year: kept.map((r) => r.year), value: kept.map((r) => r.value) });
  };
  // Inner join: a row for each member-year with both values (the keys kept once).
  const both = pick(gdp)
    .rename({ value: 'gdp' })
    .join(pick(population).rename({ value: 'population' }), [['iso3', 'year'], ['iso3', 'year']], [aq.all(), aq.not('iso3', 'year')]);
  const complete = both.groupby('iso3').count().params({ n: from === to ? 1 : 2 }).filter((d: any, $: any) => d.count === $.n);
  const covered = (complete.array('iso3') as string[]).sort();
  const coveredSet = new Set(covered);
  const present = new Set((both.objects() as { iso3: string; year: number }[]).map((r) => `${r.iso3}:${r.year}`));
  const lacking = [...members]
    .filter((m) => !coveredSet.has(m))
    .sort()
    .map((iso3) => ({ iso3, years: [...new Set([from, to])].filter((y) => !present.has(`${iso3}:${y}`)) }));
  if (covered.length === 0) return { covered, lacking, from: null, to: null };
  const totals = both
    .params({ covered: coveredSet })
    .filter((d: any, $: any) => aq.op.has($.covered, d.iso3))
    .groupby('year')
    .rollup({ gdp: aq.op.sum('gdp'), population: aq.op.sum('population') })
    .objects() as ({ year: number } & YearTotals)[];
  const at = (y: number) => {
    const r = totals.find((t) => t.year === y)!;
    return { gdp: r.gdp, population: r.population };
  };
  return { covered, lacking, from: at(from), to: at(to) };
}
