import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChartDef } from '../../src/charts/chart';
import { CHART_CACHE_DIR, chartKey, readCachedChart, writeCachedChart } from '../../src/charts/chart-cache';
import { renderChart, renderCharts } from '../../src/charts/render-chart';
import * as msg from '../../src/messages';

const spec = (values: { year: number; v: number }[]): TopLevelSpec => ({
  width: 120,
  height: 60,
  data: { values },
  mark: 'line',
  encoding: { x: { field: 'year', type: 'quantitative', axis: { format: 'd' } }, y: { field: 'v', type: 'quantitative' } },
});
const chart = (id: string, s: TopLevelSpec): ChartDef => ({ id, title: id, source: 'Source: test.', alt: id, spec: s });

describe('chartKey', () => {
  const a = chart(
    'a',
    spec([
      { year: 2000, v: 1 },
      { year: 2001, v: 2 },
    ]),
  );

  it('is the same for the same id and spec, whatever else the definition says', () => {
    expect(chartKey(a)).toBe(chartKey({ ...a, title: 'other', alt: 'other', spec: structuredClone(a.spec) }));
    expect(chartKey(a)).toMatch(/^ssc-chart-\d+-[0-9a-f]{64}$/);
  });

  it('changes with the id (ids inside the SVG are prefixed with it) and with any value plotted', () => {
    expect(chartKey({ ...a, id: 'b' })).not.toBe(chartKey(a));
    expect(
      chartKey(
        chart(
          'a',
          spec([
            { year: 2000, v: 1 },
            { year: 2001, v: 2.001 },
          ]),
        ),
      ),
    ).not.toBe(chartKey(a));
  });
});

describe('readCachedChart and writeCachedChart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ssc-chart-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('read back what was written; a missing or damaged entry is a miss', async () => {
    await writeCachedChart('k1', { svg: '<svg/>', warnings: ['w'] }, dir);
    expect(await readCachedChart('k1', dir)).toEqual({ svg: '<svg/>', warnings: ['w'] });
    expect(await readCachedChart('k2', dir)).toBeNull();
    writeFileSync(join(dir, 'k3.json'), '{"svg": "<svg');
    expect(await readCachedChart('k3', dir)).toBeNull();
    writeFileSync(join(dir, 'k4.json'), '{"svg": 3, "warnings": []}');
    expect(await readCachedChart('k4', dir)).toBeNull();
  });

  it('checks each entry against its checksum: a flipped byte is discarded and reported, not read', async () => {
    await writeCachedChart('k5', { svg: '<svg><text>18.7</text></svg>', warnings: [] }, dir);
    const path = join(dir, 'k5.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('18.7', '19.7'));
    const damaged: string[] = [];
    expect(await readCachedChart('k5', dir, (e) => damaged.push(e))).toBeNull();
    expect(damaged).toEqual([path]);
    expect(existsSync(path)).toBe(false);
    // an entry without a checksum (as earlier releases wrote them) is not trusted either
    writeFileSync(join(dir, 'k6.json'), JSON.stringify({ svg: '<svg/>', warnings: [] }));
    expect(await readCachedChart('k6', dir, (e) => damaged.push(e))).toBeNull();
    expect(damaged).toHaveLength(2);
  });
});

describe('renderCharts', () => {
  // a chart no other test renders, so that its entry is this test's own
  const own = chart(
    'cache-test',
    spec([
      { year: 1901, v: 3 },
      { year: 1902, v: 7 },
    ]),
  );
  const entry = join(CHART_CACHE_DIR, `${chartKey(own)}.json`);
  afterAll(() => rmSync(entry, { force: true }));

  it('renders what renderChart renders, and stores it when asked to cache', async () => {
    const direct = await renderChart(own);
    const [first] = await renderCharts([own], { cache: true });
    expect(first).toEqual(direct);
    expect(existsSync(entry)).toBe(true);
    const [second] = await renderCharts([own], { cache: true });
    expect(second).toEqual(direct);
  });

  it('reads an entry back instead of rendering, only when asked to cache', async () => {
    await writeCachedChart(chartKey(own)!, { svg: '<svg>from the cache</svg>', warnings: ['cached warning'] });
    const [cached] = await renderCharts([own], { cache: true });
    expect(cached!.svg).toBe('<svg>from the cache</svg>');
    expect(cached!.warnings).toEqual(['cached warning']);
    expect(cached!.spec).toBe(own.spec);
    const [fresh] = await renderCharts([own]);
    expect(fresh!.svg.startsWith('<svg')).toBe(true);
    expect(fresh!.svg).not.toContain('from the cache');
  });

  it('renders afresh, with a warning naming the entry, when the entry is damaged', async () => {
    const direct = await renderChart(own);
    await renderCharts([own], { cache: true });
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('<svg', '<svg data-x="1"'));
    const [again] = await renderCharts([own], { cache: true });
    expect(again!.svg).toBe(direct.svg);
    expect(again!.warnings).toEqual([msg.cacheDamaged(entry, 'the chart')]);
    // stored afresh, without the note
    expect(await readCachedChart(chartKey(own)!)).toEqual({ svg: direct.svg, warnings: [] });
  });
});
