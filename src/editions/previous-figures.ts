import type { Figure, Ledger } from '../figures/ledger';
import { oncePer } from '../metrics/once-per';

/** A figure of the previous edition, as its ledger (figures.csv) recorded it. */
export interface PreviousFigure {
  id: string;
  indicator: string;
  entity: string;
  period: string;
  value: number | null;
  text: string;
  unit: string;
}

/** The figures of the edition before this one, to say what changed. */
export interface PreviousEdition {
  /** Its publication year. */
  edition: number;
  /** 'rebuilt': from this build's data, as of the year before; 'published': from a previous build's figures.csv. */
  origin: 'rebuilt' | 'published';
  figures: Map<string, PreviousFigure>;
}

/** The latest figure (by year) of an indicator for an entity in the previous edition, or null. */
export function latestPrevious(previous: PreviousEdition, indicator: string, entity: string): PreviousFigure | null {
  const xs = [...(yearlyFigures(previous).get(`${indicator}\u0001${entity}`) ?? [])];
  return xs.sort((a, b) => Number(b.period) - Number(a.period))[0] ?? null;
}

// The figures with a value for a year, by indicator and entity, once per edition: the key figures
// and what changed look up every headline among some 800 figures.
const yearlyFigures = oncePer((previous: PreviousEdition) => {
  const out = new Map<string, PreviousFigure[]>();
  for (const f of previous.figures.values()) {
    if (f.value === null || !/^\d{4}$/.test(f.period)) continue;
    const key = `${f.indicator}\u0001${f.entity}`;
    const own = out.get(key);
    if (own) own.push(f);
    else out.set(key, [f]);
  }
  return out;
});

/** A previous edition's figure, registered in this edition's ledger under its own indicator. */
export function previousFigure(ledger: Ledger, p: PreviousFigure): Figure {
  return ledger.add({
    indicator: `previous-edition-${p.indicator}`,
    entity: p.entity,
    period: p.period,
    value: p.value,
    unit: p.unit,
    source: 'ssc-project-2026',
    derived_from: [],
    text: p.text,
    kind: 'previous',
    base: p.indicator,
  });
}
