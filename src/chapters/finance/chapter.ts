import { commitmentsByFlowChart, commitmentsByRegionChart } from './charts';
import { defineChapter, type ChapterContext } from '../chapter';
import { FLOW_CLASSES, financeMetrics, type FinanceMetrics, type GroupCommitments } from './metrics';
import type { G77Decision } from '../../validate/validate-data';
import { formatMoneyMillions, formatNumber, formatUsdAsPublished } from '../../render/format';
import { chartModel, type ChapterBase, type ChartModel, type TableModel } from '../../render/model';
import type { Sentence } from '../../render/narrative';
import { commitmentSentence, developedSentence, partsList } from './narrative';
import { decisionAmount, decisionsTable, factsTable, shortDoc } from './tables';
import { citation } from '../../render/sources';
import { figureSeries } from '../../figures/figure-series';
import type { RichTable } from '../../render/rich-table';
import { markNumbers } from '../../render/mark-numbers';

const GCDF = 'aiddata-gcdf-3.0';
const M49 = 'un-m49-2020';
const UNIT = 'constant 2021 US dollars';

/** Indicator ids and their definitions, for the annex. */
const FINANCE_INDICATORS: Record<string, string> = {
  'china-commitments':
    'Official finance commitments of China to the recipients of a group (all; developing or ' +
    'developed economies by the M49 2020 flag; an M49 region; the LDCs of the year; LLDCs; ' +
    'SIDS), sum over the flow classes, constant 2021 US dollars (AidData GCDF 3.0). ' +
    'Commitments, not disbursements.',
  'china-commitments-change-pct': 'Per cent change of China\u2019s official finance commitments on the previous year (both years needed).',
  'china-commitments-oda': 'ODA-like official finance commitments of China, constant 2021 US dollars (AidData GCDF 3.0).',
  'china-commitments-oof': 'OOF-like official finance commitments of China, constant 2021 US dollars (AidData GCDF 3.0).',
  'china-commitments-vague':
    'Official finance commitments of China too vaguely described to class as ODA-like or ' +
    'OOF-like, constant 2021 US dollars (AidData GCDF 3.0).',
  'china-commitments-flow-share':
    'A flow class\u2019s commitments as a per cent of all China\u2019s official finance commitments in the year.',
  'china-commitments-share': 'Commitments to a recipient group as a per cent of all China\u2019s official finance commitments in the year.',
  'china-commitments-cumulative':
    'Sum of China\u2019s official finance commitments to a group over the years covered, constant 2021 US dollars.',
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
  const computed = `Source: calculations based on ${gcdfCitation}; regions and groups as in UNSD M49.`;
  const src = `${GCDF};${M49}`;
  const span = m.span ? `${m.span.from}-${m.span.to}` : '';

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
  const nameOf = (iso3: string) => data.countries.rows.find((c) => c.iso3 === iso3)?.name ?? iso3;
  const developing = m.groups.find((g) => g.group.id === 'developing');
  const developed = m.groups.find((g) => g.group.id === 'developed');
  const groupChange = (g: GroupCommitments, year: number) =>
    figureSeries(ledger, { indicator: 'china-commitments', entity: g.group.id, unit: UNIT, source: src, points: g.points }).pctChange(year);

  const summary: Sentence[] = [];
  const groupSentences: Sentence[] = [];
  const chartModels: ChartModel[] = [];
  let groupTable: TableModel | null = null;
  if (m.span) {
    const y = m.span.to;
    // The headline is what went to developing economies: the M49 2020 flag the rest of the report uses.
    if (developing && developed) {
      summary.push(
        commitmentSentence(
          'China\u2019s official finance commitments to developing economies, in constant 2021 dollars,',
          y,
          developing.points,
          groupFig(developing, y),
          groupChange(developing, y),
          t,
        ),
      );
      summary.push(
        developedSentence(
          y,
          groupFig(developed, y),
          groupFig(developed, y - 1),
          totalFig(y),
          changeFig(y),
          m.developedRecipients.map(nameOf).sort((a, b) => a.localeCompare(b, 'en')),
        ),
      );
    } else
      summary.push(
        commitmentSentence(
          'China\u2019s official finance commitments to the recipients covered, in constant 2021 dollars,',
          y,
          m.total,
          totalFig(y),
          changeFig(y),
          t,
        ),
      );
    const flowShares = FLOW_CLASSES.map((f) => ({
      name: f.id === 'vague' ? 'vague official finance' : f.name,
      share: pct('china-commitments-flow-share', f.id, y, m.flowShares[f.id], [
        `china-commitments-${f.id}:all:${y}`,
        `china-commitments:all:${y}`,
      ]),
    }));
    summary.push([`Of all the commitments of ${y}, to developed recipients included, `, ...partsList(flowShares, 'was', ''), '.']);
    summary.push([
      'They went to ',
      ledger.add({
        indicator: 'china-commitments-recipients',
        entity: 'all',
        period: String(y),
        value: m.recipientsLatest,
        unit: 'economies',
        source: GCDF,
        text: formatNumber(m.recipientsLatest, 0),
      }),
      ` recipient economies in ${y}.`,
    ]);
    const shareFig = (g: GroupCommitments) =>
      pct('china-commitments-share', g.group.id, y, g.sharePct, [`china-commitments:${g.group.id}:${y}`, `china-commitments:all:${y}`]);
    const regions = m.groups.filter((g) => g.group.kind === 'region');
    const development = m.groups.filter((g) => g.group.kind === 'development');
    const status = m.groups.filter((g) => g.group.kind === 'status');
    // M49 names as running text has them: "the Americas".
    const inText = (name: string) => (name === 'Americas' ? 'the Americas' : name);
    groupSentences.push([
      `Of the commitments of ${y}, by region of the recipient, `,
      ...partsList(
        regions.map((g) => ({ name: inText(g.group.name), share: shareFig(g) })),
        'went to',
        'to',
      ),
      '.',
    ]);
    const abbr: Record<string, string> = {
      ldc: 'least developed countries (LDCs)',
      lldc: 'landlocked developing countries (LLDCs)',
      sids: 'small island developing States (SIDS)',
    };
    const statusParts = status.map((g) => ({ name: abbr[g.group.id] ?? g.group.name, share: shareFig(g) }));
    groupSentences.push([
      `The ${statusParts
        .map((s) => s.name)
        .join(', ')
        .replace(/, ([^,]*)$/, ' and $1')} received, in that order, `,
      ...statusParts.flatMap((s, i) => [
        s.share,
        i === statusParts.length - 1 ? ' per cent' : i === statusParts.length - 2 ? ' per cent and ' : ' per cent, ',
      ]),
      ` of them; these groups overlap and each also belongs to the regions above.`,
    ]);

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
    const row = (g: GroupCommitments) => ({
      label: g.group.kind !== 'status' ? g.group.name : abbr[g.group.id]!.replace(/^./, (c) => c.toUpperCase()),
      cells: [groupFig(g, y), shareFig(g), cumulative(g), cumulativeShare(g)],
    });
    groupTable = {
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
    summary,
    groups: groupSentences,
    charts: chartModels,
    groupTable,
    gcdfCitation,
    facts,
    laterFacts: m.laterFacts.length ? m.laterFacts.map((f) => (f === 'PGTF' ? 'the PGTF' : `the ${f}`)).join(' and ') : null,
    decisions,
    unDecisions,
    decisionQuotes: m.decisions.map((d) => {
      const amount = d.amount_usd === null ? null : decisionAmount(ledger, d);
      const other = (value: number) =>
        ledger.add({
          indicator: 'g77-decision-quoted-amount',
          entity: `${d.id}.${value}`,
          period: String(d.year),
          value,
          unit: 'current US dollars',
          source: d.source.join(';'),
          text: formatUsdAsPublished(value),
        });
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
