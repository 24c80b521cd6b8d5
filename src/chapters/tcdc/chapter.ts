/** The TCDC chapter's model, assembled from its figures, tables and words, and its spec. */
import { tcdcAmountsChart, tcdcGdpShareChart } from './charts';
import { defineChapter, type ChapterContext } from '../chapter';
import { tcdcMetrics, type TcdcMetrics } from './metrics';
import { chartModel, type ChapterBase, type ChartModel, type TableModel } from '../../render/model';
import type { Sentence } from '../../render/narrative';
import { citation } from '../../render/sources';
import type { RichTable } from '../../render/rich-table';
import { GDP, TCDC_INDICATORS } from './indicators';
import { tcdcFigures } from './figures';
import { amountsData, gdpRowsOf, gdpShareData, gdpTable as gdpTableOf, programmesTable } from './tables';
import { described, gdpSentences, notComputed, quotes, tcdcParts } from './narrative';

export interface TcdcChapter extends ChapterBase {
  edition: number;
  hasRows: boolean;
  table: RichTable | null;
  gdpTable: TableModel | null;
  gdpSentences: Sentence[];
  notComputed: string[];
  amountsChart: ChartModel | null;
  shareChart: ChartModel | null;
  quotes: { text: Sentence; ref: string }[];
  described: string | null;
  sgCitation: string;
}

/**
 * The chapter on technical cooperation among developing countries: the budgets and programmes of
 * Southern providers that the Secretary-General reported in 2002, with the amounts as a share of
 * each provider's GDP where the period allows. Every number it prints is registered in the ledger (./figures).
 */
function tcdcChapter({ number, data, metrics: m, charts, ledger }: ChapterContext<TcdcMetrics>): TcdcChapter {
  const sgCitation = citation(data, 'sg-2002');
  const gdpCitation = citation(data, GDP);
  const cite = { sg: sgCitation, gdp: gdpCitation };
  // The order of registration is that of the tables, then the quotes: the ledger keeps it.
  const fx = tcdcFigures(ledger);
  const rows = m.rows.map((r) => ({ r, f: fx.figs(r) }));
  const table = programmesTable(number, rows, fx, cite);
  const gdpRows = gdpRowsOf(rows, fx);
  const gdpTable = gdpTableOf(number, gdpRows, cite);

  const amountsRendered = charts.get('tcdc-amounts');
  const amountsChart = !amountsRendered ? null : chartModel(amountsRendered, `Figure ${number}.1`, amountsData(number, rows, sgCitation));
  const shareRendered = charts.get('tcdc-gdp-share');
  const shareChart = !shareRendered || !gdpTable ? null : chartModel(shareRendered, `Figure ${number}.2`, gdpShareData(number, gdpTable));

  return {
    id: 'tcdc',
    number,
    title: 'Technical cooperation among developing countries',
    partial: 'chapter-tcdc',
    edition: m.edition,
    hasRows: rows.length > 0,
    table,
    gdpTable,
    gdpSentences: [...tcdcParts(rows), ...gdpSentences(gdpRows)],
    notComputed: notComputed(m.rows),
    amountsChart,
    shareChart,
    quotes: quotes(m.rows, fx, sgCitation),
    described: described(m.described),
    sgCitation,
  };
}

/** Chapter: technical cooperation among developing countries. */
export const tcdcChapterSpec = defineChapter({
  id: 'tcdc',
  indicators: TCDC_INDICATORS,
  metrics: (data, options) => tcdcMetrics(data, options),
  charts: (data, m) => {
    const sg = citation(data, 'sg-2002');
    return [
      tcdcAmountsChart(m, `Source: ${sg}, paras. 38-39.`),
      tcdcGdpShareChart(m, `Source: calculations based on ${sg}, paras. 38-39, and ${citation(data, GDP)}.`),
    ].filter((c) => c !== null);
  },
  model: tcdcChapter,
});
