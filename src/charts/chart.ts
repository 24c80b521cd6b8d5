import type { TopLevelSpec } from 'vega-lite';

/** A chart as the charts stage defines it: a Vega-Lite spec with its data inlined, and its words. */
export interface ChartDef {
  /** Stable id: the file name under charts/ and the prefix of every id inside its SVG. */
  id: string;
  title: string;
  /** The source line printed under the chart. */
  source: string;
  /** Text alternative generated from the chart's data: what it shows, the range, the latest values. */
  alt: string;
  spec: TopLevelSpec;
}

/** A chart rendered to SVG. */
export interface RenderedChart extends ChartDef {
  svg: string;
}
