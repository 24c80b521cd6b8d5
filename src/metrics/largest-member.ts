import * as aq from 'arquero';

/** The member with the largest value, and its share of the members' total. */
export interface LargestMember {
  iso3: string;
  value: number;
  /** value ÷ total of all members × 100. */
  share_pct: number;
}

/**
 * The member with the largest value and its share of the total over the members given; ties
 * go to the first code in alphabetical order. Null when there is nothing to compare or the total
 * is not positive.
 *
 * @example largestMember([{ iso3: 'SGP', value: 75 }, { iso3: 'JAM', value: 25 }]) // SGP, 75 %
 */
export function largestMember(values: readonly { iso3: string; value: number }[]): LargestMember | null {
  if (values.length === 0) return null;
  const t = aq
    .from(values)
    .derive({ total: aq.op.sum('value') })
    .orderby(aq.desc('value'), 'iso3');
  const top = t.object(0) as { iso3: string; value: number; total: number };
  if (!(top.total > 0)) return null;
  return { iso3: top.iso3, value: top.value, share_pct: (100 * top.value) / top.total };
}
