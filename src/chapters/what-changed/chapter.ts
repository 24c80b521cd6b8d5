import { figureLabel } from '../../figures/figure-label';
import { defineChapter, type ChapterContext } from '../chapter';
import { latestPrevious, previousFigure, type PreviousFigure } from '../../editions/previous-figures';
import { formatChange, formatNumber } from '../../render/format';
import type { ChapterBase, TableModel } from '../../render/model';
import { movement, type Sentence } from '../../render/narrative';
import { HEADLINES, latestFigure } from '../../figures/headlines';

export interface WhatChanged extends ChapterBase {
  edition: number;
  previousEdition: number | null;
  origin: 'rebuilt' | 'published' | null;
  headlines: Sentence[];
  counts: TableModel | null;
  revisions: TableModel | null;
  revisionSentence: Sentence;
}

/**
 * What changed since the previous edition: the headline figures' new values, worded by the same
 * rules as the narrative, and every figure both editions print whose value differs (a revision
 * between data vintages). Figures only one edition prints are counted.
 */
function whatChanged({ number, data, ledger, previous, options, thresholds: t, definitions }: ChapterContext<null>): WhatChanged {
  const base = {
    id: 'what-changed',
    number,
    title: 'What changed since the previous edition',
    partial: 'chapter-what-changed',
    edition: options.publication,
  };
  if (!previous) {
    return {
      ...base,
      previousEdition: null,
      origin: null,
      headlines: [],
      counts: null,
      revisions: null,
      revisionSentence: [
        `This is the first edition the data allow (${options.publication}): there is no previous edition to compare with.`,
      ],
    };
  }
  const src = 'ssc-project-2026';
  const prevFig = (p: PreviousFigure) => previousFigure(ledger, p);

  const headlines: Sentence[] = [];
  // Sorted once: the loop adds only figures of the previous edition, which no headline reads and
  // the comparison below leaves out.
  const registered = ledger.all();
  for (const h of HEADLINES.filter((x) => x.trend !== false)) {
    const now = latestFigure(registered, h.indicator, h.entity);
    const before = latestPrevious(previous, h.indicator, h.entity);
    if (!now || !before) continue;
    const share = now.unit === 'per cent';
    const diff = share ? now.value! - before.value! : (100 * (now.value! - before.value!)) / before.value!;
    const verb = movement(diff, share ? t.unchangedPoints : t.unchangedPercent);
    // "Label: rose from 53.1 per cent in 2013 to 54.2 per cent in 2014." The colon spares the
    // rules the grammar of each label; the unit follows numbers that do not carry their own.
    const unit = share ? ' per cent' : '';
    headlines.push(
      now.period === before.period
        ? [`${h.label}: the latest figure is still the one for ${now.period}, `, now, `${unit}.`]
        : verb === 'was broadly unchanged'
          ? [`${h.label}: broadly unchanged, `, prevFig(before), `${unit} in ${before.period} and `, now, `${unit} in ${now.period}.`]
          : [`${h.label}: ${verb} from `, prevFig(before), `${unit} in ${before.period} to `, now, `${unit} in ${now.period}.`],
    );
  }

  const current = new Map(registered.filter((f) => !f.indicator.startsWith('previous-edition-')).map((f) => [f.id, f]));
  const both = [...current.keys()].filter((id) => previous.figures.has(id));
  const added = [...current.keys()].filter((id) => !previous.figures.has(id));
  const dropped = [...previous.figures.keys()].filter((id) => !current.has(id));
  const revised = both.filter((id) => {
    const a = previous.figures.get(id)!.value;
    const b = current.get(id)!.value;
    return a === null || b === null ? a !== b : Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(a));
  });
  const count = (entity: string, n: number) =>
    ledger.add({
      indicator: 'edition-comparison-figures',
      entity,
      period: `${previous.edition}-${options.publication}`,
      value: n,
      unit: 'figures',
      source: src,
      text: formatNumber(n, 0),
    });
  const counts: TableModel = {
    id: 'what-changed-counts',
    label: `Table ${number}.1`,
    caption: `Figures of the ${options.publication} edition compared with the ${previous.edition} edition`,
    head: ['Figures', 'Number'],
    rows: [
      { label: 'Printed in both editions', cells: [count('both', both.length)] },
      { label: 'Of which revised (a different value for the same figure)', cells: [count('revised', revised.length)] },
      { label: `New in the ${options.publication} edition`, cells: [count('new', added.length)] },
      { label: `Printed in the ${previous.edition} edition only`, cells: [count('dropped', dropped.length)] },
    ],
    source:
      `Source: the tables of figures published with the two editions; the ${previous.edition} ` +
      `edition ` +
      `${previous.origin === 'rebuilt' ? 'rebuilt from the data of this edition' : 'as published'}.`,
    notes: ['Each figure is compared with the figure for the same indicator, economy or group, and year in the other edition.'],
  };
  const revisions: TableModel | null =
    revised.length === 0
      ? null
      : {
          id: 'what-changed-revisions',
          label: `Table ${number}.2`,
          caption: 'Revised figures',
          head: ['Figure', `${previous.edition} edition`, `${options.publication} edition`, 'Difference'],
          rows: revised.map((id) => {
            const a = previous.figures.get(id)!;
            const b = current.get(id)!;
            const d =
              a.value !== null && b.value !== null
                ? ledger.add({
                    indicator: `revision-${b.indicator}`,
                    entity: b.entity,
                    period: b.period,
                    value: b.value - a.value,
                    unit: b.unit,
                    source: b.source,
                    derived_from: [b.id],
                    text: formatChange(b.value - a.value),
                    kind: 'revision',
                    base: b.indicator,
                  })
                : '..';
            return { label: figureLabel(b, definitions, data), cells: [prevFig(a), b, d] };
          }),
          source: 'Source: the tables of figures published with the two editions.',
          notes: [],
        };
  const revisionSentence: Sentence =
    revised.length === 0
      ? [
          previous.origin === 'rebuilt'
            ? `No figure printed in both editions was revised: the ${previous.edition} edition is ` +
              `rebuilt here from the same version of the data, so only new years change the figures. ` +
              `Revisions between versions of the data show when this edition is compared with the ` +
              `${previous.edition} edition as published.`
            : 'No figure printed in both editions was revised.',
        ]
      : [
          `Of the figures printed in both editions, `,
          count('revised', revised.length),
          ` were revised between the two vintages of the data; they are listed below.`,
        ];
  return { ...base, previousEdition: previous.edition, origin: previous.origin, headlines, counts, revisions, revisionSentence };
}

/** Chapter: what changed since the previous edition. */
export const whatChangedChapterSpec = defineChapter<null>({
  id: 'what-changed',
  late: true,
  indicators: {
    'edition-comparison-figures': 'Number of figures printed in both editions, revised, new, or printed in the previous edition only.',
  },
  metrics: () => null,
  charts: () => [],
  model: whatChanged,
});
