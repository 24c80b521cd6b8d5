import type { Figure } from './ledger';

/**
 * The headline numbers, in the order printed: an indicator and entity whose latest figure (as of
 * the edition) the other chapters registered, with its change on the previous year where they
 * registered one. A headline no chapter registered is left out, so removing a chapter never
 * breaks this page.
 */
export const HEADLINES: {
  indicator: string;
  entity: string;
  label: string;
  unit: string /** Compared across editions (false for counts of documents). */;
  trend?: false;
}[] = [
  {
    indicator: 'south-south-export-share',
    entity: 'south',
    label: 'Exports of developing economies that went to developing economies',
    unit: 'per cent of their exports',
  },
  {
    indicator: 'south-south-exports',
    entity: 'south',
    label: 'Value of exports of developing economies to developing economies',
    unit: 'current dollars',
  },
  {
    indicator: 'intraregional-export-share',
    entity: 'lac',
    label: 'Intraregional exports, developing Latin America and the Caribbean',
    unit: 'per cent of exports',
  },
  {
    indicator: 'intraregional-export-share',
    entity: 'east-south-asia',
    label: 'Intraregional exports, developing Eastern, South-eastern and Southern Asia',
    unit: 'per cent of exports',
  },
  { indicator: 'intraregional-export-share', entity: 'africa', label: 'Intraregional exports, Africa', unit: 'per cent of exports' },
  {
    indicator: 'south-south-top5-share',
    entity: 'south',
    label: 'Share of the five largest developing exporters in South-South exports',
    unit: 'per cent',
  },
  {
    indicator: 'ldc-exports-to-south-share',
    entity: 'ldc',
    label: 'Exports of least developed countries that went to developing economies',
    unit: 'per cent of their exports',
  },
  {
    indicator: 'ldc-share-of-south-south-exports',
    entity: 'ldc',
    label: 'Least developed countries\u2019 share of South-South exports',
    unit: 'per cent',
  },
  {
    indicator: 'sids-exports-to-south-share',
    entity: 'sids',
    label: 'Exports of small island developing States that went to developing economies',
    unit: 'per cent of their exports',
  },
  {
    indicator: 'exports-to-lmic-share',
    entity: 'south',
    label: 'Exports of developing economies that went to low- and middle-income economies (World Bank income groups)',
    unit: 'per cent of their exports',
  },
  {
    indicator: 'world-export-share',
    entity: 'ldc',
    label: 'Least developed countries\u2019 share of world merchandise exports',
    unit: 'per cent',
  },
  {
    indicator: 'world-export-share',
    entity: 'lldc',
    label: 'Landlocked developing countries\u2019 share of world merchandise exports',
    unit: 'per cent',
  },
  {
    indicator: 'world-export-share',
    entity: 'sids',
    label: 'Small island developing States\u2019 share of world merchandise exports',
    unit: 'per cent',
  },
  {
    indicator: 'china-commitments',
    entity: 'developing',
    label: 'Official finance committed by China to developing economies',
    unit: 'constant 2021 dollars',
  },
  {
    indicator: 'china-commitments',
    entity: 'developed',
    label: 'Official finance committed by China to developed economies (M49, 2020), not included above',
    unit: 'constant 2021 dollars',
  },
  {
    indicator: 'commitments-by-status',
    entity: 'carried-out',
    label: 'Commitments of the founding documents recorded as carried out',
    unit: 'number, of those tracked',
    trend: false,
  },
  {
    indicator: 'commitments-by-status',
    entity: 'no-information',
    label: 'Commitments whose implementation no source records',
    unit: 'number, of those tracked',
    trend: false,
  },
  {
    indicator: 'data-gaps',
    entity: 'all',
    label: 'Subjects the documents ask to monitor for which no data are published',
    unit: 'number',
    trend: false,
  },
];

/** The latest figure of an indicator for an entity among the figures registered (`ledger.all()`); null if none has a value. */
export function latestFigure(figures: readonly Figure[], indicator: string, entity: string): Figure | null {
  const candidates = figures.filter(
    (f) => f.indicator === indicator && f.entity === entity && f.value !== null && /^\d{4}$/.test(f.period),
  );
  return candidates.sort((a, b) => Number(b.period) - Number(a.period))[0] ?? null;
}
