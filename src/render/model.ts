import type { Figure } from '../figures/ledger';
import type { Colophon, Verso } from './front-pages';
import type { Sentence } from './narrative';

/** A table cell: a figure (marked with its ledger id) or text. */
export type Cell = Figure | string;

export interface TableModel {
  id: string;
  /** "Table 1.1" */
  label: string;
  caption: string;
  head: string[];
  rows: { label: string; cells: Cell[] }[];
  source: string;
  notes: string[];
}

export interface ChartModel {
  id: string;
  /** "Figure 1.1" */
  label: string;
  title: string;
  alt: string;
  svg: string;
  source: string;
  /** The chart's data, shown in a <details> block under it. */
  table: TableModel;
}

/** A rendered chart as a chapter prints it: with its figure label and the table of its data. */
export function chartModel(
  c: { id: string; title: string; alt: string; svg: string; source: string },
  label: string,
  table: TableModel,
): ChartModel {
  return { id: c.id, label, title: c.title, alt: c.alt, svg: c.svg, source: c.source, table };
}

/** What every chapter has; each chapter's partial reads its own fields besides. */
export interface ChapterBase {
  id: string;
  number: number;
  title: string;
  /** "2. Trade among developing countries" or "Annex A. Sources and definitions"; set by buildModel. */
  heading?: string;
  /** The Handlebars partial that lays the chapter out, e.g. `chapter-trade`. */
  partial: string;
  /** The latest year of the figures it prints, for the contents; set by buildModel. */
  latestYear?: number | null;
  /** What the report's authors wrote for the chapter (content/<id>.md), placed by the layout; null where they wrote nothing. */
  analysis?: { html: string; placement: 'opening' | 'start' | 'end' } | null;
  /** Tables for the people who check the report before publication (out/review.html), never printed in it. */
  review?: TableModel[];
}

/** A section people wrote (content/), already HTML: its figures are marked like every other. */
export interface WrittenSection {
  id: string;
  title: string;
  html: string;
}

/** The only shape templates see: plain data, everything formatted, nothing left to compute. */
export interface ReportModel {
  lang: 'en';
  title: string;
  subtitle: string;
  /** The publication year the edition is named by. */
  edition: number;
  /** Each chapter's latest year of data, for the cover. */
  currency: { title: string; year: number }[];
  /** The explanatory notes printed before chapter 1, generated so they match the tables. */
  notes: string[];
  chapters: ChapterBase[];
  /** Page numbers of the chapters in the PDF; empty until the first print has been measured. */
  pages: Record<string, number>;
  generator: string;
  /** Whether report.pdf is built beside the HTML, which then links to it (run-report.ts sets it). */
  pdf: boolean;
  /** The title-page verso and the colophon; set by the run from the publication's settings. */
  verso: Verso;
  colophon: Colophon;
  /** The written front matter, each null where content/ has no such file. */
  foreword: WrittenSection | null;
  keyMessages: WrittenSection | null;
  overview: WrittenSection | null;
}

export type { Sentence };
