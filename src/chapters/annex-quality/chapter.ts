import { defineChapter, type ChapterContext } from '../chapter';
import { baseSpec } from '../../charts/base-spec';
import type { ChartDef } from '../../charts/chart';
import { describeLines } from '../../charts/describe';
import type { Figure } from '../../figures/ledger';
import { codedTradeFlows } from '../../metrics/coded-flows';
import { economiesByYear, type EconomiesInYear } from '../../metrics/economies-by-year';
import { fileCoverage } from '../../metrics/file-coverage';
import { oncePer } from '../../metrics/once-per';
import { SCHEMAS, type Data } from '../../validate/validate-data';
import { formatNumber, NOT_APPLICABLE } from '../../render/format';
import type { ChapterBase, ChartModel, TableModel } from '../../render/model';
import { readersWords } from '../../render/readers-words';
import { citation } from '../../render/sources';

/** Changes at least this large are listed for a second look: percentage points for shares, per cent for amounts. */
const LARGE_MOVE = { points: 2, percent: 20 };

interface CoverageMetrics {
  /** Economies reporting imports (the reporting side of COW flow1), and economies exporting, by year. */
  reporters: EconomiesInYear[];
}

export interface AnnexQuality extends ChapterBase {
  coverage: TableModel;
  reporters: ChartModel | null;
  /** Why figures are shown as not available, counted by reason, for readers; the list itself goes to review. */
  missing: string;
  limitations: { title: string; note: string }[];
  economiesWithoutGroup: string[];
}

// Every year's counts once per data set: a build needs two editions (this one and the previous).
const tradeEconomiesByYear = oncePer((flows: Data['tradeFlows']) => economiesByYear(codedTradeFlows(flows)));

function coverageMetrics(data: Data, edition: number): CoverageMetrics {
  return { reporters: tradeEconomiesByYear(data.tradeFlows).filter((r) => r.year <= edition) };
}

function reportersChart(m: CoverageMetrics, source: string): ChartDef[] {
  if (m.reporters.length === 0) return [];
  const alt = describeLines(
    'economies in the bilateral trade data',
    'number of economies',
    [
      { name: 'Importers reporting', points: m.reporters.map((r) => ({ year: r.year, value: r.importers })) },
      { name: 'Exporters recorded', points: m.reporters.map((r) => ({ year: r.year, value: r.exporters })) },
    ],
    0,
  );
  const values = m.reporters.flatMap((r) => [
    { year: r.year, series: 'Importers reporting', economies: r.importers },
    { year: r.year, series: 'Exporters recorded', economies: r.exporters },
  ]);
  return [
    {
      id: 'annex-quality-reporters',
      title: 'Economies in the bilateral trade data, by year',
      source,
      alt,
      spec: {
        ...baseSpec(alt, 440, 180),
        data: { values },
        mark: { type: 'line', point: true },
        encoding: {
          x: {
            field: 'year',
            type: 'quantitative',
            title: null,
            axis: { format: 'd', tickMinStep: 1 },
            scale: { zero: false, nice: false },
          },
          y: { field: 'economies', type: 'quantitative', title: 'Number of economies', scale: { zero: true } },
          color: { field: 'series', type: 'nominal', title: null },
        },
      },
    },
  ];
}

/**
 * Annex B, generated: what each file covers, the economies in the trade data by year, every
 * printed figure that is not available and why, changes large enough to deserve a second look,
 * and the known limitations of each source.
 */
function annexQuality({ number, data, metrics, ledger, charts, options }: ChapterContext<CoverageMetrics>): AnnexQuality {
  const letter = String.fromCharCode(64 + number);
  const src = 'cow-trade-4.0';
  const fig = (
    indicator: string,
    entity: string,
    period: string,
    value: number | null,
    unit: string,
    source: string,
    decimals = 0,
  ): Figure => ledger.add({ indicator, entity, period, value, unit, source, text: formatNumber(value, decimals) });

  const coverage: TableModel = {
    id: 'annex-quality-coverage',
    label: `Table ${letter}.1`,
    caption: 'Coverage of the data sets',
    head: ['Data set', 'Rows', 'Years', 'Economies'],
    rows: Object.entries(SCHEMAS).map(([key, schema]) => {
      const { rows, years, economies } = fileCoverage(data[key as keyof typeof data]);
      const ids = (schema.file as string).replace(/[^a-z0-9]+/g, '-').replace(/-csv$/, '');
      return {
        label: schema.title,
        cells: [
          fig('data-rows', ids, 'all', rows, 'rows', 'ssc-project-2026'),
          years ? `${years[0]}-${years[1]}` : NOT_APPLICABLE,
          economies ? fig('data-economies', ids, 'all', economies, 'economies', 'ssc-project-2026') : NOT_APPLICABLE,
        ],
      };
    }),
    source: 'Source: the data sets of this edition, as checked.',
    notes: ['Every row of every data set passed the checks; none was rejected or dropped.'],
  };

  const chart = charts.get('annex-quality-reporters');
  const reporters: ChartModel | null = chart
    ? {
        id: chart.id,
        label: `Figure ${letter}.1`,
        title: chart.title,
        alt: chart.alt,
        svg: chart.svg,
        source: chart.source,
        table: {
          id: 'annex-quality-reporters-data',
          label: '',
          caption: `Data for figure ${letter}.1`,
          head: ['Year', 'Importers reporting', 'Exporters recorded'],
          rows: metrics.reporters.map((r) => ({
            label: String(r.year),
            cells: [
              fig('trade-reporting-importers', 'all', String(r.year), r.importers, 'economies', src),
              fig('trade-recorded-exporters', 'all', String(r.year), r.exporters, 'economies', src),
            ],
          })),
          source: chart.source,
          notes: [],
        },
      }
    : null;

  const printed = ledger.all();
  const missingFigures = printed.filter((f) => f.value === null);
  const missingList: TableModel = {
    id: 'review-missing',
    label: 'Review table 1',
    caption: 'Figures shown as not available (..)',
    head: ['Figure', 'Why'],
    rows: missingFigures.map((f) => ({ label: f.id, cells: [whyMissing(f)] })),
    source: 'Source: figures.csv of this build.',
    notes: missingFigures.length ? [] : ['No printed figure is missing.'],
  };
  const missing = missingSummary(missingFigures);
  const large = printed.filter(
    (f) =>
      f.value !== null &&
      ((f.unit === 'percentage points' && Math.abs(f.value) >= LARGE_MOVE.points) ||
        (f.kind === 'pct-change' && Math.abs(f.value) >= LARGE_MOVE.percent)),
  );
  const moves: TableModel = {
    id: 'review-moves',
    label: 'Review table 2',
    caption: `Year-on-year changes of at least ${LARGE_MOVE.points} percentage points or ${LARGE_MOVE.percent} per cent`,
    head: ['Figure', 'Change', 'Unit'],
    rows: large.map((f) => ({ label: f.id, cells: [f, f.unit] })),
    source: 'Source: figures.csv of this build.',
    notes: [
      'Large changes are not errors: check each against the source before publication. The ' +
        'threshold is LARGE_MOVE in src/chapters/annex-quality/chapter.ts.',
    ],
  };
  // A note that several sources share is printed once, under all their titles.
  const byNote = new Map<string, string[]>();
  for (const s of data.sources.rows) {
    const note = readersWords(s.note ?? '');
    if (note) byNote.set(note, [...(byNote.get(note) ?? []), s.title]);
  }
  const limitations = [...byNote].map(([note, titles]) => ({ title: titles.join('; '), note }));
  const economiesWithoutGroup = data.countries.rows.filter((c) => c.development === null).map((c) => c.name);
  void options;
  return {
    id: 'annex-quality',
    number,
    title: 'Data quality',
    partial: 'chapter-annex-quality',
    coverage,
    reporters,
    missing,
    limitations,
    economiesWithoutGroup,
    review: [missingList, moves],
  };
}

/** "12 figures are shown as not available (..): 10 year-on-year changes after a gap…" */
function missingSummary(figures: readonly Figure[]): string {
  if (figures.length === 0) return 'No figure printed in this report is shown as not available (..).';
  const kind = (f: Figure) =>
    /-change(-pct)?$/.test(f.indicator)
      ? 'year-on-year changes, for want of a value in one of the two years'
      : f.indicator.endsWith('-growth')
        ? 'growth rates, for want of a positive value at one end of the period'
        : 'values that the source does not give';
  const by = new Map<string, number>();
  for (const f of figures) by.set(kind(f), (by.get(kind(f)) ?? 0) + 1);
  const parts = [...by].map(([what, n]) => `${formatNumber(n, 0)} ${what}`);
  const n = formatNumber(figures.length, 0);
  return `${n} figure${figures.length > 1 ? 's are' : ' is'} shown as not available (..): ${parts.join('; ')}.`;
}

function whyMissing(f: Figure): string {
  if (f.kind === 'change' || f.kind === 'pct-change') return 'no value for the previous year, or for this one, so no year-on-year change';
  if (f.kind === 'growth') return 'no positive value at one end of the growth window';
  return 'no data for this entity and period in the source';
}

/** Annex B: coverage, gaps, large movements and known limitations. */
export const annexQualitySpec = defineChapter<CoverageMetrics>({
  id: 'annex-quality',
  late: true,
  annex: true,
  indicators: {
    'data-rows': 'Rows of a data file, all valid.',
    'data-economies': 'Distinct economies named in a data file.',
    'trade-reporting-importers': 'Economies reporting imports in the Correlates of War data that year.',
    'trade-recorded-exporters': 'Economies with recorded exports in the Correlates of War data that year.',
  },
  metrics: (data, o) => coverageMetrics(data, o.edition),
  charts: (data, m) => reportersChart(m, `Source: calculations based on ${citation(data, 'cow-trade-4.0')}.`),
  model: annexQuality,
});
