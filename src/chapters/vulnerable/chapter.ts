/** The chapter on the most vulnerable economies: its spec, and its model put together from the sentences and tables. */
import { exportsToSouthChart, growthChart, southSouthShareChart, type Labelled } from './charts';
import { defineChapter, type ChapterContext } from '../chapter';
import { vulnerableMetrics, type GroupTrade, type VulnerableMetrics } from './metrics';
import type { Data } from '../../validate/validate-data';
import type { ChapterBase, TableModel } from '../../render/model';
import type { Sentence } from '../../render/narrative';
import { definitions } from './indicators';
import { chapterFigures } from './figures';
import { SHORT } from './groups';
import {
  coverageSentences,
  destinationSentences,
  excludedSentence,
  exporterSentences,
  growthSentences,
  membershipSentence,
  southSouthSentences,
} from './sentences';
import { growthSourceNote, tradeSourceNote } from './sources';
import { chartModels, tables, type VulnerableCharts } from './tables';

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
  charts: VulnerableCharts;
  tradeTable: TableModel | null;
  growthTable: TableModel;
}

/**
 * The chapter on the most vulnerable economies: where the exports of the least developed,
 * landlocked developing and small island developing countries go, their part in South-South
 * trade, and their growth against the rest of the South. Every number it prints is registered
 * in the ledger, with the sources it rests on, in the order below.
 */
function vulnerableChapter({
  number,
  data,
  metrics: m,
  charts,
  ledger,
  thresholds: t,
}: ChapterContext<VulnerableMetrics>): VulnerableChapter {
  const name = (iso3: string) => data.countries.rows.find((c) => c.iso3 === iso3)?.name ?? iso3;
  const fig = chapterFigures(ledger, m);
  const hasTrade = hasGroupTrade(m);
  const membership = membershipSentence(fig);
  const excluded = excludedSentence(m, name);
  const exporters = exporterSentences(fig, name);
  const destination = destinationSentences(fig, t);
  const southSouth = southSouthSentences(fig, t);
  const growth = growthSentences(fig, t, name);
  const coverage = coverageSentences(fig, name);
  const chartsModel = chartModels(fig, charts, number, data);
  const { tradeTable, growthTable } = tables(fig, hasTrade, number, data);

  return {
    id: 'vulnerable',
    number,
    title: 'The most vulnerable economies',
    partial: 'chapter-vulnerable',
    edition: m.edition,
    firstYear: m.firstYear,
    window: fig.period,
    hasTrade,
    membership,
    excluded,
    exporters,
    destination,
    southSouth,
    growth,
    coverage,
    charts: chartsModel,
    tradeTable,
    growthTable,
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
    const trade = tradeSourceNote(data);
    const growth = growthSourceNote(data, m.edition);
    const named = (g: GroupTrade): Labelled => ({ name: SHORT.get(g.id)!, trade: g });
    const tradeCharts = hasGroupTrade(m)
      ? [exportsToSouthChart(m, [...m.groups, m.other].map(named), trade), southSouthShareChart(m, m.groups.map(named), trade)]
      : [];
    return [...tradeCharts, growthChart(m, SHORT, growth)].filter((c) => c !== null);
  },
  model: vulnerableChapter,
});
