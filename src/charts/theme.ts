import type { Config, TopLevelSpec } from 'vega-lite';

/** The x channel definition of a unit spec with a year field. */
type YearChannel = NonNullable<Extract<TopLevelSpec, { mark: unknown }>['encoding']>['x'];
import { FONT_FAMILY } from '../fonts';

/**
 * Colours for series, dark enough for 4.5:1 contrast on white (labels are drawn in them) and
 * told apart by people with the common colour-vision deficiencies (Okabe and Ito's palette,
 * darkened).
 */
export const SERIES_COLOURS = ['#0b5394', '#b35806', '#1b7837', '#5e3c99', '#595959'];

/** The Vega-Lite configuration every chart of the report shares. */
export const CHART_CONFIG: Config = {
  font: FONT_FAMILY,
  background: '#ffffff',
  padding: 4,
  view: { stroke: null },
  axis: { labelFontSize: 10, titleFontSize: 10, titleFontWeight: 'normal', labelColor: '#333333', titleColor: '#333333', gridColor: '#e3e3e3', domainColor: '#767676', tickColor: '#767676' },
  legend: { labelFontSize: 10, titleFontSize: 10, titleFontWeight: 'normal', labelColor: '#333333', titleColor: '#333333', orient: 'bottom', direction: 'horizontal', columns: 2, labelLimit: 260 },
  range: { category: SERIES_COLOURS },
  line: { strokeWidth: 2 },
  point: { size: 18, filled: true },
};

/**
 * The x encoding of a chart by year: years as integers ("2014", not "2,014"), the axis spanning
 * exactly the years plotted, labels thinned where they would overlap.
 *
 * @example yearAxis(1990, 2014)
 */
export function yearAxis(from: number, to: number): YearChannel {
  return { field: 'year', type: 'quantitative', title: null, scale: { domain: [from, to], nice: false, zero: false }, axis: { format: 'd', tickMinStep: 1, labelOverlap: true } };
}
