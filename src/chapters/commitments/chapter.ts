/** The commitments chapter's model, assembled from its scorecard and tracker, and its spec. */
import { defineChapter, type ChapterContext } from '../chapter';
import { commitmentsScorecardChart } from './charts';
import { commitmentsMetrics, type CommitmentsMetrics } from './metrics';
import type { Data } from '../../validate/validate-data';
import type { ChapterBase, ChartModel, TableModel } from '../../render/model';
import type { Sentence } from '../../render/narrative';
import { formatDateOrYear, scorecardSentence } from './narrative';
import { citation } from '../../render/sources';
import { documentYears, documentsAsOf } from '../../metrics/document-years';
import { SHORT_NAMES } from '../../render/documents';
import { COMMITMENTS_INDICATORS } from './indicators';
import { scorecardChartModel, scorecardFigures, scorecardTable } from './scorecard';
import { trackerEntries, trackerRow, trackerTables, type TrackerRow, type TrackerTable } from './tracker';

export interface CommitmentsChapter extends ChapterBase {
  edition: number;
  /** Which founding documents are dated up to the edition, by id without punctuation (`sc2005`): the template quotes only those. */
  docs: Record<string, boolean>;
  summary: Sentence[];
  chart: ChartModel | null;
  scorecard: TableModel;
  /** The tracker, in tables of a few rows each. */
  trackers: TrackerTable[];
  /** The same commitments, in the same order, with the documents' words. */
  entries: TrackerRow[];
}

/**
 * The follow-up of commitments: each commitment the founding documents state or recall, with its
 * status as a later dated document records it, and the scorecard of those statuses. Every count
 * is a ledger figure; the words of a status come from the documents, quoted.
 */
function commitmentsChapter({ number, data, metrics: m, charts, ledger, options }: ChapterContext<CommitmentsMetrics>): CommitmentsChapter {
  const e = m.edition;
  const published = options.publication;
  const short = (id: string) => SHORT_NAMES[id] ?? citation(data, id);
  const years = documentYears(data.sources.rows);
  const cited = [
    ...new Set(m.tracked.flatMap((t) => [...t.commitment.source, ...(t.latest?.source ?? []), ...t.history.flatMap((h) => h.source)])),
  ].sort((a, b) => (years.get(a) ?? 0) - (years.get(b) ?? 0));
  const sourceLine = `Sources: ${cited.map((id) => citation(data, id)).join('; ')}.`;

  const figs = scorecardFigures(ledger, m, e, [...new Set(data.commitments.rows.flatMap((c) => c.source))].sort());
  const summary: Sentence[] = [scorecardSentence(figs.total, figs.byStatus, e)];
  if (m.latestRecord) summary.push([`The latest record used is dated ${formatDateOrYear(m.latestRecord)}.`]);

  const scorecard = scorecardTable(number, m, figs, published, sourceLine);
  const chart = scorecardChartModel(number, charts.get('commitments-scorecard'), m, figs);

  const rows = m.tracked.map((t) => trackerRow(t, ledger, years, short, e));
  const trackers = trackerTables(number, rows, e, published, sourceLine);
  const entries = trackerEntries(rows);
  const docs = documentsAsOf(data.sources.rows, e);
  return {
    id: 'commitments',
    number,
    title: 'Follow-up of commitments',
    partial: 'chapter-commitments',
    edition: e,
    docs,
    summary,
    chart,
    scorecard,
    trackers,
    entries,
  };
}

/** Chapter: follow-up of commitments. */
export const commitmentsChapterSpec = defineChapter({
  id: 'commitments',
  indicators: COMMITMENTS_INDICATORS,
  metrics: (data: Data, options) => commitmentsMetrics(data, options),
  charts: (data, m, o) => [commitmentsScorecardChart(m, sourceOf(data, m), o.publication)],
  model: commitmentsChapter,
});

/** The source line of the scorecard's chart: every document the commitments cite, oldest first. */
function sourceOf(data: Data, m: CommitmentsMetrics): string {
  const years = documentYears(data.sources.rows);
  const ids = m.all.sources.length ? m.all.sources : [...new Set(data.commitments.rows.flatMap((c) => c.source))];
  const byYear = [...ids].sort((a, b) => (years.get(a) ?? 0) - (years.get(b) ?? 0) || (a < b ? -1 : 1));
  return `Source: ${byYear.map((id) => citation(data, id)).join('; ')}.`;
}
