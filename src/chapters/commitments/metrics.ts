import type { MetricsOptions } from '../chapter';
import { STATUSES, type DateOrYear } from '../../validate/schemas/commitment-status';
import type { Commitment, CommitmentStatus, Data } from '../../validate/validate-data';
import { documentYears } from '../../metrics/document-years';

/** What a source can record about a commitment; `no_information` where none says. */
export type Status = (typeof STATUSES)[number];

/** A dated record of what happened to a commitment (a status.csv row other than no_information). */
export interface StatusRecord {
  status: Exclude<Status, 'no_information'>;
  asOf: DateOrYear;
  evidence: string;
  source: string[];
  sourceRef: string;
  quote: string;
}

/** One commitment with its status as of the edition. */
export interface TrackedCommitment {
  commitment: Commitment;
  /** The status of the latest record dated up to the edition, or no_information. */
  status: Status;
  latest: StatusRecord | null;
  /** Earlier records dated up to the edition, latest first. */
  history: StatusRecord[];
}

/** Counts of commitments by status. */
export interface StatusCounts {
  counts: Record<Status, number>;
  total: number;
  /** Source ids of the commitments counted and of the records that gave their status. */
  sources: string[];
}

/** The metrics of the commitments chapter. */
export interface CommitmentsMetrics {
  edition: number;
  /** Commitments made up to the edition, by the year they were made; unidentified years last. */
  tracked: TrackedCommitment[];
  all: StatusCounts;
  /** By the decade they were made: 1970 for the 1970s; null where the documents do not identify the year. */
  byDecade: (StatusCounts & { decade: number | null })[];
  /** The date of the latest record used, or null if none is dated up to the edition. */
  latestRecord: DateOrYear | null;
}

/**
 * Tracks the commitments as of the edition: a commitment counts from the year it was made (from
 * its document's year where the document does not identify it), a status record from its date;
 * later ones are ignored. Validation has checked that every status names a commitment and that a
 * recorded status has its date, source and quote.
 */
export function commitmentsMetrics(data: Data, { edition }: MetricsOptions): CommitmentsMetrics {
  return trackCommitments(data.commitments.rows, data.commitmentStatus.rows, documentYears(data.sources.rows), edition);
}

/** Orders dates as precise as they are given; a year alone sorts before the dates of that year. */
export function compareDates(a: DateOrYear, b: DateOrYear): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/**
 * The tracker as of `edition`: each commitment made by then, its latest dated record (the later
 * row of the file where two share a date) and the earlier ones as history, and the counts by
 * status, overall and by decade.
 *
 * @example trackCommitments(commitments, status, new Map([['sg-2002', 2002]]), 2014).all.counts.partly
 */
export function trackCommitments(
  commitments: readonly Commitment[],
  status: readonly CommitmentStatus[],
  documentYear: ReadonlyMap<string, number>,
  edition: number,
): CommitmentsMetrics {
  const madeIn = (c: Commitment) => c.year ?? Math.max(...c.source.map((s) => documentYear.get(s) ?? Infinity));
  const records = status
    .map((r, line) => ({ r, line }))
    .filter(({ r }) => r.status !== 'no_information' && r.as_of !== null && r.as_of.year <= edition)
    .sort((a, b) => compareDates(b.r.as_of!, a.r.as_of!) || b.line - a.line)
    .map(({ r }) => r);
  const tracked = commitments
    .map((commitment, line) => ({ commitment, line }))
    .filter(({ commitment }) => madeIn(commitment) <= edition)
    .sort((a, b) => (a.commitment.year ?? Infinity) - (b.commitment.year ?? Infinity) || a.line - b.line)
    .map(({ commitment }): TrackedCommitment => {
      const own = records.filter((r) => r.commitment_id === commitment.id).map(toRecord);
      return { commitment, status: own[0]?.status ?? 'no_information', latest: own[0] ?? null, history: own.slice(1) };
    });
  const decades = [...new Set(tracked.map((t) => decadeOf(t.commitment.year)))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  const used = tracked.flatMap((t) => (t.latest ? [t.latest.asOf] : []));
  return {
    edition,
    tracked,
    all: countStatuses(tracked),
    byDecade: decades.map((decade) => ({ decade, ...countStatuses(tracked.filter((t) => decadeOf(t.commitment.year) === decade)) })),
    latestRecord: used.sort(compareDates).at(-1) ?? null,
  };
}

function toRecord(r: CommitmentStatus): StatusRecord {
  // Only rows with a status other than no_information reach here, and those have every field.
  return {
    status: r.status as StatusRecord['status'],
    asOf: r.as_of!,
    evidence: r.evidence,
    source: r.source!,
    sourceRef: r.source_ref!,
    quote: r.quote!,
  };
}

function decadeOf(year: number | null): number | null {
  return year === null ? null : Math.floor(year / 10) * 10;
}

function countStatuses(tracked: readonly TrackedCommitment[]): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, tracked.filter((t) => t.status === s).length])) as Record<Status, number>;
  const sources = new Set(tracked.flatMap((t) => [...t.commitment.source, ...(t.latest?.source ?? [])]));
  return { counts, total: tracked.length, sources: [...sources].sort() };
}
