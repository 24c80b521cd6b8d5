import { commitmentsByFlowChart, commitmentsByRegionChart } from './charts';
import { defineChapter, type ChapterContext } from '../chapter';
import type { Figure, Ledger } from '../../figures/ledger';
import { FLOW_CLASSES, financeMetrics, type FinanceMetrics, type GroupCommitments } from './metrics';
import type { Data, FundFact, G77Decision } from '../../validate/validate-data';
import { formatChange, formatMoneyMillions, formatNumber, formatUsdAsPublished } from '../../render/format';
import { chartModel, type ChapterBase, type ChartModel, type TableModel } from '../../render/model';
import type { Sentence } from '../../render/narrative';
import { commitmentSentence, partsList } from './narrative';
import { citation } from '../../render/sources';
import { figureSeries } from '../../figures/figure-series';
import { cell, type RichTable } from '../../render/rich-table';
import { markNumbers } from '../../render/mark-numbers';

const GCDF = 'aiddata-gcdf-3.0';
const M49 = 'un-m49-2020';
const UNIT = 'constant 2021 US dollars';

/** Indicator ids and their definitions, for the annex. */
export const FINANCE_INDICATORS: Record<string, string> = {
  'china-commitments': 'Official finance commitments of China to the recipients of a group (all, an M49 region, LDCs, LLDCs, SIDS), sum over the flow classes, constant 2021 US dollars (AidData GCDF 3.0). Commitments, not disbursements.',
  'china-commitments-change-pct': 'Per cent change of China\u2019s official finance commitments on the previous year (both years needed).',
  'china-commitments-oda': 'ODA-like official finance commitments of China, constant 2021 US dollars (AidData GCDF 3.0).',
  'china-commitments-oof': 'OOF-like official finance commitments of China, constant 2021 US dollars (AidData GCDF 3.0).',
  'china-commitments-vague': 'Official finance commitments of China too vaguely described to class as ODA-like or OOF-like, constant 2021 US dollars (AidData GCDF 3.0).',
  'china-commitments-flow-share': 'A flow class\u2019s commitments as a per cent of all China\u2019s official finance commitments in the year.',
  'china-commitments-share': 'Commitments to a recipient group as a per cent of all China\u2019s official finance commitments in the year.',
  'china-commitments-cumulative': 'Sum of China\u2019s official finance commitments to a group over the years covered, constant 2021 US dollars.',
  'china-commitments-cumulative-share': 'Commitments to a group over the years covered as a per cent of all commitments over those years.',
  'china-commitments-recipients': 'Recipient economies with an official finance commitment from China in the year.',
  'fund-fact': 'A figure published about a South-South trust fund, as the page states it, with its date where the page gives one.',
  'fund-fact-quoted': 'Another number that the words quoted for a fund fact give beside it.',
  'g77-decision-quoted-amount': 'An amount a decision\u2019s words name besides its own amount.',
  'g77-decision-amount': 'Amount named in a decision, recommendation or proposal on contributions or funds, US dollars as stated.',
};

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

/** An amount in dollars as the chapter prints it: millions or billions, one decimal; a dash for nil. */
function money(usd: number | null): string {
  if (usd === 0) return '\u2013';
  return formatMoneyMillions(usd === null ? null : usd / 1e6);
}

/**
 * The chapter on finance for cooperation: China's official finance commitments (the only
 * Southern provider with open data), the published facts on the South-South trust funds, and the
 * decisions on contributions. Every number it prints is registered in the ledger here.
 */
export function financeChapter({ number, data, metrics: m, charts, ledger, thresholds: t, metricsOf }: ChapterContext<FinanceMetrics>): FinanceChapter {
  const e = m.edition;
  const gcdfCitation = citation(data, GCDF);
  const computed = `Source: calculations based on ${gcdfCitation}; regions and groups as in UNSD M49.`;
  const src = `${GCDF};${M49}`;
  const span = m.span ? `${m.span.from}-${m.span.to}` : '';

  const amount = (indicator: string, entity: string, period: string | number, value: number | null, derived: string[] = []) =>
    ledger.add({ indicator, entity, period: String(period), value, unit: UNIT, source: entity === 'all' ? GCDF : src, derived_from: derived, text: money(value) });
  const pct = (indicator: string, entity: string, period: string | number, value: number | null, derived: string[]) =>
    ledger.add({ indicator, entity, period: String(period), value, unit: 'per cent', source: src, derived_from: derived, text: formatNumber(value) });
  const totalFig = (year: number) => amount('china-commitments', 'all', year, m.total.find((p) => p.year === year)?.value ?? null);
  // The total's change is of all recipients, so its source is the data set alone, as the total's is.
  const changeFig = (year: number) => figureSeries(ledger, { indicator: 'china-commitments', entity: 'all', unit: UNIT, source: GCDF, points: m.total }).pctChange(year);
  const flowFig = (flow: (typeof FLOW_CLASSES)[number], year: number) => amount(`china-commitments-${flow.id}`, 'all', year, m.byYear.find((y) => y.year === year)?.[flow.id] ?? null);
  const groupFig = (g: GroupCommitments, year: number) => amount('china-commitments', g.group.id, year, g.points.find((p) => p.year === year)?.value ?? null);

  const summary: Sentence[] = [];
  const groupSentences: Sentence[] = [];
  const chartModels: ChartModel[] = [];
  let groupTable: TableModel | null = null;
  if (m.span) {
    const y = m.span.to;
    summary.push(commitmentSentence('China\u2019s official finance commitments to the recipients covered, in constant 2021 dollars,', y, m.total, totalFig(y), changeFig(y), t));
    const flowShares = FLOW_CLASSES.map((f) => ({
      name: f.id === 'vague' ? 'vague official finance' : f.name,
      share: pct('china-commitments-flow-share', f.id, y, m.flowShares[f.id], [`china-commitments-${f.id}:all:${y}`, `china-commitments:all:${y}`]),
    }));
    summary.push([`Of the commitments of ${y}, `, ...partsList(flowShares, 'was', ''), '.']);
    summary.push([
      'They went to ',
      ledger.add({ indicator: 'china-commitments-recipients', entity: 'all', period: String(y), value: m.recipientsLatest, unit: 'economies', source: GCDF, text: formatNumber(m.recipientsLatest, 0) }),
      ` recipient economies in ${y}.`,
    ]);
    const shareFig = (g: GroupCommitments) => pct('china-commitments-share', g.group.id, y, g.sharePct, [`china-commitments:${g.group.id}:${y}`, `china-commitments:all:${y}`]);
    const regions = m.groups.filter((g) => g.group.kind === 'region');
    const status = m.groups.filter((g) => g.group.kind === 'status');
    // M49 names as running text has them: "the Americas".
    const inText = (name: string) => (name === 'Americas' ? 'the Americas' : name);
    groupSentences.push([`Of the commitments of ${y}, by region of the recipient, `, ...partsList(regions.map((g) => ({ name: inText(g.group.name), share: shareFig(g) })), 'went to', 'to'), '.']);
    const abbr: Record<string, string> = { ldc: 'least developed countries (LDCs)', lldc: 'landlocked developing countries (LLDCs)', sids: 'small island developing States (SIDS)' };
    const statusParts = status.map((g) => ({ name: abbr[g.group.id] ?? g.group.name, share: shareFig(g) }));
    groupSentences.push([
      `The ${statusParts.map((s) => s.name).join(', ').replace(/, ([^,]*)$/, ' and $1')} received, in that order, `,
      ...statusParts.flatMap((s, i) => [s.share, i === statusParts.length - 1 ? ' per cent' : i === statusParts.length - 2 ? ' per cent and ' : ' per cent, ']),
      ` of them; these groups overlap and each also belongs to the regions above.`,
    ]);

    const flowsChart = charts.get('finance-flows');
    if (flowsChart) {
      chartModels.push(chartModel(flowsChart, `Figure ${number}.1`, {
        id: 'finance-flows-data', label: '', caption: `Data for figure ${number}.1: commitments by flow class, constant 2021 dollars`,
        head: ['Year', ...FLOW_CLASSES.map((f) => f.name), 'Total', 'Change on previous year (per cent)'],
        rows: m.byYear.map((yr) => ({ label: String(yr.year), cells: [...FLOW_CLASSES.map((f) => flowFig(f, yr.year)), totalFig(yr.year), changeFig(yr.year) ?? '..'] })),
        source: `Source: ${gcdfCitation}.`, notes: [],
      }));
    }
    const regionChart = charts.get('finance-regions');
    if (regionChart) {
      chartModels.push(chartModel(regionChart, `Figure ${number}.2`, {
        id: 'finance-regions-data', label: '', caption: `Data for figure ${number}.2: commitments by region of the recipient, constant 2021 dollars`,
        head: ['Year', ...regions.map((g) => g.group.name)],
        rows: m.byYear.map((yr) => ({ label: String(yr.year), cells: regions.map((g) => groupFig(g, yr.year)) })),
        source: computed, notes: [],
      }));
    }
    const cumulative = (g: GroupCommitments | null) =>
      amount('china-commitments-cumulative', g ? g.group.id : 'all', span, g ? g.cumulative : m.byYear.reduce((a, yr) => a + yr.total, 0),
        m.byYear.map((yr) => `china-commitments:${g ? g.group.id : 'all'}:${yr.year}`));
    const cumulativeShare = (g: GroupCommitments) => pct('china-commitments-cumulative-share', g.group.id, span, g.cumulativeSharePct, [`china-commitments-cumulative:${g.group.id}:${span}`, `china-commitments-cumulative:all:${span}`]);
    const row = (g: GroupCommitments) => ({ label: g.group.kind === 'region' ? g.group.name : abbr[g.group.id]!.replace(/^./, (c) => c.toUpperCase()), cells: [groupFig(g, y), shareFig(g), cumulative(g), cumulativeShare(g)] });
    groupTable = {
      id: 'finance-groups', label: `Table ${number}.1`,
      caption: `China\u2019s official finance commitments by recipient group, ${y} and ${span} (constant 2021 dollars)`,
      head: ['Recipient group', `Commitments, ${y}`, `Per cent of total, ${y}`, `Commitments, ${span}`, `Per cent of total, ${span}`],
      rows: [
        ...regions.map(row),
        { label: 'All recipients covered', cells: [totalFig(y), pct('china-commitments-share', 'all', y, m.byYear.find((yr) => yr.year === y)!.total > 0 ? 100 : null, [`china-commitments:all:${y}`]), cumulative(null), pct('china-commitments-cumulative-share', 'all', span, 100, [`china-commitments-cumulative:all:${span}`])] },
        ...status.map(row),
      ],
      source: computed,
      notes: [
        'Commitments, not disbursements, in constant 2021 United States dollars; China only. Regional and multi-country projects are not included.',
        'Regions: M49 region of the recipient. LDCs, LLDCs and SIDS as flagged in the M49 table used; they overlap with one another and with the regions, so they do not add to the total.',
      ],
    };
  }

  // Tables are numbered in the order printed; a table with no rows as of the edition is not printed.
  let tables = groupTable ? 1 : 0;
  const facts = m.facts.length === 0 ? null : factsTable(`Table ${number}.${++tables}`, data, ledger, m.facts);
  // Two tables, by who decided: one would run past a page.
  const byUn = (d: G77Decision) => /^United Nations/.test(d.body);
  const southern = m.decisions.filter((d) => !byUn(d));
  const un = m.decisions.filter(byUn);
  const decisions = southern.length === 0 ? null : decisionsTable(`Table ${number}.${++tables}`, data, ledger, southern, 'by the Group of 77 and the South Centre');
  const unDecisions = un.length === 0 ? null : decisionsTable(`Table ${number}.${++tables}`, data, ledger, un, 'by United Nations bodies');
  const perMember = m.decisions.filter((d) => d.amount_basis === 'per member per year' && d.amount_usd !== null);
  const paid: Sentence | null = perMember.length === 0 ? null : [
    'No document or data set available to this report records whether members paid ',
    ...perMember.flatMap((d, i) => [
      i === 0 ? 'the ' : ' or the ',
      decisionAmount(ledger, d),
      ` a year ${/^recommended/i.test(d.decision) ? 'recommended' : 'asked for'} at ${d.place ?? d.meeting} in ${d.year}`,
    ]),
    ', nor how many did.',
  ];

  return {
    id: 'finance', number, title: 'Finance for cooperation', partial: 'chapter-finance', edition: e,
    hasData: m.span !== null, dataFrom: m.dataSpan?.from ?? null, dataTo: m.dataSpan?.to ?? null, span,
    summary, groups: groupSentences, charts: chartModels, groupTable, gcdfCitation,
    facts, laterFacts: m.laterFacts.length ? m.laterFacts.map((f) => (f === 'PGTF' ? 'the PGTF' : `the ${f}`)).join(' and ') : null,
    decisions,
    unDecisions,
    decisionQuotes: m.decisions.map((d) => {
      const amount = d.amount_usd === null ? null : decisionAmount(ledger, d);
      const other = (value: number) => ledger.add({ indicator: 'g77-decision-quoted-amount', entity: `${d.id}.${value}`, period: String(d.year), value, unit: 'current US dollars', source: d.source.join(';'), text: formatUsdAsPublished(value) });
      return { body: d.body, year: d.year, text: markNumbers(d.quote, amount ? [amount] : [], other), ref: `${shortDoc(d.source[0]!)}, ${d.source_ref}` };
    }),
    paid, showSouthCentre2005: e >= 2005, commitmentsChapter: metricsOf('commitments') !== undefined,
  };
}

const METRICS: Record<string, string> = {
  year_established: 'Year established',
  capital_endowment: 'Capital endowment',
  member_states_contributing_to_date: 'Member States that have contributed, to date',
  projects_funded_to_date: 'Projects funded, to date',
  project_support_total_to_date: 'Support to projects, total to date',
  g77_countries_benefiting_to_date: 'G-77 countries benefiting, to date',
  typical_grant_per_project: 'Contribution per project',
  countries_benefiting_to_date: 'Countries benefiting, to date',
  multi_year_pledge: 'Multi-year pledge',
  contributions_to_date: 'Contribution to approved projects, to date',
  projects_approved_to_date: 'Projects and proposals approved, to date',
  tranche_paid: 'Tranche handed over',
  pledge_announced: 'Multi-year contribution announced',
  contribution_in_year: 'Contribution in the year',
  commonwealth_window_pledge: 'Commonwealth window launched',
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2018-07-26" → "26 July 2018", "2018-04 (CHOGM)" → "April 2018 (CHOGM)", undated pages say so. */
export function formatAsOf(f: Pick<FundFact, 'as_of' | 'dated'>): string {
  if (!f.dated || f.as_of === null) {
    const which = f.as_of && /\((earlier|later)\)/.exec(f.as_of)?.[1];
    return which ? `undated (the ${which} of two pages)` : 'undated';
  }
  const full = /^(\d{4})-(\d{2})-(\d{2})(.*)$/.exec(f.as_of);
  if (full) return `${Number(full[3])} ${MONTHS[Number(full[2]) - 1]} ${full[1]}${full[4]}`;
  const month = /^(\d{4})-(\d{2})(.*)$/.exec(f.as_of);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}${month[3]}`;
  return f.as_of;
}

function factsTable(label: string, data: Data, ledger: Ledger, facts: FundFact[]): RichTable {
  return {
    id: 'finance-fund-facts', label,
    caption: 'Published facts on the Pérez-Guerrero Trust Fund and the India-UN Development Partnership Fund',
    head: ['Fund', 'What', 'Figure', 'As of', 'The page\u2019s words', 'Published by'],
    rows: facts.map((f) => {
      const text = f.unit === 'USD' ? formatUsdAsPublished(f.value) : f.unit === 'year' ? String(f.value) : formatNumber(f.value, 0);
      const period = f.as_of_year === null ? 'undated' : String(f.as_of_year);
      const fig = ledger.add({
        indicator: 'fund-fact', entity: f.id, period, value: f.value,
        unit: f.unit === 'USD' ? 'current US dollars' : f.unit === 'year' ? 'calendar year' : 'count', source: f.source.join(';'), estimate: f.estimate,
        text: `${f.estimate ? 'about ' : ''}${text}`,
      });
      // Other numbers the page's words give with this one (e.g. a total beside a pledge).
      const other = (value: number) => ledger.add({ indicator: 'fund-fact-quoted', entity: `${f.id}.${value}`, period, value, unit: f.unit === 'USD' ? 'current US dollars' : 'count', source: f.source.join(';'), text: formatNumber(value, value % 1 === 0 ? 0 : 2) });
      return { label: f.fund, cells: [cell(METRICS[f.metric] ?? f.metric.replace(/_/g, ' ')), cell(fig), cell(formatAsOf(f)), cell([], markNumbers(f.quote, [fig], other)), cell(f.publisher)] };
    }),
    source: `Sources: ${[...new Set(facts.flatMap((f) => f.source))].map((id) => `${citation(data, id)} (${data.sources.rows.find((s) => s.id === id)?.url ?? ''})`).join('; ')}.`,
    notes: [
      'Single figures as each page states them, in dollars of the day (current dollars); not a series. "Undated": the page gives no date, so the figure may describe a time later than this edition; of two undated pages, the one with the lower counts is taken to be the earlier.',
      'About: the page hedges the figure ("about").',
    ],
  };
}

function decisionAmount(ledger: Ledger, d: G77Decision): Figure {
  return ledger.add({
    indicator: 'g77-decision-amount', entity: d.id, period: String(d.year), value: d.amount_usd, unit: 'current US dollars',
    source: d.source.join(';'), text: formatUsdAsPublished(d.amount_usd),
  });
}

function decisionsTable(label: string, data: Data, ledger: Ledger, decisions: G77Decision[], by: string): RichTable {
  return {
    id: `finance-decisions${/United Nations/.test(by) ? '-un' : ''}`, label,
    caption: `Decisions, recommendations and proposals on contributions and funds for South-South cooperation ${by}`,
    head: ['Body', 'Meeting', 'Year', 'What was decided', 'Amount', 'Basis', 'Reference'],
    rows: decisions.map((d) => {
      const amount = d.amount_usd === null ? null : decisionAmount(ledger, d);
      const other = (value: number) => ledger.add({ indicator: 'g77-decision-quoted-amount', entity: `${d.id}.${value}`, period: String(d.year), value, unit: 'current US dollars', source: d.source.join(';'), text: formatUsdAsPublished(value) });
      const own = amount ? [amount] : [];
      return {
        label: d.body,
        cells: [
          cell(`${d.meeting}${d.place ? `, ${d.place}` : ''}`), cell(String(d.year)),
          // The quote goes under the table (decisionQuotes): in the cells it ran the table past a page.
          cell(markNumbers(d.decision, own, other)),
          amount ? cell(amount) : cell('..'), cell(d.amount_basis ?? ''), cell(`${shortDoc(d.source[0]!)}, ${d.source_ref}`),
        ],
      };
    }),
    source: `Sources: ${[...new Set(decisions.flatMap((d) => d.source))].map((id) => citation(data, id)).join('; ')}.`,
    notes: [
      'Two dots (..): the text names no amount. Amounts in dollars as the documents state them.',
      ...(decisions.some((d) => /South Summit/.test(d.body)) ? ['The South Summit rows are its recommendations as the 2002 report summarises them, not the Summit\u2019s own text.'] : []),
    ],
  };
}

/** A short name of a founding document for table cells; the source line gives the full citation. */
function shortDoc(id: string): string {
  return ({ 'sj-1997': 'San José 1997', 'a-c2-54-l5': 'A/C.2/54/L.5', 'sg-2002': 'Secretary-General 2002', 'sc-2005': 'G-77/IFCC-XI/3', 'ny-2007': 'Chair\u2019s Summary 2007' } as Record<string, string>)[id] ?? id;
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
