import type { Config } from 'vega-lite';
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
