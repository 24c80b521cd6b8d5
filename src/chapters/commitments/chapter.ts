import { defineChapter, type ChapterContext } from '../chapter';
import { commitmentsScorecardChart, STATUS_LABELS } from './charts';
import type { Figure, Ledger } from '../../figures/ledger';
import { commitmentsMetrics, type CommitmentsMetrics, type Status, type TrackedCommitment } from './metrics';
import { STATUSES } from '../../validate/schemas/commitment-status';
import type { Data } from '../../validate/validate-data';
import type { ChapterBase, ChartModel, TableModel } from '../../render/model';
import type { Sentence } from '../../render/narrative';
import { formatDateOrYear, scorecardSentence, statusLine } from './narrative';
import { citation } from '../../render/sources';
import { documentYears, documentsAsOf } from '../../metrics/document-years';
import { SHORT_NAMES, formatRef, withAmounts } from '../../render/documents';

/** One row of the tracker, formatted. */
export interface TrackerRow {
  year: string;
  who: string;
  decided: Sentence;
  decidedRef: string;
  /** The same reference starting with a capital, for a line of its own. */
  decidedCite: string;
  quote: Sentence;
  status: Status;
  /** "As of 2 July 2002, partly carried out (Secretary-General, para. 51)", or the lack of a record. */
  statusLine: string;
  /** No document dated up to the edition records what happened. */
  noInformation: boolean;
  evidence: string;
  statusQuote: string;
  /** Earlier records, latest first. */
  history: { line: string; quote: string }[];
}

/** One numbered table of the tracker. */
export interface TrackerTable {
  id: string;
  label: string;
  caption: string;
  head: string[];
  rows: TrackerRow[];
  source: string;
  notes: string[];
}

export interface CommitmentsChapter extends ChapterBase {
  edition: number;
  /** Which founding documents are dated up to the edition, by id without punctuation (`sc2005`): the template quotes only those. */
  docs: Record<string, boolean>;
  summary: Sentence[];
  chart: ChartModel | null;
  scorecard: TableModel;
  /** The tracker, in tables of a few rows each. */
  trackers: TrackerTable[];
  /** The same commitments, in the same order, with the documents' words. */
  entries: TrackerRow[];
}

const INDICATORS = {
  tracked: 'commitments-tracked',
  byStatus: 'commitments-by-status',
  byDecade: 'commitments-by-decade',
  byDecadeStatus: 'commitments-by-decade-and-status',
} as const;

/**
 * The follow-up of commitments: each commitment the founding documents state or recall, with its
 * status as a later dated document records it, and the scorecard of those statuses. Every count
 * is a ledger figure; the words of a status come from the documents, quoted.
 */
function commitmentsChapter({ number, data, metrics: m, charts, ledger, options }: ChapterContext<CommitmentsMetrics>): CommitmentsChapter {
  const e = m.edition;
  const published = options.publication;
  const short = (id: string) => SHORT_NAMES[id] ?? citation(data, id);
  const years = documentYears(data.sources.rows);
  const cited = [
    ...new Set(m.tracked.flatMap((t) => [...t.commitment.source, ...(t.latest?.source ?? []), ...t.history.flatMap((h) => h.source)])),
  ].sort((a, b) => (years.get(a) ?? 0) - (years.get(b) ?? 0));
  const sourceLine = `Sources: ${cited.map((id) => citation(data, id)).join('; ')}.`;

  const figs = scorecardFigures(ledger, m, e, [...new Set(data.commitments.rows.flatMap((c) => c.source))].sort());
  const summary: Sentence[] = [scorecardSentence(figs.total, figs.byStatus, e)];
  if (m.latestRecord) summary.push([`The latest record used is dated ${formatDateOrYear(m.latestRecord)}.`]);

  const scorecard: TableModel = {
    id: 'commitments-scorecard-table',
    label: `Table ${number}.1`,
    caption: `Commitments by the decade in which they were made and by status as the sources record it, ${published} edition`,
    head: ['Decade made', ...STATUSES.map((s) => STATUS_LABELS[s]), 'Total'],
    rows: [
      ...m.byDecade.map((d, i) => ({
        label: d.decade === null ? 'Year not identified' : `${d.decade}s`,
        cells: [...STATUSES.map((s) => figs.byDecade[i]![s]), figs.decadeTotals[i]!],
      })),
      { label: 'Total', cells: [...STATUSES.map((s) => figs.byStatus[s]), figs.total] },
    ],
    source: sourceLine,
    notes: [
      `Status: what the latest document dated up to ${e} records; "no information" where no ` +
        `founding document records what happened, which does not mean that nothing did.`,
    ],
  };

  const scorecardChart = charts.get('commitments-scorecard');
  const chart: ChartModel | null =
    scorecardChart && m.all.total > 0
      ? {
          id: scorecardChart.id,
          label: `Figure ${number}.1`,
          title: scorecardChart.title,
          alt: scorecardChart.alt,
          svg: scorecardChart.svg,
          source: scorecardChart.source,
          table: {
            id: 'commitments-scorecard-data',
            label: '',
            caption: `Data for figure ${number}.1: commitments by status`,
            head: ['Status', 'Commitments'],
            rows: STATUSES.map((s) => ({ label: STATUS_LABELS[s], cells: [figs.byStatus[s]] })),
            source: scorecardChart.source,
            notes: [],
          },
        }
      : null;

  const rows = m.tracked.map((t) => trackerRow(t, ledger, years, short, e));
  const notes = (part: readonly TrackerRow[]) => [
    ...(part.some((r) => r.year === '..')
      ? ['Two dots (..): the document that recalls the commitment does not identify the year it was made.']
      : []),
    'What was decided is summarized in the strength of the original; a proposal or suggestion ' +
      'is marked as such. The documents\u2019 own words follow the tables.',
    ...(part.some((r) => r.noInformation)
      ? [`No information: no founding document dated up to ${e} records what happened, which does not mean that nothing did.`]
      : []),
  ];
  // A numbered table stays on one page, from its label to its source line: the tracker is cut
  // into tables of a few rows each, in the order of the years the commitments were made.
  const parts = chunks(rows, TRACKER_ROWS);
  const trackers = parts.map(
    (part, i): TrackerTable => ({
      id: `commitments-tracker-${i + 1}`,
      label: `Table ${number}.${i + 2}`,
      caption: `Commitments ${madeIn(part)} and their status as the sources record it, ${published} edition`,
      head: ['Year', 'Body, meeting and place', 'What was decided', 'Status as the sources record it'],
      // The notes that apply to every part are printed under the first; the others refer to it.
      rows: part,
      source: sourceLine,
      notes: i === 0 ? notes(rows) : [`Notes as for table ${number}.2.`],
    }),
  );
  // A record quoted once is not quoted again for the next commitment it concerns.
  const quoted = new Set<string>();
  const entries = rows.map((r) => {
    if (!r.statusQuote || !quoted.has(r.statusQuote)) {
      quoted.add(r.statusQuote);
      return r;
    }
    return { ...r, statusQuote: '', evidence: '', statusLine: `${r.statusLine} (in the words quoted above)` };
  });
  const docs = documentsAsOf(data.sources.rows, e);
  return {
    id: 'commitments',
    number,
    title: 'Follow-up of commitments',
    partial: 'chapter-commitments',
    edition: e,
    docs,
    summary,
    chart,
    scorecard,
    trackers,
    entries,
  };
}

/** Rows per tracker table: few enough that a table with long entries fits on an A4 page. */
const TRACKER_ROWS = 9;

function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** "made in 1978-1997", "made in 2000", "made in 2005-2007, and one whose year is not identified". */
function madeIn(rows: readonly TrackerRow[]): string {
  const known = rows.filter((r) => r.year !== '..').map((r) => r.year);
  const unknown = rows.length - known.length;
  const span = known.length === 0 ? '' : known[0] === known.at(-1) ? `made in ${known[0]}` : `made in ${known[0]}-${known.at(-1)}`;
  const rest = unknown === 0 ? '' : `${unknown === 1 ? 'one' : unknown} whose year is not identified`;
  return [span, rest].filter(Boolean).join(', and ');
}

function trackerRow(
  t: TrackedCommitment,
  ledger: Ledger,
  years: ReadonlyMap<string, number>,
  short: (id: string) => string,
  edition: number,
): TrackerRow {
  const c = t.commitment;
  const src = c.source[0]!;
  const year = years.get(src) ?? c.year ?? edition;
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return {
    year: c.year === null ? '..' : String(c.year),
    who: [c.body, c.meeting, c.place].filter(Boolean).join(', '),
    decided: withAmounts(c.commitment, ledger, src, year),
    decidedRef: `${c.source.map(short).join('; ')}, ${formatRef(c.source_ref)}`,
    decidedCite: cap(`${c.source.map(short).join('; ')}, ${formatRef(c.source_ref)}`),
    quote: withAmounts(c.quote, ledger, src, year),
    status: t.status,
    // Said once, in the tables' note and before the list, rather than in each of a dozen rows.
    statusLine: t.latest ? cap(statusLine(t.latest, short)) : 'No information',
    noInformation: !t.latest,
    evidence: t.latest?.evidence ?? '',
    statusQuote: t.latest?.quote ?? '',
    history: t.history.map((h) => ({ line: `Earlier: ${statusLine(h, short)}`, quote: h.quote })),
  };
}

/**
 * Every count of the scorecard as a ledger figure, citing the documents of the commitments it
 * counts (a count of nil rests on the whole list of commitments); zero is printed as a dash (nil).
 */
function scorecardFigures(ledger: Ledger, m: CommitmentsMetrics, e: number, base: string[]) {
  const period = String(e);
  const decadeOf = (t: TrackedCommitment) => (t.commitment.year === null ? null : Math.floor(t.commitment.year / 10) * 10);
  const count = (indicator: string, entity: string, which: (t: TrackedCommitment) => boolean, derived: Figure[] = []) => {
    const counted = m.tracked.filter(which);
    const sources = [...new Set(counted.flatMap((t) => [...t.commitment.source, ...(t.latest?.source ?? [])]))].sort();
    return ledger.add({
      indicator,
      entity,
      period,
      value: counted.length,
      unit: 'commitments',
      source: (sources.length ? sources : base).join(';'),
      derived_from: derived.map((f) => f.id),
      text: counted.length === 0 ? '\u2013' : String(counted.length),
    });
  };
  const slug = (s: Status) => s.replace(/_/g, '-');
  const decadeName = (d: number | null) => (d === null ? 'year-not-identified' : `${d}s`);
  const byDecade = m.byDecade.map(
    ({ decade }) =>
      Object.fromEntries(
        STATUSES.map((s) => [
          s,
          count(INDICATORS.byDecadeStatus, `${decadeName(decade)}.${slug(s)}`, (t) => decadeOf(t) === decade && t.status === s),
        ]),
      ) as Record<Status, Figure>,
  );
  const decadeTotals = m.byDecade.map(({ decade }, i) =>
    count(
      INDICATORS.byDecade,
      decadeName(decade),
      (t) => decadeOf(t) === decade,
      STATUSES.map((s) => byDecade[i]![s]),
    ),
  );
  const byStatus = Object.fromEntries(
    STATUSES.map((s) => [
      s,
      count(
        INDICATORS.byStatus,
        slug(s),
        (t) => t.status === s,
        byDecade.map((d) => d[s]),
      ),
    ]),
  ) as Record<Status, Figure>;
  const total = count(
    INDICATORS.tracked,
    'all',
    () => true,
    STATUSES.map((s) => byStatus[s]),
  );
  return { byDecade, decadeTotals, byStatus, total };
}

/** Chapter: follow-up of commitments. */
export const commitmentsChapterSpec = defineChapter({
  id: 'commitments',
  indicators: {
    [INDICATORS.tracked]: 'Commitments stated or recalled in the founding documents and made up to the edition year.',
    [INDICATORS.byStatus]:
      'Commitments tracked, by the status that the latest document dated up to the edition ' +
      'records (carried out, partly, not carried out, no information).',
    [INDICATORS.byDecade]: 'Commitments tracked, by the decade in which they were made.',
    [INDICATORS.byDecadeStatus]: 'Commitments tracked, by decade made and by recorded status.',
    'quoted-amount': 'A dollar amount as a founding document states it (a contribution, a fund), registered where the report quotes it.',
  },
  metrics: (data: Data, options) => commitmentsMetrics(data, options),
  charts: (data, m, o) => [commitmentsScorecardChart(m, sourceOf(data, m), o.publication)],
  model: commitmentsChapter,
});

function sourceOf(data: Data, m: CommitmentsMetrics): string {
  const years = documentYears(data.sources.rows);
  const ids = m.all.sources.length ? m.all.sources : [...new Set(data.commitments.rows.flatMap((c) => c.source))];
  const byYear = [...ids].sort((a, b) => (years.get(a) ?? 0) - (years.get(b) ?? 0) || (a < b ? -1 : 1));
  return `Source: ${byYear.map((id) => citation(data, id)).join('; ')}.`;
}
