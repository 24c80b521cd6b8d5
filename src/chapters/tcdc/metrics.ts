import type { MetricsOptions } from '../chapter';
import type { Data, Row, TcdcProgramme } from '../../validate/validate-data';

/** A reported amount as a share of the provider's GDP, with the figures it is computed from. */
export interface GdpShare {
  /** Years of the period. */
  years: number;
  /** amount ÷ years, current US dollars. */
  annualAverage: number;
  /** Mean of the provider's GDP over the years of the period, current US dollars. */
  gdpAverage: number;
  /** annualAverage ÷ gdpAverage × 100. */
  pct: number;
}

/** Why no share of GDP is given for a row with an amount. */
export type NoShareReason = 'debt relief' | 'no period' | 'no GDP';

/** A programme with a figure, as the chapter prints it. */
export interface TcdcRow {
  programme: TcdcProgramme;
  /** The year the row's figures refer to: its last year, or the reporting document's year where it states none. */
  year: number;
  gdp: GdpShare | null;
  /** Set when the row has an amount but no share of GDP is computed. */
  noShare: NoShareReason | null;
  /** Amount going to TCDC, where the document gives a percentage of the amount. */
  tcdcAmount: number | null;
}

export interface TcdcMetrics {
  edition: number;
  /** Rows with at least one figure (amount, trainees, countries), up to the edition. */
  rows: TcdcRow[];
  /** Programmes the document describes without any figure, up to the edition. */
  described: TcdcRow[];
  /** Rows left out because their figures refer to years after the edition. */
  later: number;
}

/**
 * The amount (the part committed to TCDC, where the document gives it) as a per cent of the
 * provider's GDP: the annual average over the period (amount ÷
 * number of years) ÷ the mean GDP of those years. Given only for a flow of spending over stated
 * years with GDP for every one of them; never for debt relief, which reduces a stock of debt
 * over years the document does not state.
 *
 * @example gdpShare({ amount_usd: 170e6, year_start: 1999, year_end: 2000, ... }, gdp)
 *   // { years: 2, annualAverage: 85e6, gdpAverage: (g1999 + g2000) / 2, pct: ... }
 */
export function gdpShare(p: TcdcProgramme, gdp: readonly Row<'gdp'>[]): GdpShare | NoShareReason | null {
  if (p.amount_usd === null) return null;
  if (p.amount_kind !== null && /^debt relief/i.test(p.amount_kind)) return 'debt relief';
  if (p.year_start === null || p.year_end === null) return 'no period';
  const years = p.year_end - p.year_start + 1;
  const values: number[] = [];
  for (let y = p.year_start; y <= p.year_end; y++) {
    const g = gdp.find((r) => r.iso3 === p.provider_iso3 && r.year === y);
    if (!g) return 'no GDP';
    values.push(g.gdp_usd);
  }
  // A budget of which the document gives the part committed to TCDC is measured by that part: a
  // "TCDC share of GDP" of the whole budget would overstate it (Türkiye: 80 per cent of $180 million).
  const amount = p.share_tcdc_pct !== null ? (p.amount_usd * p.share_tcdc_pct) / 100 : p.amount_usd;
  const annualAverage = amount / years;
  const gdpAverage = values.reduce((a, b) => a + b, 0) / years;
  return { years, annualAverage, gdpAverage, pct: (100 * annualAverage) / gdpAverage };
}

/** The year a row's figures refer to: the last year of its period, else the year of the report that gives it. */
export function referenceYear(p: TcdcProgramme, documentYear: (sourceId: string) => number): number {
  return p.year_end ?? documentYear(p.source[0]!);
}

/** Computes the TCDC chapter's metrics as of the edition. */
export function tcdcMetrics(data: Data, { edition }: MetricsOptions): TcdcMetrics {
  const documentYear = (id: string) => Number(/\d{4}/.exec(data.sources.rows.find((s) => s.id === id)?.date ?? '')?.[0] ?? NaN);
  // The providers' GDP, from the columns: the file's 11,000 row objects are not needed.
  const providers = new Set(data.tcdcProgrammes.rows.map((p) => p.provider_iso3));
  const g = data.gdp.columns();
  const gdpRows: Row<'gdp'>[] = [];
  for (let i = 0; i < g.iso3.length; i++)
    if (providers.has(g.iso3[i]!)) gdpRows.push({ iso3: g.iso3[i]!, year: g.year[i]!, gdp_usd: g.gdp_usd[i]!, source: g.source[i]! });
  const all = data.tcdcProgrammes.rows.map((programme): TcdcRow => {
    const share = gdpShare(programme, gdpRows);
    return {
      programme,
      year: referenceYear(programme, documentYear),
      gdp: typeof share === 'object' ? share : null,
      noShare: typeof share === 'string' ? share : null,
      tcdcAmount:
        programme.amount_usd !== null && programme.share_tcdc_pct !== null ? (programme.amount_usd * programme.share_tcdc_pct) / 100 : null,
    };
  });
  const current = all.filter((r) => r.year <= edition);
  const hasFigure = (r: TcdcRow) =>
    r.programme.amount_usd !== null || r.programme.trainees !== null || r.programme.countries_reached !== null;
  return { edition, rows: current.filter(hasFigure), described: current.filter((r) => !hasFigure(r)), later: all.length - current.length };
}
