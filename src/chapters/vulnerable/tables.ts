/** The chapter's tables, and the data tables behind its charts, numbered in the order printed. */
import type { RenderedChart } from '../../charts/chart';
import { chartModel, type ChartModel, type TableModel } from '../../render/model';
import type { Data } from '../../validate/validate-data';
import { VULNERABLE_CHARTS } from './charts';
import type { ChapterFigures } from './figures';
import { SHORT } from './groups';
import type { GroupTrade } from './metrics';
import { growthSourceNote, tradeSourceNote } from './sources';

/** The chapter's three charts; a chart with no data is null and the text says so. */
export interface VulnerableCharts {
  toSouth: ChartModel | null;
  southSouth: ChartModel | null;
  growth: ChartModel | null;
}

/** The charts with their data tables, labelled "Figure n.1" onwards in the order printed. */
export function chartModels(
  { m, period, trade: f, growth: gf }: ChapterFigures,
  charts: ReadonlyMap<string, RenderedChart>,
  number: number,
  data: Data,
): VulnerableCharts {
  const tradeSource = tradeSourceNote(data);
  const growthSource = growthSourceNote(data, m.window.to);
  const all = [...m.groups, m.other];
  // Charts, numbered in the order printed; a chart with no data is left out and the text says so.
  let n = 0;
  const label = () => `Figure ${number}.${++n}`;
  const lines = (g: GroupTrade[], key: 'toSouthShare' | 'southSouthShare'): TableModel['rows'] => {
    const years = [...new Set(g.flatMap((x) => x.flows.map((o) => o.year)))].sort((a, b) => a - b);
    return years.map((y) => ({ label: String(y), cells: g.map((x) => f.share(x, key, y)) }));
  };
  const toSouthChart = charts.get(VULNERABLE_CHARTS.toSouth);
  const toSouth = toSouthChart
    ? chartModel(toSouthChart, label(), {
        id: `${VULNERABLE_CHARTS.toSouth}-data`,
        label: '',
        caption: 'Share of exports that went to developing economies, per cent',
        head: ['Year', ...all.map((g) => SHORT.get(g.id)!)],
        rows: lines(all, 'toSouthShare'),
        source: tradeSource,
        notes: [],
      })
    : null;
  const ssChart = charts.get(VULNERABLE_CHARTS.southSouth);
  const southSouthChart = ssChart
    ? chartModel(ssChart, label(), {
        id: `${VULNERABLE_CHARTS.southSouth}-data`,
        label: '',
        caption: 'Share of the exports of developing economies to developing economies, per cent, and their value',
        head: ['Year', ...m.groups.map((g) => SHORT.get(g.id)!), 'All South-South exports'],
        rows: lines(m.groups, 'southSouthShare').map((r) => ({ ...r, cells: [...r.cells, f.southSouth(Number(r.label))] })),
        source: tradeSource,
        notes: [],
      })
    : null;
  const growthRows = m.growth.map((g) => ({
    label: SHORT.get(g.id)!,
    cells: [gf.gdp(g, 'from'), gf.gdp(g, 'to'), gf.gdpGrowth(g), gf.pc(g, 'from'), gf.pc(g, 'to'), gf.pcGrowth(g)],
  }));
  const grChart = charts.get(VULNERABLE_CHARTS.growth);
  const growthChartModel = grChart
    ? chartModel(grChart, label(), {
        id: `${VULNERABLE_CHARTS.growth}-data`,
        label: '',
        caption: `GDP and GDP per capita, current dollars, ${period}`,
        head: [
          'Group',
          `GDP, ${m.window.from}`,
          `GDP, ${m.window.to}`,
          'Growth (per cent a year)',
          `GDP per capita, ${m.window.from}`,
          `GDP per capita, ${m.window.to}`,
          'Growth (per cent a year)',
        ],
        rows: growthRows,
        source: growthSource,
        notes: [],
      })
    : null;
  return { toSouth, southSouth: southSouthChart, growth: growthChartModel };
}

/** The table of the groups' exports by destination (null without trade), then that of their growth: "Table n.1" onwards. */
export function tables(
  { m, period, trade: f, growth: gf, count }: ChapterFigures,
  hasTrade: boolean,
  number: number,
  data: Data,
): { tradeTable: TableModel | null; growthTable: TableModel } {
  const e = m.edition;
  const tradeSource = tradeSourceNote(data);
  const growthSource = growthSourceNote(data, m.window.to);
  const all = [...m.groups, m.other];
  let n = 0;
  const tradeTable: TableModel | null = !hasTrade
    ? null
    : {
        id: 'vulnerable-destination',
        label: `Table ${number}.${++n}`,
        caption: `Exports of LDCs, LLDCs and SIDS by destination, ${e}`,
        head: [
          'Group',
          `Exports, ${e}`,
          'To developing economies (per cent)',
          `Change on ${e - 1} (percentage points)`,
          'To developed economies (per cent)',
          'Share of South-South exports (per cent)',
          `Change on ${e - 1} (percentage points)`,
        ],
        rows: all.map((g) => ({
          label: SHORT.get(g.id)!,
          cells: [
            f.total(g, e),
            f.share(g, 'toSouthShare', e),
            f.change(g, 'toSouthShare', e) ?? '..',
            f.share(g, 'toNorthShare', e),
            f.share(g, 'southSouthShare', e),
            f.change(g, 'southSouthShare', e) ?? '..',
          ],
        })),
        source: tradeSource,
        notes: [
          'Exports as reported by the importing economies, in current dollars. Share of South-South ' +
            'exports: the group\u2019s exports to developing economies as a percentage of the exports ' +
            'of all developing economies to developing economies.',
          'An economy can belong to more than one group (a landlocked or island least developed country), so the rows do not add up.',
        ],
      };
  const growthTable: TableModel = {
    id: 'vulnerable-growth-table',
    label: `Table ${number}.${++n}`,
    caption: `Growth of GDP and GDP per capita, current dollars, ${period}`,
    head: [
      'Group',
      'Members',
      `With data for ${m.window.from} and ${m.window.to}`,
      `GDP, ${m.window.to}`,
      'GDP growth (per cent a year)',
      `GDP per capita, ${m.window.to}`,
      'GDP per capita growth (per cent a year)',
    ],
    rows: m.growth.map((g) => ({
      label: SHORT.get(g.id)!,
      cells: [count(g.id, g.members.length, m.window.to), gf.covered(g), gf.gdp(g, 'to'), gf.gdpGrowth(g), gf.pc(g, 'to'), gf.pcGrowth(g)],
    })),
    source: growthSource,
    notes: [
      'Sums over the members with GDP and population data for both years, so that growth is not ' +
        'confused with a change in coverage. Compound annual rates in current dollars: they ' +
        'include changes in prices and exchange rates and are not real growth.',
    ],
  };
  return { tradeTable, growthTable };
}
