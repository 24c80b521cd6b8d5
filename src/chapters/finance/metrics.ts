/** The finance chapter's metrics as of an edition: China's commitments by year and group, and the facts and decisions dated by then. */
import type { MetricsOptions } from '../chapter';
import type { Data, FundFact, G77Decision } from '../../validate/validate-data';
import { extent } from '../../metrics/extent';
import { ldcMembersIn } from '../../metrics/ldc-members';
import { oncePer } from '../../metrics/once-per';
import { yearOnYearBySeries } from '../../metrics/year-on-year';
import type { SeriesYear } from '../../metrics/series';
import { commitmentsByGroup, FLOW_CLASSES, type FlowClass, type RecipientGroup, recipientGroups, type YearTotals } from './sums';

/** A recipient group's commitments by year, and its part of the whole. */
export interface GroupCommitments {
  group: RecipientGroup;
  /** Total commitments to the group's members each year; 0 where none was recorded. */
  points: SeriesYear[];
  /** Per cent of all commitments in the latest year; null when the total is 0. */
  sharePct: number | null;
  /** Sum over the years covered. */
  cumulative: number;
  /** Per cent of all commitments over the years covered. */
  cumulativeSharePct: number | null;
}

/** The metrics of the finance chapter. */
export interface FinanceMetrics {
  edition: number;
  /** First and last year of the whole data set (2000 and 2021 for GCDF 3.0). */
  dataSpan: { from: number; to: number } | null;
  /** Years used as of the edition: from the first year of the data to the edition (or the data's end); null if none. */
  span: { from: number; to: number } | null;
  /** Totals by year with the year-on-year change of the total (`value` is the total). */
  total: SeriesYear[];
  byYear: YearTotals[];
  /** Per cent of the latest year's total in each flow class. */
  flowShares: Record<FlowClass, number | null>;
  /** Recipients with a commitment (of any class) in the latest year. */
  recipientsLatest: number;
  /** Recipients classed as developed (M49 2020) with a commitment in the years used, sorted by code. */
  developedRecipients: string[];
  groups: GroupCommitments[];
  /** Fund facts not dated after the edition (undated facts included, marked as such). */
  facts: FundFact[];
  /** Funds whose facts are dated after the edition and therefore left out. */
  laterFacts: string[];
  /** Decisions taken up to the edition. */
  decisions: G77Decision[];
}

/** `part` as a per cent of `whole`; null when the whole is 0. */
export function pctOf(part: number, whole: number): number | null {
  return whole === 0 ? null : (100 * part) / whole;
}

/**
 * Computes the finance chapter's metrics as of the edition: commitments after the edition year
 * are ignored, and so are fund facts dated after it and decisions taken after it.
 */
export function financeMetrics(data: Data, { edition }: MetricsOptions): FinanceMetrics {
  const rows = data.chinaFinance.rows;
  const all = allYears(data);
  const dataSpan = all.dataSpan;
  const span = dataSpan && dataSpan.from <= edition ? { from: dataSpan.from, to: Math.min(edition, dataSpan.to) } : null;
  const upToSpan = <T extends { year: number }>(xs: readonly T[]) => (span ? xs.filter((x) => x.year <= span.to) : []);
  const byYear = upToSpan(all.byYear);
  const total = upToSpan(all.changes.get('total') ?? []);
  const last = byYear[byYear.length - 1];
  const flowShares = Object.fromEntries(FLOW_CLASSES.map((f) => [f.id, last ? pctOf(last[f.id], last.total) : null])) as Record<
    FlowClass,
    number | null
  >;
  const recipientsLatest = span
    ? new Set(rows.filter((r) => r.year === span.to && r.oda_usd2021 + r.oof_usd2021 + r.vague_usd2021 > 0).map((r) => r.iso3)).size
    : 0;
  const developed = new Set(data.countries.rows.filter((c) => c.development === 'developed').map((c) => c.iso3));
  const developedRecipients = span
    ? [
        ...new Set(
          rows
            .filter((r) => r.year <= span.to && developed.has(r.iso3) && r.oda_usd2021 + r.oof_usd2021 + r.vague_usd2021 > 0)
            .map((r) => r.iso3),
        ),
      ].sort()
    : [];
  const grandTotal = byYear.reduce((a, y) => a + y.total, 0);
  const groups = span
    ? all.groups.map(({ group, byYear: allOwn }) => {
        const own = upToSpan(allOwn);
        const cumulative = own.reduce((a, y) => a + y.total, 0);
        return {
          group,
          points: upToSpan(all.changes.get(`group:${group.id}`) ?? []),
          sharePct: last ? pctOf(own[own.length - 1]!.total, last.total) : null,
          cumulative,
          cumulativeSharePct: pctOf(cumulative, grandTotal),
        };
      })
    : [];
  const facts = data.fundFacts.rows.filter((f) => f.as_of_year === null || f.as_of_year <= edition);
  const laterFacts = [...new Set(data.fundFacts.rows.filter((f) => f.as_of_year !== null && f.as_of_year > edition).map((f) => f.fund))];
  const decisions = data.g77Decisions.rows.filter((d) => d.year <= edition).sort((a, b) => a.year - b.year);
  return {
    edition,
    dataSpan,
    span,
    total,
    byYear,
    flowShares,
    recipientsLatest,
    developedRecipients,
    groups,
    facts,
    laterFacts,
    decisions,
  };
}

/**
 * Every year's commitments, in all and by recipient group, with their changes from one Arquero
 * pipeline: once per data set, as a build computes two editions. A year's total or change reads
 * no later year, so each edition keeps its years of these.
 */
const allYears = oncePer((data: Data) => {
  const rows = data.chinaFinance.rows;
  const years = extent(rows.map((r) => r.year));
  const dataSpan = years ? { from: years[0], to: years[1] } : null;
  const recipients = recipientGroups(data.countries.rows, (year) => ldcMembersIn(data.ldcMembership.rows, year));
  const sums = dataSpan
    ? commitmentsByGroup(rows, dataSpan.from, dataSpan.to, new Map([['', null], ...recipients.map((g) => [g.id, g.members] as const)]))
    : null;
  const byYear = sums?.get('') ?? [];
  const groups = sums ? recipients.map((group) => ({ group, byYear: sums.get(group.id)! })) : [];
  const changes = yearOnYearBySeries([
    ...byYear.map((y) => ({ series: 'total', year: y.year, value: y.total })),
    ...groups.flatMap(({ group, byYear: own }) => own.map((y) => ({ series: `group:${group.id}`, year: y.year, value: y.total }))),
  ]);
  const series = new Map(
    [...changes].map(([key, points]) => [
      key,
      points.map((p): SeriesYear => ({ year: p.year, value: p.value, change: p.change, pct_change: p.pct_change, rank: null })),
    ]),
  );
  return { dataSpan, byYear, groups, changes: series };
});

/** The metrics' recipient groups by kind, each in its order, and the developing and developed ones. */
export function groupsByKind(groups: readonly GroupCommitments[]) {
  return {
    developing: groups.find((g) => g.group.id === 'developing'),
    developed: groups.find((g) => g.group.id === 'developed'),
    regions: groups.filter((g) => g.group.kind === 'region'),
    development: groups.filter((g) => g.group.kind === 'development'),
    status: groups.filter((g) => g.group.kind === 'status'),
  };
}
