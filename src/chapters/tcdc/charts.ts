import type { TopLevelSpec } from 'vega-lite';
import { CHART_FONT_SIZE, CHART_WIDTH } from '../../charts/theme';
import { textWidth } from '../../charts/text-width';
import type { TcdcMetrics, TcdcRow } from './metrics';
import { formatNumber } from '../../render/format';
import { baseSpec } from '../../charts/base-spec';
import type { ChartDef } from '../../charts/chart';

/** The label of a bar: provider and period as the document gives it. */
export function barLabel(r: TcdcRow): string {
  const p = r.programme;
  const period =
    p.year_start !== null && p.year_end !== null
      ? p.year_start === p.year_end
        ? String(p.year_start)
        : `${p.year_start}-${p.year_end}`
      : (p.period ?? 'no period stated');
  return `${p.provider}, ${period}`;
}

/**
 * The amounts the Secretary-General reported, millions of current dollars, one bar each. Null
 * when no amount falls within the edition.
 */
export function tcdcAmountsChart(m: TcdcMetrics, source: string): ChartDef | null {
  const rows = m.rows.filter((r) => r.programme.amount_usd !== null);
  if (rows.length === 0) return null;
  const bars = rows.map((r) => ({
    label:
      `${barLabel(r)}: ` +
      `${(r.programme.amount_kind ?? 'amount').replace(/\s*\(.*\)$/, '').replace(/ (over the period|for the year)$/, '')}`,
    value: r.programme.amount_usd! / 1e6,
  }));
  const alt = describeBars(
    'amounts reported for South-South and technical cooperation by Southern providers',
    'millions of current United States dollars',
    bars,
  );
  return {
    id: 'tcdc-amounts',
    title: 'Amounts reported by the Secretary-General in 2002, by provider (millions of current dollars)',
    source,
    alt,
    spec: barSpec(alt, bars, 'Millions of current dollars', 3, ',d'),
  };
}

/** The annual average of each amount as a per cent of the provider's GDP, where it is computed. */
export function tcdcGdpShareChart(m: TcdcMetrics, source: string): ChartDef | null {
  const rows = m.rows.filter((r) => r.gdp !== null);
  if (rows.length === 0) return null;
  const bars = rows.map((r) => ({ label: barLabel(r), value: r.gdp!.pct }));
  const alt = describeBars(
    'the annual average of each reported budget as a share of the provider\u2019s GDP',
    'per cent of GDP, current dollars',
    bars,
    3,
  );
  return {
    id: 'tcdc-gdp-share',
    title: 'Reported budgets as a share of the provider\u2019s GDP (annual average over the period, per cent)',
    source,
    alt,
    spec: barSpec(alt, bars, 'Per cent of GDP', 4, '.3f'),
  };
}

/**
 * The text alternative of a bar chart, generated from its data: every bar and its value.
 *
 * @example describeBars('amounts', 'millions of dollars', [{ label: 'India, 1999-2000', value: 170 }])
 *   // 'Bar chart of amounts, millions of dollars, 1 bar. India, 1999-2000: 170.0.'
 */
function describeBars(what: string, unit: string, bars: { label: string; value: number }[], decimals = 1): string {
  const parts = bars.map((b) => `${b.label}: ${formatNumber(b.value, decimals)}`);
  return `Bar chart of ${what}, ${unit}, ${bars.length} bar${bars.length === 1 ? '' : 's'}. ${parts.join('; ')}.`;
}

function barSpec(
  description: string,
  bars: { label: string; value: number }[],
  title: string,
  decimals: number,
  format: string,
): TopLevelSpec {
  const f = 10 ** decimals;
  return {
    // As wide as the printed column allows beside the longest label, so the bars are not dwarfed by their labels.
    ...baseSpec(
      description,
      Math.min(420, Math.round(CHART_WIDTH - 40 - Math.max(...bars.map((b) => textWidth(b.label, CHART_FONT_SIZE))))),
      {
        step: 30,
      },
    ),
    data: { values: bars.map((b) => ({ label: b.label, value: Math.round(b.value * f) / f })) },
    mark: { type: 'bar', color: '#0b5394' },
    encoding: {
      y: { field: 'label', type: 'nominal', title: null, sort: null, axis: { labelLimit: 320 } },
      x: { field: 'value', type: 'quantitative', title, axis: { format, tickCount: 4 } },
    },
  };
}
