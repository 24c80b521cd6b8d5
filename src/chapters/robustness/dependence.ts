import type { Figure, Ledger } from '../../figures/ledger';
import { formatChange, formatNumber } from '../../render/format';
import type { TableModel } from '../../render/model';
import type { Sentence } from '../../render/narrative';
import { citation } from '../../render/sources';
import type { Data } from '../../validate/validate-data';
import type { Dependence } from './metrics';

// The robustness chapter's part on each group's largest exporter, and the ledger helpers the
// chapter shares with it: apart from the model so that each file reads in one screen.

const COW = 'cow-trade-4.0';

/** Groups as the dependence table names them, and what their share measures. */
const GROUP_NAMES: Record<string, string> = {
  lac: 'Developing Latin America and the Caribbean',
  'east-south-asia': 'Developing Eastern, South-eastern and Southern Asia',
  africa: 'Africa',
  south: 'All developing economies',
  ldc: 'Least developed countries (LDCs)',
  lldc: 'Landlocked developing countries (LLDCs)',
  sids: 'Small island developing States (SIDS)',
};

/** Groups as a sentence names them after "the exports of". */
const IN_SENTENCE: Record<string, string> = {
  lac: 'developing Latin America and the Caribbean',
  'east-south-asia': 'developing Eastern, South-eastern and Southern Asia',
  africa: 'Africa',
  south: 'all developing economies',
  ldc: 'the least developed countries (LDCs)',
  lldc: 'the landlocked developing countries (LLDCs)',
  sids: 'the small island developing States (SIDS)',
};

/** "+2.3" → "2.3" where the words carry the direction. */
export const unsigned = (f: Figure): Figure => ({ ...f, text: f.text.replace(/^[+-]/, '') });

/**
 * Each group's largest exporter, its weight and the group's share with and without it: the table,
 * and a sentence for each group whose share moves by 5 percentage points or more without it.
 */
export function dependenceFigures(
  ledger: Ledger,
  data: Data,
  found: readonly Dependence[],
  latest: number,
  number: number,
  cowSrc: string,
) {
  const name = (iso3: string) => data.countries.rows.find((c) => c.iso3 === iso3)?.name ?? iso3;
  // Each group's largest exporter: how much of the group's figure is one economy's.
  const dependence: Sentence[] = [];
  const depRows: TableModel['rows'] = [];
  for (const d of found) {
    const weight = pct(ledger, 'largest-exporter-weight', d.group, latest, d.weight, cowSrc);
    const withIt = pct(ledger, `group-${d.measure}-share-with-largest`, d.group, latest, d.with, cowSrc);
    const without = pct(ledger, `group-${d.measure}-share-without-largest`, d.group, latest, d.without, cowSrc);
    const effect =
      d.with === null || d.without === null
        ? null
        : points(ledger, `group-${d.measure}-share-largest-effect`, d.group, String(latest), d.with - d.without, cowSrc, [
            withIt.id,
            without.id,
          ]);
    depRows.push({
      label: GROUP_NAMES[d.group] ?? d.group,
      cells: [
        name(d.largest),
        weight,
        d.measure === 'intra' ? 'Within the group' : 'To developing economies',
        withIt,
        without,
        effect ?? '..',
      ],
    });
    if (effect && Math.abs(effect.value!) >= 5) {
      dependence.push([
        `${name(d.largest)} accounts for `,
        weight,
        ` per cent of the exports of ${IN_SENTENCE[d.group] ?? d.group}; without it, the share of ` +
          `their exports that goes ` +
          `${d.measure === 'intra' ? (d.group === 'south' ? 'to developing economies' : 'to the region') : 'to developing economies'} ` +
          `is `,
        without,
        ' per cent, not ',
        withIt,
        ` per cent.`,
      ]);
    }
  }
  const dependenceTable: TableModel = {
    id: 'robustness-largest-exporter',
    label: `Table ${number}.2`,
    caption: `The largest exporter of each group and the group\u2019s share without it, ${latest}`,
    head: [
      'Group',
      'Largest exporter',
      'Its share of the group\u2019s exports (per cent)',
      'Share measured',
      'With it (per cent)',
      'Without it (per cent)',
      'Difference (percentage points)',
    ],
    rows: depRows,
    source:
      `Source: calculations based on ${citation(data, COW)}; groups as in UNSD M49 (2020), LDCs ` +
      `as listed by the United Nations in ${latest}.`,
    notes: [
      'Within the group: exports to the group\u2019s own members, as a percentage of the ' +
        'group\u2019s exports (for all developing economies, the South-South share). To developing ' +
        'economies: exports to all developing economies, as a percentage of the group\u2019s ' +
        'exports.',
    ],
  };
  return { dependence, dependenceTable };
}

export function pct(
  ledger: Ledger,
  indicator: string,
  entity: string,
  period: number | string,
  value: number | null,
  source: string,
): Figure {
  return ledger.add({ indicator, entity, period: String(period), value, unit: 'per cent', source, text: formatNumber(value) });
}

export function points(
  ledger: Ledger,
  indicator: string,
  entity: string,
  period: string,
  value: number,
  source: string,
  derived: string[],
  change?: { base: string },
): Figure {
  return ledger.add({
    indicator,
    entity,
    period,
    value,
    unit: 'percentage points',
    source,
    derived_from: derived,
    text: formatChange(value),
    ...(change ? { kind: 'change' as const, base: change.base } : {}),
  });
}
