import { defineChapter, type ChapterContext } from '../chapter';

import { unSystemMetrics, type UnSystemMetrics } from './metrics';
import type { ChapterBase } from '../../render/model';
import type { Sentence } from '../../render/narrative';

import { citation } from '../../render/sources';
import * as msg from '../../messages';
import { documentYears, documentsAsOf } from '../../metrics/document-years';
import { SHORT_NAMES, formatRef, withAmounts } from '../../render/documents';
import { gapsSentences } from './narrative';

/** How running text names each founding document ("asked for in …"); others by their citation. */
const DOCUMENT_NAMES: Record<string, string> = {
  'sj-1997': 'the San José Declaration and Plan of Action',
  'a-c2-54-l5': 'draft resolution A/C.2/54/L.5',
  'sg-2002': 'the report of the Secretary-General',
  'sc-2005': 'the South Centre\u2019s paper G-77/IFCC-XI/3',
  'ny-2007': 'the Chair\u2019s Summary of the New York brainstorming session',
};

/** One row of the table of what this report cannot yet measure. */
export interface GapRow {
  topic: string;
  quote: Sentence;
  ref: string;
  why: string;
  measure: string;
}

export interface UnSystemChapter extends ChapterBase {
  edition: number;
  /** Which founding documents are dated up to the edition (`sc2005`): the template quotes only those. */
  docs: Record<string, boolean>;
  anyDocs: boolean;
  gapSentences: Sentence[];
  /** The list of what this report cannot yet measure, one entry per gap, in file order; null when there is none. */
  gaps: { id: string; rows: GapRow[]; source: string; notes: string[] } | null;
}

/**
 * Support from the United Nations system: what the founding documents say about it (quoted in the
 * template) and the list of what this report cannot yet measure, generated from the data gaps,
 * whose number is a finding and a ledger figure.
 */
function unSystemChapter({ number, data, metrics: m, ledger, warn }: ChapterContext<UnSystemMetrics>): UnSystemChapter {
  const e = m.edition;
  const period = String(e);
  const years = documentYears(data.sources.rows);
  const docs = documentsAsOf(data.sources.rows, e);
  const asked = m.byDocument.map((d) => d.source);
  const allAskers = [...new Set(data.dataGaps.rows.flatMap((g) => g.asked_by))].sort();
  const count = ledger.add({
    indicator: 'data-gaps',
    entity: 'all',
    period,
    value: m.gaps.length,
    unit: 'topics',
    source: (asked.length ? asked : allAskers).join(';'),
    text: String(m.gaps.length),
  });
  // A data gap is a finding the report prints; the summary repeats it so that staff see it on every build.
  if (m.gaps.length > 0) warn(msg.dataGaps(m.gaps.length, e));
  const byDocument = m.byDocument.map((d) => ({
    figure: ledger.add({
      indicator: 'data-gaps-by-document',
      entity: d.source,
      period,
      value: d.count,
      unit: 'topics',
      source: d.source,
      text: String(d.count),
    }),
    name: DOCUMENT_NAMES[d.source] ?? citation(data, d.source),
    year: d.year,
  }));

  const gaps =
    m.gaps.length === 0
      ? null
      : {
          id: 'un-system-gaps',
          rows: m.gaps.map(
            (g): GapRow => ({
              topic: g.topic,
              quote: withAmounts(g.quote, ledger, g.asked_by[0]!, years.get(g.asked_by[0]!)!),
              ref: `${g.asked_by.map((id) => SHORT_NAMES[id] ?? citation(data, id)).join('; ')}, ${formatRef(g.source_ref)}`,
              why: g.why_no_data,
              measure: g.what_would_measure_it,
            }),
          ),
          source:
            `Sources: requests: ${asked.map((id) => citation(data, id)).join('; ')}. Availability of ` +
            `data: the searches recorded for this report's register of sources and of data gaps.`,
          notes: ['A gap records what was searched for and not found by this project, not proof that no such data exist anywhere.'],
        };
  return {
    id: 'un-system',
    number,
    title: 'Support from the United Nations system',
    partial: 'chapter-un-system',
    edition: e,
    docs,
    anyDocs: Object.values(docs).some(Boolean),
    gapSentences: gapsSentences(count, byDocument, e),
    gaps,
  };
}

/** Chapter: support from the United Nations system, and what this report cannot yet measure. */
export const unSystemChapterSpec = defineChapter({
  id: 'un-system',
  indicators: {
    'data-gaps':
      'Topics that the founding documents dated up to the edition ask to be monitored and that ' +
      'no data available to this report can measure.',
    'data-gaps-by-document': 'The same topics, by the founding document that asks for them.',
  },
  metrics: (data, options) => unSystemMetrics(data, options),
  charts: () => [],
  model: unSystemChapter,
});
