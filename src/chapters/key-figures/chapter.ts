import { defineChapter, type ChapterContext } from '../chapter';
import { latestPrevious, previousFigure } from '../../editions/previous-edition';
import type { Figure } from '../../figures/ledger';
import type { ChapterBase, TableModel } from '../../render/model';
import { citation } from '../../render/sources';

/**
 * The headline numbers, in the order printed: an indicator and entity whose latest figure (as of
 * the edition) the other chapters registered, with its change on the previous year where they
 * registered one. A headline no chapter registered is left out, so removing a chapter never
 * breaks this page.
 */
export const HEADLINES: { indicator: string; entity: string; label: string; unit: string; /** Compared across editions (false for counts of documents). */ trend?: false }[] = [
  { indicator: 'south-south-export-share', entity: 'south', label: 'Exports of developing economies that went to developing economies', unit: 'per cent of their exports' },
  { indicator: 'south-south-exports', entity: 'south', label: 'Value of exports of developing economies to developing economies', unit: 'current dollars' },
  { indicator: 'intraregional-export-share', entity: 'lac', label: 'Intraregional exports, developing Latin America and the Caribbean', unit: 'per cent of exports' },
  { indicator: 'intraregional-export-share', entity: 'east-south-asia', label: 'Intraregional exports, developing Eastern, South-eastern and Southern Asia', unit: 'per cent of exports' },
  { indicator: 'intraregional-export-share', entity: 'africa', label: 'Intraregional exports, Africa', unit: 'per cent of exports' },
  { indicator: 'south-south-top5-share', entity: 'south', label: 'Share of the five largest developing exporters in South-South exports', unit: 'per cent' },
  { indicator: 'ldc-exports-to-south-share', entity: 'ldc', label: 'Exports of least developed countries that went to developing economies', unit: 'per cent of their exports' },
  { indicator: 'ldc-share-of-south-south-exports', entity: 'ldc', label: 'Least developed countries\u2019 share of South-South exports', unit: 'per cent' },
  { indicator: 'sids-exports-to-south-share', entity: 'sids', label: 'Exports of small island developing States that went to developing economies', unit: 'per cent of their exports' },
  { indicator: 'china-commitments', entity: 'all', label: 'Official finance committed by China to developing economies', unit: 'constant 2021 dollars' },
  { indicator: 'commitments-by-status', entity: 'carried-out', label: 'Commitments of the founding documents recorded as carried out', unit: 'number, of those tracked', trend: false },
  { indicator: 'commitments-by-status', entity: 'no-information', label: 'Commitments whose implementation no source records', unit: 'number, of those tracked', trend: false },
  { indicator: 'data-gaps', entity: 'all', label: 'Subjects the documents ask to monitor for which no data are published', unit: 'number', trend: false },
];

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

/** The latest figure of an indicator for an entity among the figures registered (`ledger.all()`); null if none has a value. */
export function latestFigure(figures: readonly Figure[], indicator: string, entity: string): Figure | null {
  const candidates = figures.filter((f) => f.indicator === indicator && f.entity === entity && f.value !== null && /^\d{4}$/.test(f.period));
  return candidates.sort((a, b) => Number(b.period) - Number(a.period))[0] ?? null;
}

function keyFigures({ number, data, ledger, options, previous }: ChapterContext<null>): KeyFiguresChapter {
  const figures: KeyFigure[] = [];
  // The figures of the other chapters, sorted once: this page adds only figures of the previous edition.
  const registered = ledger.all();
  for (const h of HEADLINES) {
    const value = latestFigure(registered, h.indicator, h.entity);
    if (!value) continue;
    const pp = ledger.get(`${h.indicator}-change:${h.entity}:${value.period}`);
    const pct = ledger.get(`${h.indicator}-change-pct:${h.entity}:${value.period}`);
    const change = pp ?? pct ?? '..';
    const sources = [...new Set(value.source.split(';'))].map((id) => citation(data, id));
    const before = previous && h.trend !== false ? latestPrevious(previous, h.indicator, h.entity) : null;
    figures.push({
      label: h.label, unit: h.unit, value, period: value.period, change,
      changeUnit: pp ? 'percentage points' : pct ? 'per cent' : '', source: sources.join('; '),
      previous: before ? previousFigure(ledger, before) : '..', previousPeriod: before?.period ?? '',
    });
  }
  const table: TableModel = {
    id: 'key-figures-table', label: `Table ${number}.1`, caption: `Key figures, ${options.edition} edition`,
    head: ['Indicator', 'Year', 'Value', 'Change on previous year', 'Unit of change', previous ? `Latest in the ${previous.edition} edition` : 'Previous edition'],
    rows: figures.map((f) => ({ label: `${f.label} (${f.unit})`, cells: [f.period, f.value, f.change, f.changeUnit || '..', f.previous] })),
    source: `Sources: ${[...new Set(figures.flatMap((f) => f.value.source.split(';')).map((id) => data.sources.rows.find((s) => s.id === id)!.publisher))].join('; ')}; each figure with its full source under the table or chart of the chapter that computes it, and in Annex A.`,
    notes: [
      'Each figure is the latest available up to the edition year; the year column says which.',
      ...(previous ? [`The last column is the latest value the ${previous.edition} edition printed; what changed is set out in the next chapter.`] : []),
    ],
  };
  return { id: 'key-figures', number, title: 'Key figures', partial: 'chapter-key-figures', edition: options.edition, figures, table };
}

/** Chapter: one page of headline numbers, read from the figures the other chapters registered. */
export const keyFiguresChapterSpec = defineChapter<null>({
  id: 'key-figures',
  late: true,
  metrics: () => null,
  charts: () => [],
  model: keyFigures,
});
