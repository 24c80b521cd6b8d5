import { stringify } from 'csv-stringify/sync';
import { CliError, EXIT } from '../errors';
import * as msg from '../messages';

/**
 * What a figure is in relation to its base indicator: the level itself, its change on the previous
 * year (percentage points for shares, the amount's unit otherwise), its per cent change, a
 * compound growth rate, a rank, the previous edition's value, or the revision since that edition.
 * Annex A's definitions and Annex B's reasons for a missing value are chosen by it.
 */
export type FigureKind = 'level' | 'change' | 'pct-change' | 'growth' | 'rank' | 'previous' | 'revision';

/** A number the report prints, with what it is and where it comes from. */
export interface Figure {
  /** `indicator:entity:period`, stable across runs and editions, e.g. `intraregional-export-share:lac:2014`. */
  id: string;
  indicator: string;
  entity: string;
  period: string;
  value: number | null;
  unit: string;
  /** Source ids from data/sources.csv, separated by ";". */
  source: string;
  /** Ids of the figures this one is computed from, separated by ";"; empty for a source value. */
  derived_from: string;
  /** True where the source itself gives an approximate figure. */
  estimate: boolean;
  /** The value as the report prints it. */
  text: string;
  /** Id of the chapter that printed it first (for diffs by chapter). */
  chapter: string;
  /** What the figure is of its base indicator; not in figures.csv, whose ids were published without it. */
  kind: FigureKind;
  /** The indicator a derived figure is computed from (its own indicator for a level). */
  base: string;
}

/** What a chapter registers: the figure without what the ledger fills in. */
export type NewFigure = Omit<Figure, 'id' | 'derived_from' | 'estimate' | 'chapter' | 'kind' | 'base'> & {
  derived_from?: string[];
  estimate?: boolean;
  kind?: FigureKind;
  base?: string;
};

/** What String() and toFixed() print for a number that is not finite. */
const NOT_A_NUMBER = /\b(NaN|Infinity)\b/;

/** Builds a figure id from its parts. */
const figureId = (indicator: string, entity: string, period: string | number) => `${indicator}:${entity}:${period}`;

/**
 * The figures ledger: every number printed in the report's text and tables, registered once. A
 * second registration of the same id must carry the same value, so one id never means two numbers.
 * A value that is not a finite number is refused, naming the figure (exit 1): it is the last line
 * of defence behind validation, where an Infinity once printed as "NaN" in four places.
 */
export class Ledger {
  private readonly figures = new Map<string, Figure>();
  /** The chapter being modelled; the model stage sets it before each chapter. */
  chapter = '';

  add(f: NewFigure): Figure {
    const id = figureId(f.indicator, f.entity, f.period);
    if ((f.value !== null && !Number.isFinite(f.value)) || NOT_A_NUMBER.test(f.text)) {
      throw new CliError(msg.nonFiniteFigure(id, f.value ?? NaN, f.text), EXIT.data);
    }
    const figure: Figure = {
      ...f,
      id,
      derived_from: (f.derived_from ?? []).join(';'),
      estimate: f.estimate ?? false,
      chapter: this.chapter,
      kind: f.kind ?? 'level',
      base: f.base ?? f.indicator,
    };
    const old = this.figures.get(id);
    if (old && (old.value !== figure.value || old.text !== figure.text)) {
      throw new Error(`figure ${id} registered twice with different values: ${old.text} and ${figure.text}`);
    }
    this.figures.set(id, old ?? figure);
    return old ?? figure;
  }

  has(id: string): boolean {
    return this.figures.has(id);
  }

  get(id: string): Figure | undefined {
    return this.figures.get(id);
  }

  /** The figure of `kind` derived from `level` (same entity and period), if a chapter registered one. */
  derived(level: Figure, kind: FigureKind): Figure | undefined {
    for (const f of this.figures.values()) {
      if (f.kind === kind && f.base === level.indicator && f.entity === level.entity && f.period === level.period) return f;
    }
    return undefined;
  }

  /** All figures, sorted by id so that the ledger diffs cleanly. */
  all(): Figure[] {
    return [...this.figures.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** figures.csv: values to 6 decimals, which is beyond any precision the sources have. */
  toCsv(): string {
    const columns = ['id', 'indicator', 'entity', 'period', 'value', 'unit', 'source', 'derived_from', 'estimate', 'text', 'chapter'];
    const rows = this.all().map((f) => ({
      ...f,
      value: f.value === null ? '' : String(Math.round(f.value * 1e6) / 1e6),
      estimate: String(f.estimate),
    }));
    return stringify(rows, { header: true, columns, record_delimiter: '\n' });
  }
}
