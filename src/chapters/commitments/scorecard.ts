/** The commitments chapter's scorecard: its counts as ledger figures, its table and the model of its chart. */
import type { Figure, Ledger } from '../../figures/ledger';
import type { ChartModel, TableModel } from '../../render/model';
import type { RenderedChart } from '../../charts/chart';
import { STATUSES } from '../../validate/schemas/commitment-status';
import { STATUS_LABELS } from './charts';
import { INDICATORS } from './indicators';
import type { CommitmentsMetrics, Status, TrackedCommitment } from './metrics';

/** The scorecard's counts: by decade and status, by decade, by status and in all. */
export interface ScorecardFigures {
  byDecade: Record<Status, Figure>[];
  decadeTotals: Figure[];
  byStatus: Record<Status, Figure>;
  total: Figure;
}

/**
 * Every count of the scorecard as a ledger figure, citing the documents of the commitments it
 * counts (a count of nil rests on the whole list of commitments); zero is printed as a dash (nil).
 */
export function scorecardFigures(ledger: Ledger, m: CommitmentsMetrics, e: number, base: string[]): ScorecardFigures {
  const period = String(e);
  const decadeOf = (t: TrackedCommitment) => (t.commitment.year === null ? null : Math.floor(t.commitment.year / 10) * 10);
  const count = (indicator: string, entity: string, which: (t: TrackedCommitment) => boolean, derived: Figure[] = []) => {
    const counted = m.tracked.filter(which);
    const sources = [...new Set(counted.flatMap((t) => [...t.commitment.source, ...(t.latest?.source ?? [])]))].sort();
    return ledger.add({
      indicator,
      entity,
      period,
      value: counted.length,
      unit: 'commitments',
      source: (sources.length ? sources : base).join(';'),
      derived_from: derived.map((f) => f.id),
      text: counted.length === 0 ? '\u2013' : String(counted.length),
    });
  };
  const slug = (s: Status) => s.replace(/_/g, '-');
  const decadeName = (d: number | null) => (d === null ? 'year-not-identified' : `${d}s`);
  const byDecade = m.byDecade.map(
    ({ decade }) =>
      Object.fromEntries(
        STATUSES.map((s) => [
          s,
          count(INDICATORS.byDecadeStatus, `${decadeName(decade)}.${slug(s)}`, (t) => decadeOf(t) === decade && t.status === s),
        ]),
      ) as Record<Status, Figure>,
  );
  const decadeTotals = m.byDecade.map(({ decade }, i) =>
    count(
      INDICATORS.byDecade,
      decadeName(decade),
      (t) => decadeOf(t) === decade,
      STATUSES.map((s) => byDecade[i]![s]),
    ),
  );
  const byStatus = Object.fromEntries(
    STATUSES.map((s) => [
      s,
      count(
        INDICATORS.byStatus,
        slug(s),
        (t) => t.status === s,
        byDecade.map((d) => d[s]),
      ),
    ]),
  ) as Record<Status, Figure>;
  const total = count(
    INDICATORS.tracked,
    'all',
    () => true,
    STATUSES.map((s) => byStatus[s]),
  );
  return { byDecade, decadeTotals, byStatus, total };
}

/** Table 1: commitments by the decade they were made and by status. */
export function scorecardTable(
  number: number,
  m: CommitmentsMetrics,
  figs: ScorecardFigures,
  published: number,
  sourceLine: string,
): TableModel {
  const e = m.edition;
  return {
    id: 'commitments-scorecard-table',
    label: `Table ${number}.1`,
    caption: `Commitments by the decade in which they were made and by status as the sources record it, ${published} edition`,
    head: ['Decade made', ...STATUSES.map((s) => STATUS_LABELS[s]), 'Total'],
    rows: [
      ...m.byDecade.map((d, i) => ({
        label: d.decade === null ? 'Year not identified' : `${d.decade}s`,
        cells: [...STATUSES.map((s) => figs.byDecade[i]![s]), figs.decadeTotals[i]!],
      })),
      { label: 'Total', cells: [...STATUSES.map((s) => figs.byStatus[s]), figs.total] },
    ],
    source: sourceLine,
    notes: [
      `Status: what the latest document dated up to ${e} records; "no information" where no ` +
        `founding document records what happened, which does not mean that nothing did.`,
    ],
  };
}

/** Figure 1, the scorecard by status, with its data table; null when it is not drawn or nothing is tracked. */
export function scorecardChartModel(
  number: number,
  scorecardChart: RenderedChart | undefined,
  m: CommitmentsMetrics,
  figs: ScorecardFigures,
): ChartModel | null {
  return scorecardChart && m.all.total > 0
    ? {
        id: scorecardChart.id,
        label: `Figure ${number}.1`,
        title: scorecardChart.title,
        alt: scorecardChart.alt,
        svg: scorecardChart.svg,
        source: scorecardChart.source,
        table: {
          id: 'commitments-scorecard-data',
          label: '',
          caption: `Data for figure ${number}.1: commitments by status`,
          head: ['Status', 'Commitments'],
          rows: STATUSES.map((s) => ({ label: STATUS_LABELS[s], cells: [figs.byStatus[s]] })),
          source: scorecardChart.source,
          notes: [],
        },
      }
    : null;
}
