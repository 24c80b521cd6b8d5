import type { ChartDef, RenderedChart } from '../charts/chart';
import type { PreviousEdition } from '../editions/previous-figures';
import type { Ledger } from '../figures/ledger';
import type { ChapterBase } from '../render/model';
import type { Thresholds } from '../render/narrative';
import type { Data } from '../validate/validate-data';

/** What every chapter's metrics are computed as of. */
export interface MetricsOptions {
  /**
   * The last year of data the edition uses (its publication year minus one): data after it are
   * ignored, as if the report had been built then. Each chapter reports its own latest year up to it.
   */
  edition: number;
  /** The year the edition is published and named by: `edition` + 1 (the 2026 edition has data to 2025 at most). */
  publication: number;
  /** Length of the growth window in years, ending at the edition. */
  growthWindow: number;
}

/** What a chapter's model function is given. */
export interface ChapterContext<M> {
  /** The chapter's number in the report (annexes get letters from their own `number`). */
  number: number;
  data: Data;
  metrics: M;
  options: MetricsOptions;
  charts: ReadonlyMap<string, RenderedChart>;
  ledger: Ledger;
  thresholds: Thresholds;
  /** Another chapter's metrics, by its id (annexes read them). */
  metricsOf(id: string): unknown;
  /** The previous edition's figures, for what changed; null for the first edition. */
  previous: PreviousEdition | null;
  /** Every chapter's indicator definitions, by indicator id (Annex A prints them). */
  definitions: Readonly<Record<string, string>>;
  /** Reports what a reader or reviewer should know and the report cannot fix (a data gap, a thin group); the CLI lists it. */
  warn(message: string): void;
}

/**
 * One chapter of the report, as the three middle stages see it: its metrics (Arquero, in
 * metrics/), its charts (Vega-Lite specs, in charts/) and its part of the ReportModel (in
 * render/chapters/), where every number it prints is registered in the ledger. A chapter whose
 * model reads other chapters' figures from the ledger (key figures, annexes) is `late`: it is
 * modelled after the others, though it is printed in its place.
 */
export interface ChapterSpec<M = unknown> {
  id: string;
  late?: boolean;
  /** An annex is lettered (Annex A, B…) after the numbered chapters. */
  annex?: boolean;
  /** Definitions of the indicators the chapter registers, by indicator id, for the annex. */
  indicators?: Record<string, string>;
  metrics(data: Data, options: MetricsOptions): M;
  charts(data: Data, metrics: M, options: MetricsOptions): ChartDef[];
  model(ctx: ChapterContext<M>): ChapterBase;
}

/** Declares a chapter with its metrics type inferred. */
export function defineChapter<M>(spec: ChapterSpec<M>): ChapterSpec<M> {
  return spec;
}
