import type { TopLevelSpec } from 'vega-lite';
import type { CommitmentsMetrics, Status } from './metrics';
import { STATUSES } from '../../validate/schemas/commitment-status';
import { baseSpec } from '../../charts/base-spec';
import type { ChartDef } from '../../charts/chart';
import { CHART_FONT_SIZE, SERIES_TEXT_COLOURS } from '../../charts/theme';

/** How the report names each status, in tables, charts and sentences. */
export const STATUS_LABELS: Record<Status, string> = {
  carried_out: 'Carried out',
  partly: 'Partly carried out',
  not_carried_out: 'Not carried out',
  no_information: 'No information',
};

/**
 * One colour per status, each at least 4.5:1 on white and told apart without red and green
 * (the theme's series hues dark enough for text: blue, orange and purple, and grey for no information); the bars are labelled
 * on the axis too, so colour is never the only cue.
 */
const STATUS_COLOURS: Record<Status, string> = {
  carried_out: SERIES_TEXT_COLOURS[0]!,
  partly: SERIES_TEXT_COLOURS[1]!,
  not_carried_out: SERIES_TEXT_COLOURS[2]!,
  no_information: '#595959',
};

/**
 * The text alternative of a bar chart of counts, from its data.
 *
 * @example describeBars('commitments by status', [{ label: 'Carried out', count: 5 }])
 *   // "Horizontal bar chart of commitments by status, 1 bar. Carried out: 5."
 */
function describeBars(what: string, bars: { label: string; count: number }[]): string {
  const parts = bars.map((b) => `${b.label}: ${b.count}`);
  return `Horizontal bar chart of ${what}, ${bars.length} bar${bars.length === 1 ? '' : 's'}. ${parts.join('; ')}.`;
}

/** The scorecard: how many of the commitments tracked each status counts, as of the edition. */
export function commitmentsScorecardChart(m: CommitmentsMetrics, source: string, publication: number): ChartDef {
  const bars = STATUSES.map((s) => ({ label: STATUS_LABELS[s], count: m.all.counts[s] }));
  const alt = describeBars(`the ${m.all.total} commitments tracked, by status as recorded in sources dated up to ${m.edition}`, bars);
  const labels = STATUSES.map((s) => STATUS_LABELS[s]);
  const spec: TopLevelSpec = {
    ...baseSpec(alt, 360, { step: 26 }),
    data: { values: bars.map((b) => ({ status: b.label, count: b.count })) },
    encoding: {
      y: { field: 'status', type: 'nominal', sort: labels, title: null, axis: { labelLimit: 200, ticks: false } },
      x: {
        field: 'count',
        type: 'quantitative',
        title: 'Number of commitments',
        scale: { domainMin: 0, nice: true },
        axis: { format: 'd', tickMinStep: 1 },
      },
    },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          color: {
            field: 'status',
            type: 'nominal',
            scale: { domain: labels, range: STATUSES.map((s) => STATUS_COLOURS[s]) },
            legend: null,
          },
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, color: '#1a1a1a', fontSize: CHART_FONT_SIZE },
        encoding: { text: { field: 'count', type: 'quantitative', format: 'd' } },
      },
    ],
  };
  return {
    id: 'commitments-scorecard',
    title: `Commitments by status as the sources record it, ${publication} edition`,
    source,
    alt,
    spec,
  };
}
