import type { TopLevelSpec } from 'vega-lite';
import { textWidth } from './text-width';
import { CHART_FONT_SIZE, CHART_WIDTH, SERIES_COLOURS, SERIES_DASHES, SERIES_SHAPES, SERIES_TEXT_COLOURS } from './theme';

type Row = Record<string, unknown>;
type Channel = { field?: string; sort?: unknown; scale?: { domain?: unknown } & Record<string, unknown> } & Record<string, unknown>;

/** Line charts with more series than this keep a legend: their end labels would crowd. */
export const MAX_LABELLED_SERIES = 6;
const LINE_HEIGHT = CHART_FONT_SIZE + 2;
/** Characters per line of an end label before it wraps. */
const WRAP = 22;

/**
 * Makes a line chart readable without colour, the way the report draws every line chart: each
 * series gets its own colour, dash pattern and marker shape (theme.ts), and with five series or
 * fewer, its name at the end of its line instead of a legend apart from it. Labels that would
 * overlap are moved apart vertically; long names wrap. The plot is narrowed so that the chart
 * with its labels stays within CHART_WIDTH. Other specs are returned unchanged.
 *
 * @example finishLineChart(spec) // a layer of lines, markers and end labels
 */
export function finishLineChart(spec: TopLevelSpec): TopLevelSpec {
  type Unit = Row & { mark?: unknown; encoding?: Record<string, Channel>; data?: { values?: Row[] }; width?: unknown; height?: unknown };
  const s = spec as Unit;
  const mark = s.mark as { type?: string } | string | undefined;
  const type = typeof mark === 'string' ? mark : mark?.type;
  const color = s.encoding?.color;
  const values = s.data?.values;
  if (type !== 'line' || !color?.field || !Array.isArray(values)) return spec;
  if (typeof s.width !== 'number' || typeof s.height !== 'number') return spec;
  const { x, y, ...rest } = s.encoding!;
  const [xf, yf, cf] = [x!.field!, y!.field!, color.field];
  const names = Array.isArray(color.sort) ? (color.sort as string[]) : [...new Set(values.map((v) => String(v[cf])))];
  const labelled = names.length <= MAX_LABELLED_SERIES;
  const scale = (range: unknown[]) => ({ domain: names, range: names.map((_, i) => range[i % range.length]) });
  const series = {
    color: { ...color, scale: scale(SERIES_COLOURS), legend: labelled ? null : { title: null } },
    strokeDash: { field: cf, type: 'nominal', scale: scale(SERIES_DASHES), legend: labelled ? null : { title: null } },
  };
  const shape = { field: cf, type: 'nominal', scale: scale(SERIES_SHAPES), legend: labelled ? null : { title: null } };
  const layers: Row[] = [
    { mark: { type: 'line' }, encoding: { ...series } },
    { mark: { type: 'point', filled: true }, encoding: { color: series.color, shape } },
  ];
  // The other channels (tooltip, order…) are kept; x, y and color are rebuilt here.
  const others = Object.fromEntries(
    Object.entries(rest as Record<string, Channel>).filter(([k]) => k !== 'x' && k !== 'y' && k !== 'color'),
  );
  let width = s.width;
  const domain = yDomain(
    y!,
    values.map((v) => v[yf]).filter((v): v is number => typeof v === 'number'),
  );
  if (labelled) {
    const labels = endLabels(values, names, xf, yf, cf, domain, s.height);
    const widest = Math.max(...labels.flatMap((l) => l.text.map((t) => textWidth(t, CHART_FONT_SIZE, 400))));
    // Axis labels and title take about 60 px on the left; the end labels take their own width.
    width = Math.min(s.width, Math.round(CHART_WIDTH - 70 - widest - 10));
    layers.push({
      data: { values: labels.map((l) => ({ [xf]: l.x, [yf]: l.y, [cf]: l.name, label: l.text })) },
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 7, fontSize: CHART_FONT_SIZE, lineHeight: LINE_HEIGHT },
      encoding: { text: { field: 'label' }, color: { field: cf, type: 'nominal', scale: scale(SERIES_TEXT_COLOURS), legend: null } },
    });
  }
  return {
    ...(s as object),
    width,
    mark: undefined,
    encoding: { x, y: { ...y, scale: { ...(y!.scale ?? {}), domain, nice: false } }, ...others },
    layer: layers,
    resolve: { scale: { color: 'independent' } },
  } as unknown as TopLevelSpec;
}

/** The y domain: the spec's own, or from zero (or the lowest value) to a round number above the highest. */
function yDomain(y: Channel, ys: number[]): [number, number] {
  const own = y.scale?.domain;
  if (Array.isArray(own) && own.length === 2) return own as [number, number];
  const lo = Math.min(0, ...ys);
  const hi = Math.max(...ys, lo + 1);
  const step = niceStep((hi - lo) / 5);
  return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= raw)!;
}

/** Each series' last value with its name wrapped into lines, moved apart where labels would overlap. */
function endLabels(values: Row[], names: string[], xf: string, yf: string, cf: string, [d0, d1]: [number, number], height: number) {
  const px = (v: number) => height * (1 - (v - d0) / (d1 - d0));
  const labels = names.flatMap((name) => {
    const last = values
      .filter((v) => v[cf] === name && typeof v[yf] === 'number')
      .sort((a, b) => Number(a[xf]) - Number(b[xf]))
      .pop();
    if (!last) return [];
    const text = wrap(name);
    return [{ name, x: last[xf], text, want: px(last[yf] as number), h: text.length * LINE_HEIGHT, at: 0 }];
  });
  labels.sort((a, b) => a.want - b.want);
  // Top to bottom, each label at least its neighbour's half-height below it; then back up from the foot.
  labels.forEach((l, i) => {
    const above = labels[i - 1];
    l.at = above ? Math.max(l.want, above.at + (above.h + l.h) / 2 + 2) : Math.max(l.want, l.h / 2);
  });
  for (let i = labels.length - 1; i >= 0; i--) {
    const l = labels[i]!;
    const floor = i === labels.length - 1 ? height - l.h / 2 + LINE_HEIGHT : labels[i + 1]!.at - (labels[i + 1]!.h + l.h) / 2 - 2;
    l.at = Math.min(l.at, floor);
  }
  const value = (p: number) => Math.round((d0 + (1 - p / height) * (d1 - d0)) * 1000) / 1000;
  // Vega centres a multi-line label on its first line; the offset puts the block's middle on the point.
  return labels.map((l) => ({ name: l.name, x: l.x, text: l.text, y: value(l.at - l.h / 2 + LINE_HEIGHT / 2) }));
}

/** A name broken into lines of at most WRAP characters, at spaces. */
function wrap(name: string): string[] {
  const lines: string[] = [];
  for (const word of name.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= WRAP) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
