import type { ChapterSpec, MetricsOptions } from '../chapters/chapter';
import type { PreviousEdition } from '../editions/previous-figures';
import type { RenderedChart } from '../charts/chart';
import { Ledger } from '../figures/ledger';
import type { Data } from '../validate/validate-data';
import { DEFAULT_PUBLICATION, type Publication } from '../publication';
import { NOT_AVAILABLE } from './format';
import { frontPages } from './front-pages';
import type { ChapterBase, ReportModel } from './model';
import { unchangedRule, type Thresholds } from './narrative';

/** The explanatory notes of UN statistical publications, for the conventions this report uses. */
const EXPLANATORY_NOTES = [
  `Two dots (${NOT_AVAILABLE}) mean that data are not available or are not separately reported.`,
  'A dash (\u2013) means that the amount is nil or negligible.',
  'A minus sign (-) means a decrease or deficit; a plus sign (+) an increase.',
  'Details and percentages in tables do not necessarily add to totals, because of rounding.',
  'Reference to "dollars" ($) means United States dollars, at current prices unless stated otherwise; "billion" means a thousand million.',
  'Shares change in percentage points; amounts change in per cent. Annual rates of growth are compound rates.',
  'A year-on-year change is given only where both years have data; after a gap in a series it is shown as not available.',
  'A figure called the highest (or lowest) since a year is the highest (or lowest) of every ' +
    'year from then on; where that year is the first a series covers, it is the highest (or ' +
    'lowest) the data record.',
  '"Developing economies" are those that the United Nations Statistics Division classed as ' +
    'developing in the 2020 version of its M49 standard, with Taiwan Province of China added ' +
    'as a developing economy of Eastern Asia, as UNCTAD classes it.',
  'Groups fixed at one date and applied to every year, because no dated list of changes is ' +
    'available in the sources used: developing and developed economies (the M49 flag of 2020, ' +
    'which UNSD no longer publishes), landlocked developing countries and small island ' +
    'developing States (M49, 2020) and the Group of 77 (a list of about 2020). Least developed ' +
    'countries follow the United Nations list in force in each year.',
];

/**
 * Assembles the ReportModel, the only thing templates see, and the ledger of every figure in it.
 * Chapters are numbered in print order; `late` chapters (key figures, annexes) are modelled
 * after the others because they read the ledger the others filled.
 */
export function buildModel(
  chapters: readonly ChapterSpec[],
  data: Data,
  metrics: ReadonlyMap<string, unknown>,
  charts: readonly RenderedChart[],
  options: MetricsOptions,
  t: Thresholds,
  generator: string,
  previous: PreviousEdition | null,
  publication: Publication = DEFAULT_PUBLICATION,
): { model: ReportModel; ledger: Ledger; warnings: string[] } {
  const ledger = new Ledger();
  const warnings: string[] = [];
  const definitions: Record<string, string> = Object.assign({}, ...chapters.map((c) => c.indicators ?? {}));
  const byId = new Map(charts.map((c) => [c.id, c]));
  const order = [...chapters.filter((c) => !c.late), ...chapters.filter((c) => c.late)];
  const numbered = chapters.filter((c) => !c.annex);
  const annexes = chapters.filter((c) => c.annex);
  const built = new Map<string, ChapterBase>();
  for (const spec of order) {
    const number = spec.annex ? annexes.indexOf(spec) + 1 : numbered.indexOf(spec) + 1;
    ledger.chapter = spec.id;
    const chapter = spec.model({
      number,
      data,
      metrics: metrics.get(spec.id),
      options,
      charts: byId,
      ledger,
      thresholds: t,
      metricsOf: (id) => metrics.get(id),
      previous,
      definitions,
      warn: (message) => warnings.push(`chapter ${spec.id}: ${message}`),
    });
    const label = spec.annex ? `Annex ${String.fromCharCode(64 + number)}.` : `${number}.`;
    built.set(spec.id, { ...chapter, heading: `${label} ${chapter.title}`, analysis: null });
  }
  const latest = latestYears(ledger, options.edition);
  for (const spec of chapters) built.get(spec.id)!.latestYear = spec.late || spec.annex ? null : (latest.get(spec.id) ?? null);
  const model: ReportModel = {
    lang: 'en',
    title: 'State of South-South Cooperation',
    subtitle: `${options.publication} edition`,
    edition: options.publication,
    currency: chapters.flatMap((c) => {
      const b = built.get(c.id)!;
      return b.latestYear == null ? [] : [{ title: b.title, year: b.latestYear }];
    }),
    notes: [...EXPLANATORY_NOTES, unchangedRule(t)],
    chapters: chapters.map((c) => built.get(c.id)!),
    pages: {},
    pdf: false,
    generator,
    ...frontPages(data, publication, options.publication, generator),
    foreword: null,
    keyMessages: null,
    overview: null,
  };
  return { model, ledger, warnings };
}

/**
 * The latest year among the yearly figures each chapter printed: what the contents and the cover
 * give as the chapter's latest year of data. A chapter that prints no yearly figure has none.
 */
function latestYears(ledger: Ledger, cut: number): Map<string, number> {
  const latest = new Map<string, number>();
  for (const f of ledger.all()) {
    // A year, or a period of years ("2013-2023"), which ends in its last.
    const m = /^(?:\d{4}-)?(\d{4})$/.exec(f.period);
    // A year after the edition's data year dates a classification or a document (group sizes of
    // M49 2020 in an earlier edition), not data.
    if (f.value === null || !m || Number(m[1]) > cut) continue;
    const y = Number(m[1]);
    if (y > (latest.get(f.chapter) ?? -Infinity)) latest.set(f.chapter, y);
  }
  return latest;
}
