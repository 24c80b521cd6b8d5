import { defineChapter, type ChapterContext } from '../chapter';
import { latestPrevious, previousFigure } from '../../editions/previous-figures';
import type { Figure } from '../../figures/ledger';
import type { ChapterBase, TableModel } from '../../render/model';
import { citation } from '../../render/sources';
import { HEADLINES, latestFigure } from '../../figures/headlines';

export interface KeyFigure {
  label: string;
  unit: string;
  value: Figure;
  period: string;
  change: Figure | string;
  changeUnit: string;
  source: string;
  /** The latest value the previous edition printed, or ".." (counts of documents are not compared). */
  previous: Figure | string;
  previousPeriod: string;
}

export interface KeyFiguresChapter extends ChapterBase {
  edition: number;
  figures: KeyFigure[];
  table: TableModel;
}

function keyFigures({ number, data, ledger, options, previous }: ChapterContext<null>): KeyFiguresChapter {
  const publisherOf = (id: string) => data.sources.rows.find((s) => s.id === id)!.publisher;
  const figures: KeyFigure[] = [];
  // The figures of the other chapters, sorted once: this page adds only figures of the previous edition.
  const registered = ledger.all();
  for (const h of HEADLINES) {
    const value = latestFigure(registered, h.indicator, h.entity);
    if (!value) continue;
    const pp = ledger.derived(value, 'change');
    const pct = ledger.derived(value, 'pct-change');
    const change = pp ?? pct ?? '..';
    const sources = [...new Set(value.source.split(';'))].map((id) => citation(data, id));
    const before = previous && h.trend !== false ? latestPrevious(previous, h.indicator, h.entity) : null;
    figures.push({
      label: h.label,
      unit: h.unit,
      value,
      period: value.period,
      change,
      changeUnit: pp ? 'percentage points' : pct ? 'per cent' : '',
      source: sources.join('; '),
      previous: before ? previousFigure(ledger, before) : '..',
      previousPeriod: before?.period ?? '',
    });
  }
  const table: TableModel = {
    id: 'key-figures-table',
    label: `Table ${number}.1`,
    caption: `Key figures, ${options.publication} edition`,
    head: [
      'Indicator',
      'Year',
      'Value',
      'Change on previous year',
      'Unit of change',
      previous ? `Latest in the ${previous.edition} edition` : 'Previous edition',
    ],
    rows: figures.map((f) => ({ label: `${f.label} (${f.unit})`, cells: [f.period, f.value, f.change, f.changeUnit || '..', f.previous] })),
    source:
      `Sources: ` +
      `${[...new Set(figures.flatMap((f) => f.value.source.split(';')).map(publisherOf))].join('; ')}; ` +
      `each figure with its full source under the table or chart of the chapter that computes ` +
      `it, and in Annex A.`,
    notes: [
      'Each figure is the latest year its data reach, up to the year before the edition; the year column says which.',
      ...(previous
        ? [`The last column is the latest value the ${previous.edition} edition printed; what changed is set out in the next chapter.`]
        : []),
    ],
  };
  return { id: 'key-figures', number, title: 'Key figures', partial: 'chapter-key-figures', edition: options.publication, figures, table };
}

/** Chapter: one page of headline numbers, read from the figures the other chapters registered. */
export const keyFiguresChapterSpec = defineChapter<null>({
  id: 'key-figures',
  late: true,
  metrics: () => null,
  charts: () => [],
  model: keyFigures,
});
