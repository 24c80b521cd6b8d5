import { barLabel, tcdcAmountsChart, tcdcGdpShareChart } from './charts';
import { defineChapter, type ChapterContext } from '../chapter';
import type { Figure } from '../../figures/ledger';
import { tcdcMetrics, type TcdcMetrics, type TcdcRow } from './metrics';
import { formatMoneyMillions, formatNumber, formatUsdAsPublished } from '../../render/format';
import { chartModel, type ChapterBase, type ChartModel, type TableModel } from '../../render/model';
import type { Sentence } from '../../render/narrative';
import { citation } from '../../render/sources';
import { cell, type RichTable } from '../../render/rich-table';
import { markNumbers } from '../../render/mark-numbers';

const GDP = 'wdi-gdp-2026';

/** Indicator ids and their definitions, for the annex. */
const TCDC_INDICATORS: Record<string, string> = {
  'tcdc-reported-amount':
    'Amount a Southern provider budgeted, committed or decided for South-South or technical ' +
    'cooperation, current US dollars, as the Secretary-General reported it on 2 July 2002.',
  'tcdc-share-to-tcdc': 'Per cent of a reported budget committed to technical cooperation among developing countries, as reported.',
  'tcdc-amount-to-tcdc': 'The part of a reported budget committed to TCDC: the budget times the per cent reported.',
  'tcdc-trainees': 'Nationals of other developing countries trained or hosted, as reported.',
  'tcdc-countries-reached': 'Developing countries reached by a programme, as reported.',
  'tcdc-annual-average':
    'A reported amount (the part committed to TCDC, where the document gives it) divided by ' +
    'the number of years of its period, current US dollars.',
  'gdp-average': 'Mean of the provider\u2019s GDP over the years of a period, current US dollars (World Bank WDI).',
  'tcdc-quoted-number':
    'A number the 2002 report gives in describing a programme, beside the figures of its own columns (e.g. agreements signed).',
  'tcdc-gdp-share':
    'Annual average of a reported amount (of the part committed to TCDC, where the document ' +
    'gives it) as a per cent of the mean GDP of the provider over the same years, both in ' +
    'current dollars.',
};

export interface TcdcChapter extends ChapterBase {
  edition: number;
  hasRows: boolean;
  table: RichTable | null;
  gdpTable: TableModel | null;
  gdpSentences: Sentence[];
  notComputed: string[];
  amountsChart: ChartModel | null;
  shareChart: ChartModel | null;
  quotes: { text: Sentence; ref: string }[];
  described: string | null;
  sgCitation: string;
}

/** The figures of a row, each with the words of the quote it stands for. */
interface Marked {
  fig: Figure;
  /** The text the quote gives for it, e.g. "$170 million". */
  needle: string;
}

const HEDGE = /\b(some|about|around|approximately|nearly|over)\s+$/i;

/** Whether the document hedges a figure: "some 7,000" is hedged, "133 countries" beside it is not. */
function hedged(quote: string, needle: string): boolean {
  const at = quote.indexOf(needle);
  return at >= 0 && HEDGE.test(quote.slice(0, at));
}

/**
 * The chapter on technical cooperation among developing countries: the budgets and programmes of
 * Southern providers that the Secretary-General reported in 2002, with the amounts as a share of
 * each provider's GDP where the period allows. Every number it prints is registered here.
 */
function tcdcChapter({ number, data, metrics: m, charts, ledger }: ChapterContext<TcdcMetrics>): TcdcChapter {
  const sgCitation = citation(data, 'sg-2002');
  const gdpCitation = citation(data, GDP);
  const periodId = (r: TcdcRow) => {
    const p = r.programme;
    return p.year_start !== null && p.year_end !== null
      ? p.year_start === p.year_end
        ? String(p.year_start)
        : `${p.year_start}-${p.year_end}`
      : `reported-${r.year}`;
  };
  const marks = new Map<string, Marked[]>();
  // Numbers the report's words give beyond the row's columns ("72 bilateral agreements").
  const otherNumber = (r: TcdcRow) => (value: number) =>
    ledger.add({
      indicator: 'tcdc-quoted-number',
      entity: `${r.programme.id}.${value}`,
      period: periodId(r),
      value,
      unit: 'number',
      source: r.programme.source.join(';'),
      text: formatNumber(value, 0),
    });
  const figs = (r: TcdcRow) => {
    const p = r.programme;
    const src = p.source.join(';');
    const add = (
      indicator: string,
      value: number | null,
      unit: string,
      needle: string,
      text: string,
      derived: string[] = [],
    ): Figure | null => {
      if (value === null) return null;
      const estimate = p.estimate && hedged(p.quote, needle);
      const fig = ledger.add({
        indicator,
        entity: p.id,
        period: periodId(r),
        value,
        unit,
        source: src,
        estimate,
        derived_from: derived,
        text: `${estimate ? 'about ' : ''}${text}`,
      });
      const list = marks.get(p.id) ?? [];
      if (!list.some((x) => x.fig.id === fig.id)) list.push({ fig, needle });
      marks.set(p.id, list);
      return fig;
    };
    const amountText = p.amount_usd === null ? '' : formatUsdAsPublished(p.amount_usd);
    const amount = add('tcdc-reported-amount', p.amount_usd, 'current US dollars', amountText, amountText);
    const share = add(
      'tcdc-share-to-tcdc',
      p.share_tcdc_pct,
      'per cent',
      `${formatNumber(p.share_tcdc_pct, 0)} per cent`,
      formatNumber(p.share_tcdc_pct, 0),
    );
    const trainees = add('tcdc-trainees', p.trainees, 'persons', formatNumber(p.trainees, 0), formatNumber(p.trainees, 0));
    const countries = add(
      'tcdc-countries-reached',
      p.countries_reached,
      'countries',
      `${p.countries_reached}`,
      formatNumber(p.countries_reached, 0),
    );
    const toTcdc =
      r.tcdcAmount === null || !amount || !share
        ? null
        : ledger.add({
            indicator: 'tcdc-amount-to-tcdc',
            entity: p.id,
            period: periodId(r),
            value: r.tcdcAmount,
            unit: 'current US dollars',
            source: src,
            derived_from: [amount.id, share.id],
            text: formatUsdAsPublished(r.tcdcAmount),
          });
    return { amount, share, trainees, countries, toTcdc };
  };
  const gdpFigs = (r: TcdcRow, amount: Figure) => {
    const g = r.gdp!;
    const p = r.programme;
    const period = periodId(r);
    const avg = ledger.add({
      indicator: 'tcdc-annual-average',
      entity: p.id,
      period,
      value: g.annualAverage,
      unit: 'current US dollars',
      source: p.source.join(';'),
      derived_from: [amount.id],
      text: formatUsdAsPublished(g.annualAverage),
    });
    const gdp = ledger.add({
      indicator: 'gdp-average',
      entity: p.provider_iso3,
      period,
      value: g.gdpAverage,
      unit: 'current US dollars',
      source: GDP,
      text: formatMoneyMillions(g.gdpAverage / 1e6),
    });
    const pct = ledger.add({
      indicator: 'tcdc-gdp-share',
      entity: p.id,
      period,
      value: g.pct,
      unit: 'per cent',
      source: `${p.source.join(';')};${GDP}`,
      derived_from: [avg.id, gdp.id],
      text: formatNumber(g.pct, 3),
    });
    return { avg, gdp, pct };
  };

  const rows = m.rows.map((r) => ({ r, f: figs(r) }));
  const table: RichTable | null =
    rows.length === 0
      ? null
      : {
          id: 'tcdc-programmes',
          label: `Table ${number}.1`,
          caption: 'Budgets and programmes of Southern providers reported by the Secretary-General, 2002',
          head: [
            'Provider',
            'Programme',
            'Period',
            'Amount (current dollars)',
            'Per cent to TCDC',
            'Trainees',
            'Countries reached',
            'Annual average (to TCDC where given), per cent of GDP',
            'Reference',
          ],
          rows: rows.map(({ r, f }) => {
            const p = r.programme;
            const own = [f.amount, f.share, f.trainees, f.countries].filter((x): x is Figure => x !== null);
            const other = otherNumber(r);
            const fig = (x: Figure | null) => cell(x ?? '..');
            return {
              label: p.provider,
              cells: [
                cell(markNumbers(p.programme, own, other)),
                cell(p.period ?? '..'),
                fig(f.amount),
                fig(f.share),
                fig(f.trainees),
                fig(f.countries),
                fig(r.gdp && f.amount ? gdpFigs(r, f.toTcdc ?? f.amount).pct : null),
                cell(p.source_ref),
              ],
            };
          }),
          source: `Sources: ${sgCitation}; GDP: ${gdpCitation}.`,
          notes: [
            'Single figures reported once, in current dollars of the period; not a series, and budgets ' +
              'or decisions rather than what was spent. Two dots (..): the report gives no such figure, ' +
              'or no share of GDP is computed.',
            'About: the report hedges the figure ("some").',
            'Türkiye: the UNTERM short name; the 2002 report writes "Turkey".',
          ],
        };

  const withGdp = rows.filter(({ r, f }) => r.gdp !== null && f.amount !== null);
  // The share of GDP is of the part committed to TCDC where the report gives one (gdpShare).
  const measured = (f: (typeof rows)[number]['f']) => f.toTcdc ?? f.amount!;
  const gdpRows = withGdp.map(({ r, f }) => ({ r, f, g: gdpFigs(r, measured(f)) }));
  const gdpTable: TableModel | null =
    gdpRows.length === 0
      ? null
      : {
          id: 'tcdc-gdp',
          label: `Table ${number}.2`,
          caption: 'Reported budgets as a share of the provider\u2019s GDP: how it is computed',
          head: [
            'Provider and period',
            'Amount (to TCDC, where the report gives the part)',
            'Annual average',
            'GDP, mean over the period',
            'Per cent of GDP',
          ],
          rows: gdpRows.map(({ r, f, g }) => ({ label: barLabel(r), cells: [measured(f), g.avg, g.gdp, g.pct] })),
          source: `Sources: ${sgCitation}, paras. 38-39; ${gdpCitation}.`,
          notes: [
            'Annual average = amount ÷ number of years of the period; per cent of GDP = annual average ' +
              '÷ mean GDP of the same years, as a percentage, both in current dollars. Three decimals, ' +
              'since the shares are small.',
          ],
        };
  const gdpSentences: Sentence[] = gdpRows.map(({ r, f, g }) => [
    ...(f.toTcdc
      ? [`Of ${r.programme.provider}\u2019s `, f.amount!, ` for ${r.programme.period}, the `, f.toTcdc, ' committed to TCDC is ']
      : [`${r.programme.provider}\u2019s `, f.amount!, ` for ${r.programme.period} is `]),
    r.gdp!.years === 1 ? '' : 'an annual average of ',
    ...(r.gdp!.years === 1 ? [] : [g.avg, ', ']),
    g.pct,
    ` per cent of its GDP${r.gdp!.years === 1 ? ` that year` : ` in those years`}.`,
  ]);
  const tcdcParts: Sentence[] = rows
    .filter(({ f }) => f.toTcdc && f.share && f.amount)
    .map(({ r, f }) => [
      `${r.programme.provider} committed `,
      f.share!,
      ` per cent of its `,
      f.amount!,
      ` budget for ${r.programme.period}, that is `,
      f.toTcdc!,
      `, to TCDC.`,
    ]);
  const notComputed = m.rows
    .filter((r) => r.programme.amount_usd !== null && r.gdp === null)
    .map((r) => {
      const who = barLabel(r);
      if (r.noShare === 'debt relief')
        return (
          `${who}: not computed. The amount is debt to be reduced or cancelled, a stock of past ` +
          `lending written off, not a flow of spending, and the report does not say which two years ` +
          `the relief covers.`
        );
      if (r.noShare === 'no period') return `${who}: not computed, because the report does not state the years of the period.`;
      return `${who}: not computed, because GDP is not available for every year of the period.`;
    });

  const amountsRendered = charts.get('tcdc-amounts');
  const amountRows = rows.filter(({ f }) => f.amount !== null);
  const amountsChart = !amountsRendered
    ? null
    : chartModel(amountsRendered, `Figure ${number}.1`, {
        id: 'tcdc-amounts-data',
        label: '',
        caption: `Data for figure ${number}.1: amounts reported, current dollars`,
        head: ['Provider, period', 'What the amount is', 'Amount'],
        rows: amountRows.map(({ r, f }) => ({ label: barLabel(r), cells: [r.programme.amount_kind ?? '..', f.amount!] })),
        source: `Source: ${sgCitation}, paras. 38-39.`,
        notes: [],
      });
  const shareRendered = charts.get('tcdc-gdp-share');
  const shareChart =
    !shareRendered || !gdpTable
      ? null
      : chartModel(shareRendered, `Figure ${number}.2`, {
          ...gdpTable,
          id: 'tcdc-gdp-share-data',
          label: '',
          caption: `Data for figure ${number}.2: annual average as a per cent of GDP`,
        });

  // Each quote once: a quote contained in a longer one is shown within it, with both rows' figures marked.
  const quoted = m.rows.filter((r) => marks.has(r.programme.id));
  const longest = quoted.filter(
    (r) =>
      !quoted.some((o) => o !== r && o.programme.quote.length > r.programme.quote.length && o.programme.quote.includes(r.programme.quote)),
  );
  const quotes = longest.map((r) => {
    const inside = quoted.filter((o) => r.programme.quote.includes(o.programme.quote)).flatMap((o) => marks.get(o.programme.id)!);
    // A quote that starts or ends within a sentence is marked as an extract.
    const q = r.programme.quote;
    const text = markNumbers(
      q,
      inside.map((x) => x.fig),
      otherNumber(r),
    );
    if (/^[a-z]/.test(q)) text.unshift('\u2026 ');
    if (!/[.!?]$/.test(q)) text.push(' \u2026');
    return { text, ref: `${sgCitation}, ${r.programme.source_ref}` };
  });
  const providers = [...new Set(m.described.map((r) => r.programme.provider))];
  const described = providers.length === 0 ? null : providers.join(', ').replace(/, ([^,]*)$/, ' and $1');
  return {
    id: 'tcdc',
    number,
    title: 'Technical cooperation among developing countries',
    partial: 'chapter-tcdc',
    edition: m.edition,
    hasRows: rows.length > 0,
    table,
    gdpTable,
    gdpSentences: [...tcdcParts, ...gdpSentences],
    notComputed,
    amountsChart,
    shareChart,
    quotes,
    described,
    sgCitation,
  };
}

/** Chapter: technical cooperation among developing countries. */
export const tcdcChapterSpec = defineChapter({
  id: 'tcdc',
  indicators: TCDC_INDICATORS,
  metrics: (data, options) => tcdcMetrics(data, options),
  charts: (data, m) => {
    const sg = citation(data, 'sg-2002');
    return [
      tcdcAmountsChart(m, `Source: ${sg}, paras. 38-39.`),
      tcdcGdpShareChart(m, `Source: calculations based on ${sg}, paras. 38-39, and ${citation(data, GDP)}.`),
    ].filter((c) => c !== null);
  },
  model: tcdcChapter,
});
