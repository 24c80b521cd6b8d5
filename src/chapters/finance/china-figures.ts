/** The ledger figures of China's commitments: amounts, per cents and changes, each registered with the text printed. */
import type { Ledger } from '../../figures/ledger';
import { figureSeries } from '../../figures/figure-series';
import { formatMoneyMillions, formatNumber } from '../../render/format';
import type { FinanceMetrics, GroupCommitments } from './metrics';
import type { FLOW_CLASSES } from './sums';

export const GCDF = 'aiddata-gcdf-3.0';
const M49 = 'un-m49-2020';
const UNIT = 'constant 2021 US dollars';

/** An amount in dollars as the chapter prints it: millions or billions, one decimal; a dash for nil. */
function money(usd: number | null): string {
  if (usd === 0) return '\u2013';
  return formatMoneyMillions(usd === null ? null : usd / 1e6);
}

/** The figure makers of China's commitments as of the edition; `span` is the years used, as "2000-2021". */
export function commitmentFigures(ledger: Ledger, m: FinanceMetrics, span: string) {
  const src = `${GCDF};${M49}`;
  const amount = (indicator: string, entity: string, period: string | number, value: number | null, derived: string[] = []) =>
    ledger.add({
      indicator,
      entity,
      period: String(period),
      value,
      unit: UNIT,
      source: entity === 'all' ? GCDF : src,
      derived_from: derived,
      text: money(value),
    });
  const pct = (indicator: string, entity: string, period: string | number, value: number | null, derived: string[]) =>
    ledger.add({
      indicator,
      entity,
      period: String(period),
      value,
      unit: 'per cent',
      source: src,
      derived_from: derived,
      text: formatNumber(value),
    });
  const totalFig = (year: number) => amount('china-commitments', 'all', year, m.total.find((p) => p.year === year)?.value ?? null);
  // The total's change is of all recipients, so its source is the data set alone, as the total's is.
  const changeFig = (year: number) =>
    figureSeries(ledger, { indicator: 'china-commitments', entity: 'all', unit: UNIT, source: GCDF, points: m.total }).pctChange(year);
  const flowFig = (flow: (typeof FLOW_CLASSES)[number], year: number) =>
    amount(`china-commitments-${flow.id}`, 'all', year, m.byYear.find((y) => y.year === year)?.[flow.id] ?? null);
  const groupFig = (g: GroupCommitments, year: number) =>
    amount('china-commitments', g.group.id, year, g.points.find((p) => p.year === year)?.value ?? null);
  const groupChange = (g: GroupCommitments, year: number) =>
    figureSeries(ledger, { indicator: 'china-commitments', entity: g.group.id, unit: UNIT, source: src, points: g.points }).pctChange(year);
  const shareFig = (g: GroupCommitments, y: number) =>
    pct('china-commitments-share', g.group.id, y, g.sharePct, [`china-commitments:${g.group.id}:${y}`, `china-commitments:all:${y}`]);
  const cumulative = (g: GroupCommitments | null) =>
    amount(
      'china-commitments-cumulative',
      g ? g.group.id : 'all',
      span,
      g ? g.cumulative : m.byYear.reduce((a, yr) => a + yr.total, 0),
      m.byYear.map((yr) => `china-commitments:${g ? g.group.id : 'all'}:${yr.year}`),
    );
  const cumulativeShare = (g: GroupCommitments) =>
    pct('china-commitments-cumulative-share', g.group.id, span, g.cumulativeSharePct, [
      `china-commitments-cumulative:${g.group.id}:${span}`,
      `china-commitments-cumulative:all:${span}`,
    ]);
  return { pct, totalFig, changeFig, flowFig, groupFig, groupChange, shareFig, cumulative, cumulativeShare };
}

/** What `commitmentFigures` returns. */
export type CommitmentFigures = ReturnType<typeof commitmentFigures>;
