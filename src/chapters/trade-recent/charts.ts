import type { TopLevelSpec } from 'vega-lite';
import { baseSpec } from '../../charts/base-spec';
import type { ChartDef } from '../../charts/chart';
import { describeLines } from '../../charts/describe';
import { yearAxis } from '../../charts/theme';
import type { DirectionSeries, TradeRecentMetrics } from './metrics';

/** Names of the groups as the charts' legends print them. */
export const GROUP_NAMES: Record<string, string> = {
  south: 'Developing economies',
  ldc: 'Least developed countries',
  lldc: 'Landlocked developing countries',
  sids: 'Small island developing States',
};

/** World Bank region names as UN publications write them ("and", not "&"). */
export const regionName = (region: string) => region.replace(/ & /g, ' and ');

const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);

function lines(
  id: string,
  title: string,
  what: string,
  series: { name: string; points: { year: number; value: number | null }[] }[],
  from: number,
  to: number,
  source: string,
  yTitle: string,
): ChartDef {
  const alt = describeLines(what, 'per cent', series);
  const spec: TopLevelSpec = {
    ...baseSpec(alt, 440, 220),
    data: { values: series.flatMap((s) => s.points.map((p) => ({ year: p.year, series: s.name, share: round(p.value) }))) },
    mark: { type: 'line', point: true },
    encoding: {
      x: yearAxis(from, to),
      y: { field: 'share', type: 'quantitative', title: yTitle, scale: { domain: [0, 100] } },
      color: { field: 'series', type: 'nominal', title: null, sort: series.map((s) => s.name) },
    },
  };
  return { id, title: `${title}, ${from}-${to}`, source, alt, spec };
}

const upTo = (s: DirectionSeries, last: number) => s.points.filter((p) => p.year <= last).map((p) => ({ year: p.year, value: p.value }));

/** The two measures of South-South trade side by side: where they overlap the gap in level shows, after 2014 the trend goes on. */
export function definitionsChart(m: TradeRecentMetrics, source: string): ChartDef {
  return lines(
    'trade-recent-definitions',
    'Share of developing economies\u2019 exports going to the South, two definitions',
    'the share of developing economies\u2019 exports going to the South by two definitions',
    [
      { name: 'To low- and middle-income economies (World Bank, exporters\u2019 shares)', points: upTo(m.groups[0]!, m.lastYear) },
      { name: 'To developing economies (Correlates of War, bilateral)', points: m.bilateral },
    ],
    m.firstYear,
    m.lastYear,
    source,
    'Per cent of their exports',
  );
}

/** The share of each group's exports going to low- and middle-income economies. */
export function groupsChart(m: TradeRecentMetrics, source: string): ChartDef {
  return lines(
    'trade-recent-groups',
    'Exports going to low- and middle-income economies, by group of exporters',
    'the share of each group\u2019s merchandise exports going to low- and middle-income economies',
    m.groups.map((g) => ({ name: GROUP_NAMES[g.id]!, points: upTo(g, m.lastYear) })),
    m.firstYear,
    m.lastYear,
    source,
    'Per cent of the group\u2019s exports',
  );
}

/** Within-region shares by World Bank region. */
export function regionsChart(m: TradeRecentMetrics, source: string): ChartDef {
  return lines(
    'trade-recent-regions',
    'Exports of developing economies to low- and middle-income economies of their own region, by World Bank region',
    'the share of the exports of each World Bank region\u2019s developing economies going to ' +
      'low- and middle-income economies of the same region',
    m.regions.map((r) => ({ name: regionName(r.region), points: upTo(r, m.lastYear) })),
    m.firstYear,
    m.lastYear,
    source,
    'Per cent of the region\u2019s exports',
  );
}
