/** The finance chapter's tables of published fund facts and of decisions on contributions. */
import type { Figure, Ledger } from '../../figures/ledger';
import type { Data, FundFact, G77Decision } from '../../validate/validate-data';
import { formatNumber, formatUsdAsPublished } from '../../render/format';
import { citation } from '../../render/sources';
import { cell, type RichTable } from '../../render/rich-table';
import { markNumbers } from '../../render/mark-numbers';

// The finance chapter's tables of published facts and of decisions, apart from its model so that
// the model reads in one screen: each is a pure function of the rows and the ledger.

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
function formatAsOf(f: Pick<FundFact, 'as_of' | 'dated'>): string {
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

export function factsTable(label: string, data: Data, ledger: Ledger, facts: FundFact[]): RichTable {
  const urlOf = (id: string) => data.sources.rows.find((s) => s.id === id)?.url ?? '';
  return {
    id: 'finance-fund-facts',
    label,
    caption: 'Published facts on the Pérez-Guerrero Trust Fund and the India-UN Development Partnership Fund',
    head: ['Fund', 'What', 'Figure', 'As of', 'The page\u2019s words', 'Published by'],
    rows: facts.map((f) => {
      const text = f.unit === 'USD' ? formatUsdAsPublished(f.value) : f.unit === 'year' ? String(f.value) : formatNumber(f.value, 0);
      const period = f.as_of_year === null ? 'undated' : String(f.as_of_year);
      const fig = ledger.add({
        indicator: 'fund-fact',
        entity: f.id,
        period,
        value: f.value,
        unit: f.unit === 'USD' ? 'current US dollars' : f.unit === 'year' ? 'calendar year' : 'count',
        source: f.source.join(';'),
        estimate: f.estimate,
        text: `${f.estimate ? 'about ' : ''}${text}`,
      });
      // Other numbers the page's words give with this one (e.g. a total beside a pledge).
      const other = (value: number) =>
        ledger.add({
          indicator: 'fund-fact-quoted',
          entity: `${f.id}.${value}`,
          period,
          value,
          unit: f.unit === 'USD' ? 'current US dollars' : 'count',
          source: f.source.join(';'),
          text: formatNumber(value, value % 1 === 0 ? 0 : 2),
        });
      return {
        label: f.fund,
        cells: [
          cell(METRICS[f.metric] ?? f.metric.replace(/_/g, ' ')),
          cell(fig),
          cell(formatAsOf(f)),
          cell([], markNumbers(f.quote, [fig], other)),
          cell(f.publisher),
        ],
      };
    }),
    source: `Sources: ` + `${[...new Set(facts.flatMap((f) => f.source))].map((id) => `${citation(data, id)} (${urlOf(id)})`).join('; ')}.`,
    notes: [
      'Single figures as each page states them, in dollars of the day (current dollars); not a ' +
        'series. "Undated": the page gives no date, so the figure may describe a time later than ' +
        'this edition; of two undated pages, the one with the lower counts is taken to be the ' +
        'earlier.',
      'About: the page hedges the figure ("about").',
    ],
  };
}

export function decisionAmount(ledger: Ledger, d: G77Decision): Figure {
  return ledger.add({
    indicator: 'g77-decision-amount',
    entity: d.id,
    period: String(d.year),
    value: d.amount_usd,
    unit: 'current US dollars',
    source: d.source.join(';'),
    text: formatUsdAsPublished(d.amount_usd),
  });
}

/** Another amount that a decision's words name besides its own, registered under the decision. */
export function decisionQuotedAmount(ledger: Ledger, d: G77Decision, value: number): Figure {
  return ledger.add({
    indicator: 'g77-decision-quoted-amount',
    entity: `${d.id}.${value}`,
    period: String(d.year),
    value,
    unit: 'current US dollars',
    source: d.source.join(';'),
    text: formatUsdAsPublished(value),
  });
}

export function decisionsTable(label: string, data: Data, ledger: Ledger, decisions: G77Decision[], by: string): RichTable {
  return {
    id: `finance-decisions${/United Nations/.test(by) ? '-un' : ''}`,
    label,
    caption: `Decisions, recommendations and proposals on contributions and funds for South-South cooperation ${by}`,
    head: ['Body', 'Meeting', 'Year', 'What was decided', 'Amount', 'Basis', 'Reference'],
    rows: decisions.map((d) => {
      const amount = d.amount_usd === null ? null : decisionAmount(ledger, d);
      const other = (value: number) => decisionQuotedAmount(ledger, d, value);
      const own = amount ? [amount] : [];
      return {
        label: d.body,
        cells: [
          cell(`${d.meeting}${d.place ? `, ${d.place}` : ''}`),
          cell(String(d.year)),
          // The quote goes under the table (decisionQuotes): in the cells it ran the table past a page.
          cell(markNumbers(d.decision, own, other)),
          amount ? cell(amount) : cell('..'),
          cell(d.amount_basis ?? ''),
          cell(`${shortDoc(d.source[0]!)}, ${d.source_ref}`),
        ],
      };
    }),
    source: `Sources: ${[...new Set(decisions.flatMap((d) => d.source))].map((id) => citation(data, id)).join('; ')}.`,
    notes: [
      'Two dots (..): the text names no amount. Amounts in dollars as the documents state them.',
      ...(decisions.some((d) => /South Summit/.test(d.body))
        ? ['The South Summit rows are its recommendations as the 2002 report summarises them, not the Summit\u2019s own text.']
        : []),
    ],
  };
}

/** A short name of a founding document for table cells; the source line gives the full citation. */
export function shortDoc(id: string): string {
  return (
    (
      {
        'sj-1997': 'San José 1997',
        'a-c2-54-l5': 'A/C.2/54/L.5',
        'sg-2002': 'Secretary-General 2002',
        'sc-2005': 'G-77/IFCC-XI/3',
        'ny-2007': 'Chair\u2019s Summary 2007',
      } as Record<string, string>
    )[id] ?? id
  );
}
