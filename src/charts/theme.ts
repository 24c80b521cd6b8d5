import type { Config, TopLevelSpec } from 'vega-lite';
import { FONT_FAMILY } from '../fonts';

/** The x channel definition of a unit spec with a year field. */
type YearChannel = NonNullable<Extract<TopLevelSpec, { mark: unknown }>['encoding']>['x'];

/**
 * Colours for series, in the order series take them. Okabe and Ito's hues, chosen so that the
 * first two (most charts have two) are far apart in lightness and every pair differs by at least
 * 9 units of CIE L* (19, 71, 35, 58, 49): the series stay apart in greyscale and for the common
 * colour-vision deficiencies. Lines also differ by dash and marker (SERIES_DASHES, SERIES_SHAPES).
 */
export const SERIES_COLOURS = ['#0b2e59', '#e69f00', '#7b3294', '#009e73', '#c0530a', '#000000'];

/** The same hues dark enough for text on white (4.5:1), for labels drawn beside their series. */
export const SERIES_TEXT_COLOURS = ['#0b2e59', '#8a5a00', '#7b3294', '#00694c', '#a0440a', '#000000'];

/** Dash patterns of line series, in series order: the first solid. */
export const SERIES_DASHES: number[][] = [
  [1, 0],
  [7, 3],
  [2, 2],
  [9, 3, 2, 3],
  [4, 4],
  [1, 3],
];

/** Marker shapes of line series, in series order. */
export const SERIES_SHAPES = ['circle', 'square', 'triangle-up', 'diamond', 'cross', 'triangle-down'];

/**
 * Size of all chart text, in SVG pixels. Charts are drawn no wider than the printed column
 * (MAX_CHART_WIDTH), so they print at least at their own size and 12 px prints as 9 pt.
 */
export const CHART_FONT_SIZE = 12;

/** The printed text column, 170 mm, in CSS pixels: a chart wider than this would print scaled down. */
export const MAX_CHART_WIDTH = 642;

/**
 * The width charts with labels beside them are fitted to, axes and labels included: narrower than
 * the column, so that on a phone (screen.css shows charts at least 27rem wide) they scale by no
 * less than 0.77 and their 12 px text stays above 9 px.
 */
export const CHART_WIDTH = 560;

/** The Vega-Lite configuration every chart of the report shares. */
export const CHART_CONFIG: Config = {
  font: FONT_FAMILY,
  background: '#ffffff',
  padding: 4,
  view: { stroke: null },
  axis: {
    labelFontSize: CHART_FONT_SIZE,
    titleFontSize: CHART_FONT_SIZE,
    titleFontWeight: 'normal',
    labelColor: '#333333',
    titleColor: '#333333',
    gridColor: '#e3e3e3',
    domainColor: '#767676',
    tickColor: '#767676',
    labelSeparation: 6,
  },
  legend: {
    labelFontSize: CHART_FONT_SIZE,
    titleFontSize: CHART_FONT_SIZE,
    titleFontWeight: 'normal',
    labelColor: '#333333',
    titleColor: '#333333',
    orient: 'bottom',
    direction: 'horizontal',
    columns: 2,
    labelLimit: 260,
  },
  // Category labels under bars break at spaces rather than run into their neighbours.
  axisXBand: { labelExpr: "length(datum.label) > 14 ? split(datum.label, ' ') : datum.label" },
  text: { fontSize: CHART_FONT_SIZE },
  range: { category: SERIES_COLOURS },
  line: { strokeWidth: 2 },
  point: { size: 30, filled: true },
};

/**
 * The x encoding of a chart by year: years as integers ("2014", not "2,014"), the axis spanning
 * exactly the years plotted, labelled every 1, 2, 5 or 10 years (the first step that gives at most
 * eight labels, which fit a 400 px plot with a gap between them), so neighbours never touch.
 *
 * @example yearAxis(1990, 2014) // labels 1990, 1995, ... 2010, 2014
 */
export function yearAxis(from: number, to: number): YearChannel {
  const step = [1, 2, 5, 10, 20, 50].find((s) => Math.floor(to / s) - Math.ceil(from / s) + 1 <= 8)!;
  const values: number[] = [];
  for (let y = Math.ceil(from / step) * step; y <= to; y += step) values.push(y);
  // The first and last years are labelled too, where they are far enough from a round one not to touch it.
  if (values[0]! - from >= 0.75 * step) values.unshift(from);
  if (to - values[values.length - 1]! >= 0.75 * step) values.push(to);
  return {
    field: 'year',
    type: 'quantitative',
    title: null,
    scale: { domain: [from, to], nice: false, zero: false },
    axis: { format: 'd', values, labelOverlap: 'greedy', labelSeparation: 8 },
  };
}
