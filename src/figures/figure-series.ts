import type { SeriesYear } from '../metrics/series';
import { formatChange, formatNumber } from '../render/format';
import type { Figure, FigureKind, Ledger } from './ledger';

/** Indicator ids of derived figures: published in figures.csv, so the suffixes never change. */
const SUFFIX: Record<Exclude<FigureKind, 'level' | 'previous' | 'revision'>, string> = {
  change: '-change',
  'pct-change': '-change-pct',
  growth: '-growth',
  rank: '-rank',
};

/** The indicator id of a figure of `kind` derived from `base`, e.g. `south-south-export-share-change`. */
const derivedIndicator = (base: string, kind: keyof typeof SUFFIX): string => `${base}${SUFFIX[kind]}`;

/** What a series of figures is: one indicator of one entity, year by year. */
export interface SeriesSpec {
  indicator: string;
  entity: string;
  /** Unit of the level: "per cent" for a share (its change is in percentage points), else an amount's unit. */
  unit: string;
  /** Source ids, separated by ";". */
  source: string;
  points: readonly SeriesYear[];
  /** How the level is printed; one decimal by default. */
  text?: (value: number | null) => string;
}

/** Registers a series' figures on demand: each call adds (or finds) one figure in the ledger. */
export interface SeriesFigures {
  /** The level in a year; a year without a point is registered as not available. */
  level(year: number): Figure;
  /** Change on the previous year (percentage points for shares); null where either year lacks a value. */
  change(year: number): Figure | null;
  /** Per cent change on the previous year (amounts); null where either year lacks a value. */
  pctChange(year: number): Figure | null;
  /** Rank in a year among the series whose levels are `among` (figure ids); null without a rank. */
  rank(year: number, among: string[]): Figure | null;
  /** Compound annual growth over `from`-`to`, per cent a year. */
  growth(from: number, to: number, value: number | null): Figure;
}

/**
 * The figures of one series: level, change, per cent change, rank and growth, registered with
 * their kind, unit, sources and the figures they derive from, so that every chapter registers a
 * series the same way.
 *
 * @example const s = figureSeries(ledger, { indicator: 'south-south-export-share', entity: 'south', unit: 'per cent', source, points });
 *   s.level(2014); s.change(2014) // 55.3, +0.7 (percentage points)
 */
export function figureSeries(ledger: Ledger, spec: SeriesSpec): SeriesFigures {
  const { indicator, entity, source, points } = spec;
  const at = (year: number) => points.find((p) => p.year === year) ?? null;
  const id = (year: number | string) => `${indicator}:${entity}:${year}`;
  const yearly = (year: number) => [id(year), id(year - 1)];
  const derived = (kind: keyof typeof SUFFIX, period: string, value: number, unit: string, from: string[], text: string) =>
    ledger.add({
      indicator: derivedIndicator(indicator, kind),
      entity,
      period,
      value,
      unit,
      source,
      derived_from: from,
      text,
      kind,
      base: indicator,
    });
  return {
    level(year) {
      const v = at(year)?.value ?? null;
      return ledger.add({
        indicator,
        entity,
        period: String(year),
        value: v,
        unit: spec.unit,
        source,
        text: (spec.text ?? formatNumber)(v),
      });
    },
    change(year) {
      const p = at(year);
      if (!p || p.change === null) return null;
      return derived(
        'change',
        String(year),
        p.change,
        spec.unit === 'per cent' ? 'percentage points' : spec.unit,
        yearly(year),
        formatChange(p.change),
      );
    },
    pctChange(year) {
      const p = at(year);
      if (!p || p.pct_change === null) return null;
      return derived('pct-change', String(year), p.pct_change, 'per cent', yearly(year), formatChange(p.pct_change));
    },
    rank(year, among) {
      const r = at(year)?.rank ?? null;
      return r === null ? null : derived('rank', String(year), r, 'rank', among, String(r));
    },
    growth(from, to, value) {
      const period = `${from}-${to}`;
      return ledger.add({
        indicator: derivedIndicator(indicator, 'growth'),
        entity,
        period,
        value,
        unit: 'per cent a year',
        source,
        derived_from: [id(from), id(to)],
        text: formatNumber(value),
        kind: 'growth',
        base: indicator,
      });
    },
  };
}
