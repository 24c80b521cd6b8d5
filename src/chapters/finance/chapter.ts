/** The finance chapter: its model, which puts China's commitments, the fund facts and the decisions together, and its spec. */
import { commitmentsByFlowChart, commitmentsByRegionChart } from './charts';
import { defineChapter, type ChapterContext } from '../chapter';
import { financeMetrics, type FinanceMetrics } from './metrics';
import type { G77Decision } from '../../validate/validate-data';
import type { ChapterBase, ChartModel, TableModel } from '../../render/model';
import type { Sentence } from '../../render/narrative';
import { decisionAmount, decisionQuotedAmount, decisionsTable, factsTable, shortDoc } from './tables';
import { citation } from '../../render/sources';
import type { RichTable } from '../../render/rich-table';
import { markNumbers } from '../../render/mark-numbers';
import { commitmentFigures, GCDF } from './china-figures';
import { commitmentSentences } from './china-text';
import { commitmentCharts, groupsTable } from './china-tables';
import { FINANCE_INDICATORS } from './indicators';

/** The finance chapter's part of the report model. */
export interface FinanceChapter extends ChapterBase {
  edition: number;
  hasData: boolean;
  dataFrom: number | null;
  dataTo: number | null;
  span: string;
  summary: Sentence[];
  groups: Sentence[];
  charts: ChartModel[];
  groupTable: TableModel | null;
  gcdfCitation: string;
  facts: RichTable | null;
  laterFacts: string | null;
  decisions: RichTable | null;
  unDecisions: RichTable | null;
  /** The documents' own words for each decision, printed after the table. */
  decisionQuotes: { body: string; year: number; text: Sentence; ref: string }[];
  paid: Sentence | null;
  showSouthCentre2005: boolean;
  commitmentsChapter: boolean;
}

/**
 * The chapter on finance for cooperation: China's official finance commitments (the only
 * Southern provider with open data), the published facts on the South-South trust funds, and the
 * decisions on contributions. Every number it prints is registered in the ledger here.
 */
function financeChapter({
  number,
  data,
  metrics: m,
  charts,
  ledger,
  thresholds: t,
  metricsOf,
}: ChapterContext<FinanceMetrics>): FinanceChapter {
  const e = m.edition;
  const gcdfCitation = citation(data, GCDF);
  const span = m.span ? `${m.span.from}-${m.span.to}` : '';
  const f = commitmentFigures(ledger, m, span);
  const y = m.span?.to;
  // The sentences, then the figures' data, then the table: the order in which their figures are registered.
  const text = y === undefined ? { summary: [], groups: [] } : commitmentSentences(data, ledger, m, f, t, y);
  const chartModels: ChartModel[] = y === undefined ? [] : commitmentCharts(number, charts, m, f, gcdfCitation);
  const groupTable: TableModel | null = y === undefined ? null : groupsTable(number, m, f, gcdfCitation, y, span);

  // Tables are numbered in the order printed; a table with no rows as of the edition is not printed.
  let tables = groupTable ? 1 : 0;
  const facts = m.facts.length === 0 ? null : factsTable(`Table ${number}.${++tables}`, data, ledger, m.facts);
  // Two tables, by who decided: one would run past a page.
  const byUn = (d: G77Decision) => /^United Nations/.test(d.body);
  const southern = m.decisions.filter((d) => !byUn(d));
  const un = m.decisions.filter(byUn);
  const decisions =
    southern.length === 0
      ? null
      : decisionsTable(`Table ${number}.${++tables}`, data, ledger, southern, 'by the Group of 77 and the South Centre');
  const unDecisions = un.length === 0 ? null : decisionsTable(`Table ${number}.${++tables}`, data, ledger, un, 'by United Nations bodies');
  const perMember = m.decisions.filter((d) => d.amount_basis === 'per member per year' && d.amount_usd !== null);
  const paid: Sentence | null =
    perMember.length === 0
      ? null
      : [
          'No document or data set available to this report records whether members paid ',
          ...perMember.flatMap((d, i) => [
            i === 0 ? 'the ' : ' or the ',
            decisionAmount(ledger, d),
            ` a year ${/^recommended/i.test(d.decision) ? 'recommended' : 'asked for'} at ${d.place ?? d.meeting} in ${d.year}`,
          ]),
          ', nor how many did.',
        ];

  return {
    id: 'finance',
    number,
    title: 'Finance for cooperation',
    partial: 'chapter-finance',
    edition: e,
    hasData: m.span !== null,
    dataFrom: m.dataSpan?.from ?? null,
    dataTo: m.dataSpan?.to ?? null,
    span,
    summary: text.summary,
    groups: text.groups,
    charts: chartModels,
    groupTable,
    gcdfCitation,
    facts,
    laterFacts: m.laterFacts.length ? m.laterFacts.map((f) => (f === 'PGTF' ? 'the PGTF' : `the ${f}`)).join(' and ') : null,
    decisions,
    unDecisions,
    decisionQuotes: m.decisions.map((d) => {
      const amount = d.amount_usd === null ? null : decisionAmount(ledger, d);
      const other = (value: number) => decisionQuotedAmount(ledger, d, value);
      return {
        body: d.body,
        year: d.year,
        text: markNumbers(d.quote, amount ? [amount] : [], other),
        ref: `${shortDoc(d.source[0]!)}, ${d.source_ref}`,
      };
    }),
    paid,
    showSouthCentre2005: e >= 2005,
    commitmentsChapter: metricsOf('commitments') !== undefined,
  };
}

/** Chapter: finance for cooperation. */
export const financeChapterSpec = defineChapter({
  id: 'finance',
  indicators: FINANCE_INDICATORS,
  metrics: (data, options) => financeMetrics(data, options),
  charts: (data, m) => {
    const source = `Source: ${citation(data, GCDF)}.`;
    const regionSource = `Source: calculations based on ${citation(data, GCDF)}; regions as in UNSD M49.`;
    return [commitmentsByFlowChart(m, source), commitmentsByRegionChart(m, regionSource)].filter((c) => c !== null);
  },
  model: financeChapter,
});
