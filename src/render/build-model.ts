import type { RenderedChart } from '../charts/chart';
import { Ledger } from '../figures/ledger';
import type { Metrics } from '../metrics/compute-metrics';
import type { Data } from '../validate/validate-data';
import { NOT_AVAILABLE } from './format';
import type { ReportModel } from './model';
import type { Thresholds } from './narrative';
import { tradeChapter } from './chapters/trade';

/** The explanatory notes of UN statistical publications, for the conventions this report uses. */
export const EXPLANATORY_NOTES = [
  `Two dots (${NOT_AVAILABLE}) mean that data are not available or are not separately reported.`,
  'A dash (\u2013) means that the amount is nil or negligible.',
  'A minus sign (-) means a decrease or deficit; a plus sign (+) an increase.',
  'Details and percentages in tables do not necessarily add to totals, because of rounding.',
  'Reference to "dollars" ($) means United States dollars, at current prices unless stated otherwise; "billion" means a thousand million.',
  'Shares change in percentage points; amounts change in per cent. Annual rates of growth are compound rates.',
  'A year-on-year change is given only where both years have data; after a gap in a series it is shown as not available.',
  '"Developing economies" are those that the United Nations Statistics Division classed as developing in the 2020 version of its M49 standard, with Taiwan Province of China added as a developing economy of Eastern Asia, as UNCTAD classes it.',
];

/**
 * Assembles the ReportModel, the only thing templates see, and the ledger of every figure in it.
 * Chapters are numbered in the order they appear here.
 */
export function buildModel(data: Data, metrics: Metrics, charts: readonly RenderedChart[], t: Thresholds, generator: string): { model: ReportModel; ledger: Ledger } {
  const ledger = new Ledger();
  const byId = new Map(charts.map((c) => [c.id, c]));
  const chapters = [tradeChapter(1, data, metrics, byId, ledger, t)];
  const model: ReportModel = {
    lang: 'en',
    title: 'State of South-South Cooperation',
    subtitle: `${metrics.edition} edition, with data to ${metrics.edition}`,
    edition: metrics.edition,
    notes: EXPLANATORY_NOTES,
    chapters: chapters as unknown as ReportModel['chapters'],
    pages: {},
    generator,
  };
  return { model, ledger };
}
