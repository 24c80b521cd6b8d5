import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import type { ChartDef } from '../../src/charts/chart';
import { normaliseSvg, renderChart } from '../../src/charts/render-chart';
import { textWidth } from '../../src/charts/text-width';

const ids = (svg: string) => [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
const refs = (svg: string) => [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!);

describe('normaliseSvg', () => {
  const raw =
    '<svg><defs><clipPath id="clip1"><rect width="10.5" height="3.14159"/></clipPath><linearGradient id="gradient_0"/></defs>' +
    '<g clip-path="url(#clip1)"><path d="M1.23456,7.5L-3.14159,12.25L0.333,1.10000L2.126,-0.001" fill="url(#gradient_0)"/></g></svg>';
  const out = normaliseSvg(raw, 'trade-shares');

  it('prefixes every id and every url(#...) reference with the chart id', () => {
    expect(ids(out)).toEqual(['trade-shares-clip1', 'trade-shares-gradient_0']);
    expect(refs(out)).toEqual(['trade-shares-clip1', 'trade-shares-gradient_0']);
  });

  it('rounds numbers with 3 or more decimals to 2 and leaves shorter ones', () => {
    // 3.14159 -> 3.14; 1.23456 -> 1.23; -3.14159 -> -3.14; 0.333 -> 0.33; 1.10000 -> 1.1; 2.126 -> 2.13;
    // -0.001 -> 0; 10.5, 7.5 and 12.25 have at most 2 decimals and stay as written
    expect(out).toBe(
      [
        '<svg>',
        '<defs>',
        '<clipPath id="trade-shares-clip1">',
        '<rect width="10.5" height="3.14"/>',
        '</clipPath>',
        '<linearGradient id="trade-shares-gradient_0"/>',
        '</defs>',
        '<g clip-path="url(#trade-shares-clip1)">',
        '<path d="M1.23,7.5L-3.14,12.25L0.33,1.1L2.13,0" fill="url(#trade-shares-gradient_0)"/>',
        '</g>',
        '</svg>',
      ].join('\n'),
    );
  });
});

describe('renderChart', () => {
  const values = [
    { year: 2000, group: 'A', share: 10.123 },
    { year: 2001, group: 'A', share: 12.5 },
    { year: 2000, group: 'B', share: 30 },
    { year: 2001, group: 'B', share: 28.75 },
  ];
  const line: TopLevelSpec = {
    width: 200,
    height: 100,
    data: { values },
    mark: { type: 'line', point: true, clip: true },
    encoding: {
      x: { field: 'year', type: 'quantitative', axis: { format: 'd' } },
      y: { field: 'share', type: 'quantitative', scale: { domain: [0, 40] } },
      color: { field: 'group', type: 'nominal' },
    },
  };
  const bar: TopLevelSpec = {
    width: 200,
    height: 100,
    data: { values },
    mark: { type: 'bar', clip: true },
    encoding: { x: { field: 'year', type: 'ordinal' }, y: { field: 'share', type: 'quantitative', aggregate: 'sum' } },
  };
  const chart = (id: string, spec: TopLevelSpec): ChartDef => ({ id, title: id, source: 'Source: test.', alt: id, spec });

  it('gives SVGs whose ids do not overlap, each referring only to its own ids', async () => {
    const [a, b] = await Promise.all([renderChart(chart('shares', line)), renderChart(chart('values', bar))]);
    const idsA = ids(a!.svg);
    const idsB = ids(b!.svg);
    // both have a clip path (vega numbers them afresh per chart: clip1 in each)
    expect(idsA.length).toBeGreaterThan(0);
    expect(idsB.length).toBeGreaterThan(0);
    expect(idsA.filter((x) => idsB.includes(x))).toEqual([]);
    for (const x of idsA) expect(x.startsWith('shares-'), x).toBe(true);
    for (const x of idsB) expect(x.startsWith('values-'), x).toBe(true);
    for (const r of refs(a!.svg)) expect(idsA).toContain(r);
    for (const r of refs(b!.svg)) expect(idsB).toContain(r);
  });

  it('renders a clean spec without warnings, one element per line, coordinates rounded', async () => {
    const r = await renderChart(chart('shares', line));
    expect(r.warnings).toEqual([]);
    expect(r.svg.startsWith('<svg')).toBe(true);
    expect(r.svg).not.toMatch(/></);
    expect(r.svg).not.toMatch(/\d\.\d{3,}/);
    // the definition is passed through
    expect(r.id).toBe('shares');
    expect(r.spec).toBe(line);
  });

  it('collects Vega-Lite warnings instead of printing them', async () => {
    // a quantitative field that no row has: Vega-Lite warns, the chart still renders
    const spec: TopLevelSpec = {
      data: { values },
      mark: 'bar',
      encoding: {
        x: { field: 'year', type: 'ordinal' },
        y: { field: 'share', type: 'quantitative' },
        size: { field: 'share', type: 'nominal' },
      },
    };
    const r = await renderChart(chart('warned', spec));
    expect(r.warnings.length).toBeGreaterThan(0);
  });
});

describe('textWidth', () => {
  it('measures "East and South Asia" at 11 px from Noto Sans, not as 0.8 x characters x size', () => {
    // From the font file with fontkit: advance widths of the laid-out glyphs, in font units,
    // divided by units per em, times 11 px.
    const require = createRequire(import.meta.url);
    const file = require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2');
    const font = fontkit.create(readFileSync(file)) as unknown as { unitsPerEm: number; layout(text: string): { advanceWidth: number } };
    const expected = (font.layout('East and South Asia').advanceWidth / font.unitsPerEm) * 11;
    const width = textWidth('East and South Asia', 11, 400);
    expect(width).toBeCloseTo(expected, 1);
    // Vega's fallback: 0.8 x 19 characters x 11 px = 167.2
    expect(Math.abs(width - 0.8 * 19 * 11)).toBeGreaterThan(30);
  });

  it('scales with the size and is wider in bold', () => {
    expect(textWidth('Africa', 22)).toBeCloseTo(2 * textWidth('Africa', 11), 10);
    expect(textWidth('Africa', 11, 700)).toBeGreaterThan(textWidth('Africa', 11, 400));
    expect(textWidth('Africa', 11, 'bold')).toBe(textWidth('Africa', 11, 700));
    expect(textWidth('', 11)).toBe(0);
  });
});
