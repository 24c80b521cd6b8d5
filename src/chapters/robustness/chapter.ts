import { defineChapter, type ChapterContext } from '../chapter';
import { chartModel, type ChapterBase, type ChartModel, type TableModel } from '../../render/model';
import type { Sentence } from '../../render/narrative';
import { citation } from '../../render/sources';
import { NOT_APPLICABLE } from '../../render/format';
import { definitionsChart } from './charts';
import { DEFINITIONS, robustnessMetrics, type DefinitionShares, type RobustnessMetrics } from './metrics';
import { survivalSentences, type DefinitionFigures } from './narrative';
import { dependenceFigures, pct, points, unsigned } from './dependence';

const COW = 'cow-trade-4.0';
const COMTRADE = 'penppml-comtrade-0.2.4';
const M49 = 'un-m49-2020';
const SHARE = 'south-south-export-share-by-definition';

/** How a definition reads after "per cent" in running text. */
const IN_TEXT: Record<string, string> = {
  report: 'under the report\u2019s definition',
  'no-taiwan': 'without Taiwan Province of China',
  'no-high-income': 'without the Republic of Korea, Singapore and Taiwan Province of China',
  'group-of-77': 'counting members of the Group of 77 only',
  'no-china': 'without China',
};

export interface RobustnessChapter extends ChapterBase {
  hasData: boolean;
  base: number;
  latest: number;
  survival: Sentence[];
  dependence: Sentence[];
  hongKong: Sentence | null;
  table: TableModel | null;
  chart: ChartModel | null;
  dependenceTable: TableModel | null;
}

function robustnessChapter({
  number,
  data,
  metrics: m,
  charts,
  ledger,
  thresholds: t,
}: ChapterContext<RobustnessMetrics>): RobustnessChapter {
  const empty = {
    id: 'robustness',
    number,
    title: 'How much depends on who counts as the South',
    partial: 'chapter-robustness',
    hasData: false,
    base: 0,
    latest: m.edition,
    survival: [],
    dependence: [],
    hongKong: null,
    table: null,
    chart: null,
    dependenceTable: null,
  };
  if (!m.years) return empty;
  const [base, latest] = m.years;
  const src = (d: DefinitionShares) => (d.source === 'cow' ? `${COW};${M49}` : `${COMTRADE};${M49}`);
  const cowSrc = `${COW};${M49}`;
  const share = (d: DefinitionShares, i: 0 | 1) => pct(ledger, SHARE, d.id, d.years[i], d.shares[i], src(d));
  const figs = m.definitions.map((d): DefinitionFigures & { def: DefinitionShares } => {
    const [b, l] = [share(d, 0), share(d, 1)];
    const change =
      b.value === null || l.value === null
        ? null
        : points(ledger, `${SHARE}-change`, d.id, `${d.years[0]}-${d.years[1]}`, l.value - b.value, src(d), [b.id, l.id], { base: SHARE });
    return { id: d.id, label: IN_TEXT[d.id] ?? d.label, base: b, latest: l, change, def: d };
  });
  const report = figs.find((f) => f.id === 'report')!;
  const gap = (f: (typeof figs)[number]) => {
    if (f.id === 'report') return NOT_APPLICABLE;
    if (f.def.source !== 'cow' || f.latest.value === null || report.latest.value === null) return '..';
    return points(ledger, `${SHARE}-difference`, f.id, String(latest), f.latest.value - report.latest.value, src(f.def), [
      f.latest.id,
      report.latest.id,
    ]);
  };
  const cowFigs = figs.filter((f) => f.def.source === 'cow');
  const survival = survivalSentences(
    report,
    cowFigs.filter((f) => f !== report),
    t,
  );
  const ct = figs.filter((f) => f.def.source === 'comtrade');
  const [ctOwn, ctHk] = [ct.find((f) => f.id === 'comtrade-report'), ct.find((f) => f.id === 'comtrade-hong-kong')];
  if (ctOwn && ctHk && ctOwn.latest.value !== null && ctHk.latest.value !== null) {
    survival.push([
      `UN Comtrade, which records China, Hong Kong SAR and China, Macao SAR, puts the share in ${ctHk.def.years[1]} at `,
      ctHk.latest,
      ' per cent with them and ',
      ctOwn.latest,
      ` per cent without them, so that leaving them out, as the Correlates of War data do, lowers it by `,
      unsigned(
        points(
          ledger,
          `${SHARE}-hong-kong-macao-effect`,
          'south',
          String(ctHk.def.years[1]),
          ctHk.latest.value - ctOwn.latest.value,
          `${COMTRADE};${M49}`,
          [ctHk.latest.id, ctOwn.latest.id],
        ),
      ),
      ' percentage points.',
    ]);
  }
  const source =
    `Sources: calculations based on ${citation(data, COW)} and ${citation(data, COMTRADE)}; ` +
    `groups as in UNSD M49 (2020); Group of 77 membership from ` +
    `${citation(data, 'g77-cia-2020')}.`;
  const table: TableModel = {
    id: 'robustness-definitions-table',
    label: `Table ${number}.1`,
    caption:
      `Exports of developing economies to developing economies as a share of their exports, ` +
      `under seven definitions of the South, ${base} and ${latest}, per cent`,
    head: [
      'Definition',
      'Years',
      `Share, first year`,
      `Share, second year`,
      'Change (percentage points)',
      `Difference from the report\u2019s definition, ${latest} (percentage points)`,
    ],
    rows: figs.map((f) => ({
      label: f.def.label.replace(/^./, (c) => c.toUpperCase()),
      cells: [`${f.def.years[0]} and ${f.def.years[1]}`, f.base, f.latest, f.change ?? '..', gap(f)],
    })),
    source,
    notes: [
      'Share: exports from the economies counted as the South to those same economies, as a ' +
        'percentage of their exports to all partners. Correlates of War rows as reported by the ' +
        'importers, every year; UN Comtrade rows as reported by the exporters, in the waves ' +
        'nearest the two years (every fourth year).',
      'The Republic of Korea, Singapore and Taiwan Province of China are the newly ' +
        'industrialized economies of Asia in the Correlates of War data, all high-income; China, ' +
        'Hong Kong SAR, the fourth, is not in those data.',
      'Group of 77: the members on the list used, China and Bosnia and Herzegovina (classed as ' +
        'developed in M49) included; the State of Palestine and Azerbaijan, members, are missing ' +
        'from it.',
    ],
  };
  const c = charts.get('robustness-definitions');
  const chart = c
    ? chartModel(c, `Figure ${number}.1`, {
        ...table,
        id: 'robustness-definitions-data',
        label: '',
        caption: `Data for figure ${number}.1`,
      })
    : null;

  const { dependence, dependenceTable } = dependenceFigures(ledger, data, m.dependence, latest, number, cowSrc);
  let hongKong: Sentence | null = null;
  if (m.hongKong && m.hongKong.with !== null && m.hongKong.without !== null) {
    const { wave } = m.hongKong;
    const ctSrc = `${COMTRADE};${M49}`;
    const w = pct(ledger, 'comtrade-intraregional-share-with-hong-kong-macao', 'east-south-asia', wave, m.hongKong.with, ctSrc);
    const wo = pct(ledger, 'comtrade-intraregional-share-without-hong-kong-macao', 'east-south-asia', wave, m.hongKong.without, ctSrc);
    hongKong = [
      `For East and South Asia, UN Comtrade puts the intraregional share in ${wave} at `,
      w,
      ' per cent with China, Hong Kong SAR and China, Macao SAR among the members and ',
      wo,
      ' per cent without them: their absence from the Correlates of War data lowers the region\u2019s share by ',
      unsigned(
        points(ledger, 'hong-kong-macao-effect', 'east-south-asia', String(wave), m.hongKong.with - m.hongKong.without, ctSrc, [
          w.id,
          wo.id,
        ]),
      ),
      ' percentage points, which is why the chapter on trade finds it well below the published figures.',
    ];
  }
  return { ...empty, hasData: true, base, latest, survival, dependence, hongKong, table, chart, dependenceTable };
}

/** Chapter: how much the trade figures depend on the definition of the South. */
export const robustnessChapterSpec = defineChapter({
  id: 'robustness',
  indicators: {
    [SHARE]:
      `Exports from the economies that a definition counts as the South to those same economies, ` +
      `as a percentage of their exports to all partners; entity: the definition ` +
      `(${DEFINITIONS.map((d) => `${d.id}: ${d.label}`).join('; ')}).`,
    [`${SHARE}-change`]: 'Change of the share under one definition between the two years compared, percentage points.',
    [`${SHARE}-difference`]:
      'The share under a definition less the share under the report\u2019s definition, same year, percentage points.',
    [`${SHARE}-hong-kong-macao-effect`]:
      'UN Comtrade South-South share with China, Hong Kong SAR and China, Macao SAR less the share without them, percentage points.',
    'largest-exporter-weight':
      'Exports of the group\u2019s largest exporter as a percentage of the exports of the group (Correlates of War, importer-reported).',
    'group-intra-share-with-largest': 'Exports of a group to its own members as a percentage of its exports, all members counted.',
    'group-intra-share-without-largest':
      'As group-intra-share-with-largest, with the group\u2019s largest exporter taken out of the group, as exporter and as partner.',
    'group-intra-share-largest-effect': 'group-intra-share-with-largest less group-intra-share-without-largest, percentage points.',
    'group-south-share-with-largest': 'Exports of a group to developing economies as a percentage of its exports, all members counted.',
    'group-south-share-without-largest': 'As group-south-share-with-largest, with the group\u2019s largest exporter left out of the group.',
    'group-south-share-largest-effect': 'group-south-share-with-largest less group-south-share-without-largest, percentage points.',
    'comtrade-intraregional-share-with-hong-kong-macao':
      'Intraregional export share of a group from UN Comtrade (exporter-reported), China, Hong ' +
      'Kong SAR and China, Macao SAR counted as members.',
    'comtrade-intraregional-share-without-hong-kong-macao':
      'As comtrade-intraregional-share-with-hong-kong-macao, without China, Hong Kong SAR and China, Macao SAR.',
    'hong-kong-macao-effect':
      'The intraregional share with China, Hong Kong SAR and China, Macao SAR less the share ' +
      'without them, percentage points (UN Comtrade).',
  },
  metrics: (data, options) => robustnessMetrics(data, options),
  charts: (data, m) => {
    const chart = definitionsChart(m, `Sources: calculations based on ${citation(data, COW)} and ${citation(data, COMTRADE)}.`);
    return chart ? [chart] : [];
  },
  model: robustnessChapter,
});
