// Longer than 250 lines: the chapter's model with its coverage table and the comparison with the
// bilateral series, which share the figures registered at its top.
import { defineChapter, type ChapterContext } from '../chapter';
import { formatNumber } from '../../render/format';
import { chartModel, type ChapterBase, type ChartModel, type TableModel } from '../../render/model';
import { shareSentence, type Sentence } from '../../render/narrative';
import { citation } from '../../render/sources';
import { definitionsChart, GROUP_NAMES, groupsChart, regionName, regionsChart } from './charts';
import { DEFINITIONS, INDICATORS, register, slug, wdiSources } from './figures';
import { tradeRecentMetrics, type TradeRecentMetrics } from './metrics';

const M49 = 'un-m49-2020';
const REGIONS = 'countrycode-wb-regions';
const COW_SHARE = 'south-south-export-share';
/** The last year of the bilateral series (Correlates of War), where the two measures are compared. */
const BILATERAL_END = 2014;

export interface TradeRecentChapter extends ChapterBase {
  firstYear: number;
  lastYear: number;
  /** Last year of the bilateral series in this edition. */
  bilateralTo: number | null;
  summary: Sentence[];
  comparison: Sentence[];
  regional: Sentence[];
  charts: ChartModel[];
  tables: TableModel[];
}

/**
 * Trade among developing countries to the latest year, from the World Bank's shares of each
 * economy's exports by destination: a different measure from the bilateral one, shown beside it
 * where both exist. Every number printed is registered here.
 */
function tradeRecentChapter({
  number,
  data,
  metrics: m,
  charts,
  ledger,
  thresholds: t,
}: ChapterContext<TradeRecentMetrics>): TradeRecentChapter {
  const wdi = wdiSources(data);
  const src = [...wdi, M49].join(';');
  const regionSrc = [...wdi, M49, REGIONS].join(';');
  const y = m.lastYear;
  const sourceLine =
    `Source: calculations based on ${wdi.map((id) => citation(data, id)).join('; ')}; ` + 'developing economies as in UNSD M49 (2020).';
  const groups = m.groups.map((g) => ({ g, f: register(ledger, g, INDICATORS.share, g.id, src) }));
  const regions = m.regions.map((r) => ({ r, f: register(ledger, r, INDICATORS.within, slug(r.region), regionSrc) }));
  const [south, ...vulnerable] = groups;

  const name = (id: string) => GROUP_NAMES[id]!.toLowerCase().replace(/^small island developing states$/, 'small island developing States');
  const summary: Sentence[] = [
    shareSentence(
      'the share of developing economies\u2019 merchandise exports that went to low- and middle-income economies',
      y,
      south!.f.points,
      south!.f.level(y),
      south!.f.change(y),
      t,
    ),
    ...vulnerable.map(({ g, f }) =>
      shareSentence(
        `the share going to low- and middle-income economies of the exports of ${name(g.id)}`,
        y,
        f.points,
        f.level(y),
        f.change(y),
        t,
      ),
    ),
  ];
  const [n, pct] = south!.f.covered(y);
  summary.push([
    `The ${y} figures cover `,
    n,
    ' developing economies, with ',
    pct,
    ' per cent of the merchandise exports of all developing economies whose exports are recorded that year.',
  ]);

  // Where both measures exist: the bilateral share, as the trade chapter printed it, and the gap.
  const overlap = m.bilateral.filter((b) => b.year >= m.firstYear && b.year <= Math.min(BILATERAL_END, y));
  const gap = (year: number) => {
    const cow = ledger.get(`${COW_SHARE}:south:${year}`);
    const own = south!.g.points.find((p) => p.year === year)?.value ?? null;
    const b = m.bilateral.find((x) => x.year === year)?.value ?? null;
    const v = b !== null && own !== null ? b - own : null;
    return {
      cow,
      own: south!.f.level(year),
      gap: ledger.add({
        indicator: INDICATORS.gap,
        entity: 'south',
        period: String(year),
        value: v,
        unit: 'percentage points',
        source: `cow-trade-4.0;${src}`,
        derived_from: [`${COW_SHARE}:south:${year}`, `${INDICATORS.share}:south:${year}`],
        text: formatNumber(v),
      }),
    };
  };
  const comparison: Sentence[] = [];
  if (overlap.length >= 2) {
    const a = overlap[0]!.year,
      b = overlap[overlap.length - 1]!.year;
    const ga = gap(a),
      gb = gap(b);
    // Years in which both measures moved the same way: whether this one can stand for the other's trend.
    let same = 0;
    for (let i = 1; i < overlap.length; i++) {
      const own = (year: number) => south!.g.points.find((p) => p.year === year)?.value ?? NaN;
      const moves = [overlap[i]!.value - overlap[i - 1]!.value, own(overlap[i]!.year) - own(overlap[i - 1]!.year)];
      if (overlap[i]!.year === overlap[i - 1]!.year + 1 && Math.sign(moves[0]!) === Math.sign(moves[1]!)) same++;
    }
    const sameFig = ledger.add({
      indicator: 'south-share-same-direction-years',
      entity: 'south',
      period: `${a + 1}-${b}`,
      value: same,
      unit: 'years',
      source: `cow-trade-4.0;${src}`,
      derived_from: overlap.map((o) => `${COW_SHARE}:south:${o.year}`),
      text: formatNumber(same, 0),
    });
    const comparedFig = ledger.add({
      indicator: 'south-share-compared-years',
      entity: 'south',
      period: `${a + 1}-${b}`,
      value: overlap.length - 1,
      unit: 'years',
      source: `cow-trade-4.0;${src}`,
      text: formatNumber(overlap.length - 1, 0),
    });
    comparison.push([
      `Where both measures exist, ${a}-${b}, the bilateral share is the higher: by `,
      ga.gap,
      ` percentage points in ${a} and `,
      gb.gap,
      ` in ${b}. Part of the difference is the definition: exports to the Gulf States, ` +
        `Singapore, the Republic of Korea and other high-income economies of the South count as ` +
        `South-South trade in the bilateral measure and not in this one. The sources differ too: ` +
        `importers\u2019 reports there, World Bank estimates from the exporters\u2019 side here.`,
    ]);
    comparison.push([
      `The gap widened as the bilateral share rose faster, but the two moved in the same direction in `,
      sameFig,
      ' of the ',
      comparedFig,
      ` years from ${a + 1} to ${b}. After ${b} this measure shows ` +
        `the direction of South-South trade, not its level in the bilateral sense.`,
    ]);
  }

  const head = (what: string) => [
    'Group',
    `${what}, ${y} (per cent)`,
    `Change on ${y - 1} (percentage points)`,
    `Economies covered, ${y}`,
    `Exports covered, ${y} (per cent)`,
    `${what}, ${Math.min(BILATERAL_END, y)} (per cent)`,
  ];
  const row = (label: string, f: ReturnType<typeof register>) => ({
    label,
    cells: [f.level(y), f.change(y) ?? '..', ...f.covered(y), f.level(Math.min(BILATERAL_END, y))],
  });
  const tables: TableModel[] = [
    {
      id: 'trade-recent-latest',
      label: `Table ${number}.1`,
      caption: `Share of merchandise exports going to low- and middle-income economies, by group of exporters, ${y}`,
      head: head('Share'),
      rows: groups.map(({ g, f }) => row(GROUP_NAMES[g.id]!, f)),
      source: sourceLine,
      notes: [
        'Shares weighted by each exporter\u2019s merchandise exports; economies with exports but ' +
          'no shares that year are left out, and the exports covered are a percentage of those of ' +
          'all the group\u2019s economies with exports recorded.',
      ],
    },
    {
      id: 'trade-recent-regions-table',
      label: `Table ${number}.2`,
      caption:
        `Share of the exports of each World Bank region\u2019s developing economies going to low- ` +
        `and middle-income economies of the same region, ${y}`,
      head: ['Region', ...head('Share').slice(1)],
      rows: regions.map(({ r, f }) => row(regionName(r.region), f)),
      source: `${sourceLine.replace(/\.$/, '')}; World Bank regions as recorded by ${citation(data, REGIONS)}.`,
      notes: [],
    },
  ];
  const regional: Sentence[] = regions.map(({ r, f }) =>
    shareSentence(
      `the share of the exports of developing ${regionName(r.region)} that went to low- and middle-income economies of the region`,
      y,
      f.points,
      f.level(y),
      f.change(y),
      t,
    ),
  );

  const chartModels: ChartModel[] = [];
  const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const def = charts.get('trade-recent-definitions');
  if (def) {
    const rows = years(m.firstYear, y).map((year) => {
      const inBoth = year <= BILATERAL_END && m.bilateral.some((b) => b.year === year);
      const g = inBoth ? gap(year) : null;
      const [cn, cp] = south!.f.covered(year);
      return { label: String(year), cells: [south!.f.level(year), g?.cow ?? '..', g?.gap ?? '..', cn, cp] };
    });
    chartModels.push(
      chartModel(def, `Figure ${number}.1`, {
        id: 'trade-recent-definitions-data',
        label: `Table ${number}.3`,
        caption: 'The two measures by year, with the coverage of the World Bank shares',
        head: [
          'Year',
          'To low- and middle-income economies (per cent)',
          'To developing economies, bilateral (per cent)',
          'Difference (percentage points)',
          'Economies covered',
          'Exports covered (per cent)',
        ],
        rows,
        source: def.source,
        notes: [],
      }),
    );
  }
  for (const [id, list] of [
    ['trade-recent-groups', groups.map((x) => ({ name: GROUP_NAMES[x.g.id]!, f: x.f }))],
    ['trade-recent-regions', regions.map((x) => ({ name: regionName(x.r.region), f: x.f }))],
  ] as const) {
    const c = charts.get(id);
    if (!c) continue;
    const table: TableModel = {
      id: `${id}-data`,
      label: '',
      caption: `Data for figure ${number}.${chartModels.length + 1} (per cent)`,
      head: ['Year', ...list.map((l) => l.name)],
      rows: years(m.firstYear, y).map((year) => ({ label: String(year), cells: list.map((l) => l.f.level(year)) })),
      source: c.source,
      notes: [],
    };
    chartModels.push(chartModel(c, `Figure ${number}.${chartModels.length + 1}`, table));
  }
  return {
    id: 'trade-recent',
    number,
    title: 'Exports to low- and middle-income economies',
    partial: 'chapter-trade-recent',
    firstYear: m.firstYear,
    lastYear: y,
    bilateralTo: m.bilateral.length ? m.bilateral[m.bilateral.length - 1]!.year : null,
    summary,
    comparison,
    regional,
    charts: chartModels,
    tables,
  };
}

export const tradeRecentChapterSpec = defineChapter<TradeRecentMetrics>({
  id: 'trade-recent',
  indicators: DEFINITIONS,
  metrics: tradeRecentMetrics,
  charts: (data, m) => {
    const line = `Source: calculations based on ${wdiSources(data)
      .map((id) => citation(data, id))
      .join('; ')}; developing economies as in UNSD M49 (2020).`;
    return [
      definitionsChart(m, `${line.replace(/\.$/, '')}; ${citation(data, 'cow-trade-4.0')}.`),
      groupsChart(m, line),
      regionsChart(m, line),
    ];
  },
  model: tradeRecentChapter,
});
