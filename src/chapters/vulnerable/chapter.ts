import { exportsToSouthChart, growthChart, southSouthShareChart, VULNERABLE_CHARTS, type Labelled } from './charts';
import { defineChapter, type ChapterContext } from '../chapter';
import type { Figure, Ledger } from '../../figures/ledger';
import type { LargestMember } from '../../metrics/largest-member';

import {
  indicators,
  OTHER_DEVELOPING,
  VULNERABLE_GROUPS,
  vulnerableMetrics,
  type GroupGrowth,
  type GroupTrade,
  type VulnerableMetrics,
} from './metrics';
import type { Data } from '../../validate/validate-data';
import { formatMoneyMillions, formatNumber } from '../../render/format';
import { chartModel, type ChapterBase, type ChartModel, type TableModel } from '../../render/model';
import { shareSentence, type Sentence } from '../../render/narrative';
import { growthSentence, listNames, shareComparison } from './narrative';
import { definitions } from './indicators';
import { citation } from '../../render/sources';
import { figureSeries } from '../../figures/figure-series';
import { type SeriesYear, SOUTH } from '../../metrics/series';

const COW = 'cow-trade-4.0';
const M49 = 'un-m49-2020';
const LDC_LIST = 'un-ldc-list-2024';
const GDP = 'wdi-gdp-2026';
const POP = 'wdi-population-2026';
const OTHER_NAME = 'the other developing economies';

/** Short names of the entities, as tables and charts label them. */
const SHORT = new Map<string, string>([
  ...VULNERABLE_GROUPS.map((g) => [g.id, g.abbr] as [string, string]),
  [OTHER_DEVELOPING, 'Other developing economies'],
]);

export interface VulnerableChapter extends ChapterBase {
  edition: number;
  firstYear: number | null;
  window: string;
  hasTrade: boolean;
  membership: Sentence;
  excluded: string;
  exporters: Sentence[];
  destination: Sentence[];
  southSouth: Sentence[];
  growth: Sentence[];
  coverage: Sentence[];
  charts: { toSouth: ChartModel | null; southSouth: ChartModel | null; growth: ChartModel | null };
  tradeTable: TableModel | null;
  growthTable: TableModel;
}

/**
 * The chapter on the most vulnerable economies: where the exports of the least developed,
 * landlocked developing and small island developing countries go, their part in South-South
 * trade, and their growth against the rest of the South. Every number it prints is registered
 * in the ledger here, with the sources it rests on.
 */
function vulnerableChapter({
  number,
  data,
  metrics: m,
  charts,
  ledger,
  thresholds: t,
}: ChapterContext<VulnerableMetrics>): VulnerableChapter {
  const e = m.edition;
  const name = (iso3: string) => data.countries.rows.find((c) => c.iso3 === iso3)?.name ?? iso3;
  // The other developing economies are those outside the LDCs of the year, so every group rests on the list.
  const tradeSrc = `${COW};${M49};${LDC_LIST}`;
  const groupsAs = `LDCs as listed by the United Nations in each year; LLDCs and SIDS as flagged in UNSD M49 (2020)`;
  const tradeSource = `Source: calculations based on ${citation(data, COW)}; ${groupsAs}.`;
  const growthSource =
    `Source: calculations based on ${citation(data, GDP)} and ${citation(data, POP)}; LDCs as ` +
    `listed by the United Nations in ${m.window.to}; LLDCs and SIDS as flagged in UNSD M49 ` +
    `(2020).`;
  const f = figures(ledger, m, tradeSrc);
  const all = [...m.groups, m.other];
  const hasTrade = hasGroupTrade(m);

  // LLDCs and SIDS are counted on the 2020 list, the LDCs (and so the others) on the list of the year: the
  // trade figures' year, or for growth the window's last year.
  const asOf = (id: string, year: number) =>
    id === 'lldc' || id === 'sids' ? { period: '2020', source: M49 } : { period: String(year), source: `${M49};${LDC_LIST}` };
  const count = (id: string, n: number, year = e) =>
    ledger.add({
      indicator: 'vulnerable-group-members',
      entity: id,
      ...asOf(id, year),
      value: n,
      unit: 'economies',
      text: formatNumber(n, 0),
    });
  const membership: Sentence = [
    `The LDCs are the developing economies on the United Nations list of least developed countries in each year, `,
    count('ldc', m.groups[0]!.members.length),
    ` in ${e}: a country counts from the year it was added to the list until it graduated. `,
    'The LLDCs (',
    count('lldc', m.groups[1]!.members.length),
    ') and SIDS (',
    count('sids', m.groups[2]!.members.length),
    ') are the developing economies that the 2020 version of M49 flags, applied to every year, for want of a dated list of changes. ',
    `The other developing economies, in none of the three groups in ${e}, number `,
    count(OTHER_DEVELOPING, m.other.members.length),
    '.',
  ];
  const out = m.excluded.map((x) => `${name(x.iso3)} (${SHORT.get(x.group)})`);
  const excluded =
    out.length === 0
      ? ''
      : `${listNames(out)}, listed as a group member but classed in M49 as developed, ` +
        `${out.length === 1 ? 'is' : 'are'} therefore left out.`;

  const exporters = m.groups.map((g, i): Sentence => {
    const fl = g.flows.find((o) => o.year === e);
    const abbr = VULNERABLE_GROUPS[i]!.abbr;
    if (!fl) return ['None of the ', count(g.id, g.members.length), ` ${abbr} has exports recorded in ${e}.`];
    const n = ledger.add({
      indicator: 'vulnerable-exporting-members',
      entity: g.id,
      period: String(e),
      value: fl.exporters,
      unit: 'economies',
      source: tradeSrc,
      text: formatNumber(fl.exporters, 0),
    });
    return [
      'Of the ',
      count(g.id, g.members.length),
      ` ${abbr}, `,
      n,
      ` have exports recorded in ${e}.`,
      ...largestClause(
        ledger,
        g.largest,
        `exporter among the ${abbr}`,
        'exports',
        { entity: g.id, period: String(e), year: e, indicator: 'vulnerable-largest-exporter-share', source: tradeSrc },
        name,
      ),
    ];
  });

  // The trade comparison spans the growth window's length back from the trade year (the GDP window may end later).
  const from = Math.max(m.firstYear ?? e, e - (m.window.to - m.window.from));
  const destination = m.groups.map((g, i): Sentence => {
    const grp = VULNERABLE_GROUPS[i]!;
    const level = f.share(g, 'toSouthShare', e);
    const s = shareSentence(
      `the share of ${grp.adjective} exports that went to developing economies`,
      e,
      g.toSouth,
      level,
      f.change(g, 'toSouthShare', e),
      t,
    );
    if (level.value === null) return s;
    const north = f.share(g, 'toNorthShare', e);
    const parts: Sentence = [
      ...s,
      ' ',
      ...shareComparison(level, f.share(m.other, 'toSouthShare', e), OTHER_NAME, t),
      ' Developed economies took ',
      north,
      ` per cent of ${grp.adjective} exports.`,
    ];
    const start = f.share(g, 'toSouthShare', from);
    if (from < e && start.value !== null) parts.push(` In ${from} the share had been `, start, ' per cent.');
    return parts;
  });

  const southSouth = m.groups.map((g, i) =>
    shareSentence(
      `the share of ${VULNERABLE_GROUPS[i]!.abbr} in the exports of developing economies to developing economies`,
      e,
      g.southSouth,
      f.share(g, 'southSouthShare', e),
      f.change(g, 'southSouthShare', e),
      t,
    ),
  );

  const period = `${m.window.from}-${m.window.to}`;
  const gf = growthFigures(ledger, period);
  const other = m.growth.find((g) => g.id === OTHER_DEVELOPING)!;
  const growth = m.growth
    .filter((g) => g.id !== OTHER_DEVELOPING)
    .map((g): Sentence => {
      const abbr = SHORT.get(g.id)!;
      return [
        ...growthSentence(`the GDP of the ${abbr}, in current dollars,`, period, gf.gdpGrowth(g), gf.gdpGrowth(other), OTHER_NAME, t),
        ' ',
        ...growthSentence(`their GDP per capita`, period, gf.pcGrowth(g), gf.pcGrowth(other), OTHER_NAME, t, false),
        ...largestClause(
          ledger,
          g.largest,
          `economy among the ${abbr}`,
          'GDP',
          {
            entity: g.id,
            period,
            year: m.window.to,
            indicator: 'vulnerable-largest-economy-gdp-share',
            source: `${GDP};${M49};${LDC_LIST}`,
          },
          name,
        ),
      ];
    });
  const coverage = m.growth.map((g): Sentence => {
    const who = g.id === OTHER_DEVELOPING ? OTHER_NAME : `the ${SHORT.get(g.id)}`;
    const lacking = g.totals.lacking.map((l) => `${name(l.iso3)} (${listNames(l.years.map(String))})`).sort((a, b) => a.localeCompare(b));
    return [
      `For ${who}, `,
      gf.covered(g),
      ' of ',
      count(g.id, g.members.length, m.window.to),
      ` members have GDP and population data for both ${m.window.from} and ${m.window.to}`,
      lacking.length ? `; without (year lacking data in brackets): ${listNames(lacking)}.` : '.',
    ];
  });

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

  let tables = 0;
  const tradeTable: TableModel | null = !hasTrade
    ? null
    : {
        id: 'vulnerable-destination',
        label: `Table ${number}.${++tables}`,
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
    label: `Table ${number}.${++tables}`,
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

  return {
    id: 'vulnerable',
    number,
    title: 'The most vulnerable economies',
    partial: 'chapter-vulnerable',
    edition: e,
    firstYear: m.firstYear,
    window: period,
    hasTrade,
    membership,
    excluded,
    exporters,
    destination,
    southSouth,
    growth,
    coverage,
    charts: { toSouth, southSouth: southSouthChart, growth: growthChartModel },
    tradeTable,
    growthTable,
  };
}

/** " The largest exporter among the SIDS, Singapore, accounted for 60.1 per cent of the group's exports in 2014." */
function largestClause(
  ledger: Ledger,
  l: LargestMember | null,
  what: string,
  of: string,
  id: { indicator: string; entity: string; period: string; year: number; source: string },
  name: (iso3: string) => string,
): Sentence {
  if (!l) return [];
  const share = ledger.add({
    indicator: id.indicator,
    entity: id.entity,
    period: id.period,
    value: l.share_pct,
    unit: 'per cent',
    source: id.source,
    text: formatNumber(l.share_pct),
  });
  return [` The largest ${what}, ${name(l.iso3)}, accounted for `, share, ` per cent of the group\u2019s ${of} in ${id.year}.`];
}

/** Registers the trade figures of a group: shares, their changes, amounts. */
function figures(ledger: Ledger, m: VulnerableMetrics, source: string) {
  const at = (s: SeriesYear[], y: number) => s.find((p) => p.year === y) ?? null;
  const series = (g: GroupTrade, key: 'toSouthShare' | 'toNorthShare' | 'southSouthShare') =>
    key === 'toSouthShare' ? g.toSouth : key === 'toNorthShare' ? g.toNorth : g.southSouth;
  const self = {
    /** The group's exports to all partners. */
    total(g: GroupTrade, y: number): Figure {
      const v = g.flows.find((x) => x.year === y)?.total_musd ?? null;
      return ledger.add({
        indicator: indicators(g.id).total,
        entity: g.id,
        period: String(y),
        value: v,
        unit: 'millions of current dollars',
        source,
        text: formatMoneyMillions(v),
      });
    },
    /** All developing economies' exports to developing economies: the trade chapter's figure, same id, same number. */
    southSouth(y: number): Figure {
      const v = m.southSouth.find((p) => p.year === y)?.value ?? null;
      return ledger.add({
        indicator: 'south-south-exports',
        entity: SOUTH,
        period: String(y),
        value: v,
        unit: 'millions of current dollars',
        source,
        text: formatMoneyMillions(v),
      });
    },
    share(g: GroupTrade, key: 'toSouthShare' | 'toNorthShare' | 'southSouthShare', y: number): Figure {
      const v = at(series(g, key), y)?.value ?? null;
      return ledger.add({
        indicator: indicators(g.id)[key],
        entity: g.id,
        period: String(y),
        value: v,
        unit: 'per cent',
        source,
        text: formatNumber(v),
      });
    },
    change(g: GroupTrade, key: 'toSouthShare' | 'southSouthShare', y: number): Figure | null {
      const p = at(series(g, key), y);
      if (!p || p.change === null) return null;
      return figureSeries(ledger, {
        indicator: indicators(g.id)[key],
        entity: g.id,
        unit: 'per cent',
        source,
        points: series(g, key),
      }).change(y);
    },
  };
  return self;
}

/** Registers the growth figures of a group over the window. */
function growthFigures(ledger: Ledger, period: string) {
  const source = `${GDP};${POP};${M49};${LDC_LIST}`;
  const end = (which: 'from' | 'to') => (which === 'from' ? 'start' : 'end');
  return {
    covered: (g: GroupGrowth) =>
      ledger.add({
        indicator: 'gdp-growth-members',
        entity: g.id,
        period,
        value: g.totals.covered.length,
        unit: 'economies',
        source,
        text: formatNumber(g.totals.covered.length, 0),
      }),
    gdp: (g: GroupGrowth, which: 'from' | 'to') => {
      const v = g.totals[which]?.gdp ?? null;
      return ledger.add({
        indicator: `gdp-window-${end(which)}`,
        entity: g.id,
        period,
        value: v,
        unit: 'current dollars',
        source: `${GDP};${M49};${LDC_LIST}`,
        text: formatMoneyMillions(v === null ? null : v / 1e6),
      });
    },
    gdpGrowth: (g: GroupGrowth) =>
      ledger.add({
        indicator: 'gdp-growth',
        entity: g.id,
        period,
        value: g.gdpGrowth,
        unit: 'per cent a year',
        source: `${GDP};${M49};${LDC_LIST}`,
        derived_from: [`gdp-window-start:${g.id}:${period}`, `gdp-window-end:${g.id}:${period}`],
        text: formatNumber(g.gdpGrowth),
        kind: 'growth',
        base: 'gdp-window-end',
      }),
    pc: (g: GroupGrowth, which: 'from' | 'to') => {
      const v = g.perCapita[which];
      return ledger.add({
        indicator: `gdp-per-capita-window-${end(which)}`,
        entity: g.id,
        period,
        value: v,
        unit: 'current dollars',
        source,
        text: v === null ? '..' : `$${formatNumber(v, 0)}`,
      });
    },
    pcGrowth: (g: GroupGrowth) =>
      ledger.add({
        indicator: 'gdp-per-capita-growth',
        entity: g.id,
        period,
        value: g.perCapitaGrowth,
        unit: 'per cent a year',
        source,
        derived_from: [`gdp-per-capita-window-start:${g.id}:${period}`, `gdp-per-capita-window-end:${g.id}:${period}`],
        text: formatNumber(g.perCapitaGrowth),
        kind: 'growth',
        base: 'gdp-per-capita-window-end',
      }),
  };
}

/** Whether any of the three groups has exports recorded up to the edition. */
function hasGroupTrade(m: VulnerableMetrics): boolean {
  return m.groups.some((g) => g.flows.length > 0);
}

/** Chapter: the most vulnerable economies. */
export const vulnerableChapterSpec = defineChapter({
  id: 'vulnerable',
  indicators: definitions(),
  metrics: (data: Data, options) => vulnerableMetrics(data, options),
  charts: (data, m) => {
    const trade =
      `Source: calculations based on ${citation(data, COW)}; LDCs as listed by the United ` +
      `Nations in each year; LLDCs and SIDS as flagged in UNSD M49 (2020).`;
    const growth =
      `Source: calculations based on ${citation(data, GDP)} and ${citation(data, POP)}; LDCs as ` +
      `listed by the United Nations in ${m.edition}; LLDCs and SIDS as flagged in UNSD M49 ` +
      `(2020).`;
    const named = (g: GroupTrade): Labelled => ({ name: SHORT.get(g.id)!, trade: g });
    const tradeCharts = hasGroupTrade(m)
      ? [exportsToSouthChart(m, [...m.groups, m.other].map(named), trade), southSouthShareChart(m, m.groups.map(named), trade)]
      : [];
    return [...tradeCharts, growthChart(m, SHORT, growth)].filter((c) => c !== null);
  },
  model: vulnerableChapter,
});
