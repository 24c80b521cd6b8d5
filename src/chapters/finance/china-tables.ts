/** The tables of China's commitments: the data of the two figures, and the commitments by recipient group. */
import type { RenderedChart } from '../../charts/chart';
import { chartModel, type ChartModel, type TableModel } from '../../render/model';
import type { CommitmentFigures } from './china-figures';
import { GROUP_ABBR } from './china-text';
import { type FinanceMetrics, type GroupCommitments, groupsByKind } from './metrics';
import { FLOW_CLASSES } from './sums';

/** The source note of a table computed from the data set and M49. */
const computedFrom = (gcdfCitation: string) => `Source: calculations based on ${gcdfCitation}; regions and groups as in UNSD M49.`;

/** The figures' models, each with its data table; a figure not drawn is left out. */
export function commitmentCharts(
  number: number,
  charts: ReadonlyMap<string, RenderedChart>,
  m: FinanceMetrics,
  f: CommitmentFigures,
  gcdfCitation: string,
): ChartModel[] {
  const { totalFig, changeFig, flowFig, groupFig } = f;
  const { developing, developed, regions } = groupsByKind(m.groups);
  const computed = computedFrom(gcdfCitation);
  const chartModels: ChartModel[] = [];
  const flowsChart = charts.get('finance-flows');
  if (flowsChart) {
    chartModels.push(
      chartModel(flowsChart, `Figure ${number}.1`, {
        id: 'finance-flows-data',
        label: '',
        caption: `Data for figure ${number}.1: commitments by flow class, constant 2021 dollars`,
        head: [
          'Year',
          ...FLOW_CLASSES.map((f) => f.name),
          'Total',
          'Change on previous year (per cent)',
          'Of which to developing economies',
          'To developed economies',
        ],
        // The developing and developed series beside the total: the headline is the first of them.
        rows: m.byYear.map((yr) => ({
          label: String(yr.year),
          cells: [
            ...FLOW_CLASSES.map((f) => flowFig(f, yr.year)),
            totalFig(yr.year),
            changeFig(yr.year) ?? '..',
            ...[developing, developed].map((g) => (g ? groupFig(g, yr.year) : '..')),
          ],
        })),
        source: `Source: ${gcdfCitation}.`,
        notes: [],
      }),
    );
  }
  const regionChart = charts.get('finance-regions');
  if (regionChart) {
    chartModels.push(
      chartModel(regionChart, `Figure ${number}.2`, {
        id: 'finance-regions-data',
        label: '',
        caption: `Data for figure ${number}.2: commitments by region of the recipient, constant 2021 dollars`,
        head: ['Year', ...regions.map((g) => g.group.name)],
        rows: m.byYear.map((yr) => ({ label: String(yr.year), cells: regions.map((g) => groupFig(g, yr.year)) })),
        source: computed,
        notes: [],
      }),
    );
  }
  return chartModels;
}

/** The table of commitments by recipient group in the latest year `y` and over the `span`. */
export function groupsTable(
  number: number,
  m: FinanceMetrics,
  f: CommitmentFigures,
  gcdfCitation: string,
  y: number,
  span: string,
): TableModel {
  const { totalFig, groupFig, shareFig, cumulative, cumulativeShare, pct } = f;
  const { regions, development, status } = groupsByKind(m.groups);
  const computed = computedFrom(gcdfCitation);
  const row = (g: GroupCommitments) => ({
    label: g.group.kind !== 'status' ? g.group.name : GROUP_ABBR[g.group.id]!.replace(/^./, (c) => c.toUpperCase()),
    cells: [groupFig(g, y), shareFig(g, y), cumulative(g), cumulativeShare(g)],
  });
  return {
    id: 'finance-groups',
    label: `Table ${number}.1`,
    caption: `China\u2019s official finance commitments by recipient group, ${y} and ${span} (constant 2021 dollars)`,
    head: ['Recipient group', `Commitments, ${y}`, `Per cent of total, ${y}`, `Commitments, ${span}`, `Per cent of total, ${span}`],
    rows: [
      ...regions.map(row),
      {
        label: 'All recipients covered',
        cells: [
          totalFig(y),
          pct('china-commitments-share', 'all', y, m.byYear.find((yr) => yr.year === y)!.total > 0 ? 100 : null, [
            `china-commitments:all:${y}`,
          ]),
          cumulative(null),
          pct('china-commitments-cumulative-share', 'all', span, 100, [`china-commitments-cumulative:all:${span}`]),
        ],
      },
      ...development.map(row),
      ...status.map(row),
    ],
    source: computed,
    notes: [
      'Commitments, not disbursements, in constant 2021 United States dollars; China only. ' +
        'Regional and multi-country projects are not included.',
      'Regions: M49 region of the recipient. Developing and developed economies: the M49 flag of ' +
        '2020, under which all of Europe, Israel and the Russian Federation are developed. LDCs as ' +
        'listed by the United Nations in each year; LLDCs and SIDS as flagged in M49 (2020). ' +
        'Groups overlap with one another and with the regions, so they do not add to the total.',
    ],
  };
}
