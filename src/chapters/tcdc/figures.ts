/** The TCDC chapter's ledger figures: each programme's reported numbers, its share of GDP and the numbers its quote gives. */
import type { Figure, Ledger } from '../../figures/ledger';
import { formatMoneyMillions, formatNumber, formatUsdAsPublished } from '../../render/format';
import { GDP } from './indicators';
import type { TcdcRow } from './metrics';

/** The figures of a row, each with the words of the quote it stands for. */
interface Marked {
  fig: Figure;
  /** The text the quote gives for it, e.g. "$170 million". */
  needle: string;
}

/** The figures registered for a programme's own columns; null where the report gives none. */
export interface ProgrammeFigures {
  amount: Figure | null;
  share: Figure | null;
  trainees: Figure | null;
  countries: Figure | null;
  toTcdc: Figure | null;
}

/** A programme with its figures. */
export interface ProgrammeRow {
  r: TcdcRow;
  f: ProgrammeFigures;
}

/** A programme's amount as a share of GDP: the annual average, the mean GDP and the per cent. */
export interface GdpFigures {
  avg: Figure;
  gdp: Figure;
  pct: Figure;
}

/** Registers the chapter's figures in one ledger; `marks` collects, by programme id, the figures its quote shows. */
export interface TcdcFigures {
  marks: Map<string, Marked[]>;
  /** Numbers the report's words give beyond the row's columns ("72 bilateral agreements"). */
  otherNumber: (r: TcdcRow) => (value: number) => Figure;
  figs: (r: TcdcRow) => ProgrammeFigures;
  gdpFigs: (r: TcdcRow, amount: Figure) => GdpFigures;
}

const HEDGE = /\b(some|about|around|approximately|nearly|over)\s+$/i;

/** Whether the document hedges a figure: "some 7,000" is hedged, "133 countries" beside it is not. */
function hedged(quote: string, needle: string): boolean {
  const at = quote.indexOf(needle);
  return at >= 0 && HEDGE.test(quote.slice(0, at));
}

/** The period of a row's figures: its years as the document states them, or the reporting year. */
function periodId(r: TcdcRow): string {
  const p = r.programme;
  return p.year_start !== null && p.year_end !== null
    ? p.year_start === p.year_end
      ? String(p.year_start)
      : `${p.year_start}-${p.year_end}`
    : `reported-${r.year}`;
}

/** The functions that register the chapter's figures in `ledger`, sharing one record of the marks. */
export function tcdcFigures(ledger: Ledger): TcdcFigures {
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
  const figs = (r: TcdcRow): ProgrammeFigures => {
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
  const gdpFigs = (r: TcdcRow, amount: Figure): GdpFigures => {
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
  return { marks, otherNumber, figs, gdpFigs };
}
