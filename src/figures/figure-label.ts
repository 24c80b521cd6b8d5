import type { Data } from '../validate/validate-data';
import type { Figure } from './ledger';
import { HEADLINES } from './headlines';

/** Entities named by the report's words rather than a code. */
const ENTITIES: Record<string, string> = {
  south: 'developing economies',
  all: 'all',
  ldc: 'LDCs',
  lldc: 'LLDCs',
  sids: 'SIDS',
  'other-developing': 'other developing economies',
};

/**
 * A figure named for readers, where a table lists figures of many indicators (the revisions): the
 * headline's label, or the first sentence of the indicator's definition, then the economy or group
 * by name and the period. "Intraregional exports, developing Latin America and the Caribbean, 2014".
 */
export function figureLabel(
  f: Pick<Figure, 'indicator' | 'entity' | 'period'>,
  definitions: Readonly<Record<string, string>>,
  data: Data,
): string {
  const base = f.indicator.replace(/^(previous-edition|revision)-/, '').replace(/-(change|change-pct|growth|rank)$/, '');
  const headline = HEADLINES.find((h) => h.indicator === base && h.entity === f.entity);
  if (headline) return `${headline.label}, ${f.period}`;
  const what = (definitions[base] ?? base)
    .split(/(?<=\.)\s|[(,:;]/)[0]!
    .replace(/\.$/, '')
    .trim();
  const who =
    ENTITIES[f.entity] ??
    data.tradeGroups.rows.find((g) => g.id === f.entity)?.name ??
    data.countries.rows.find((c) => c.iso3 === f.entity)?.name ??
    f.entity;
  return `${what}: ${who}, ${f.period}`;
}
