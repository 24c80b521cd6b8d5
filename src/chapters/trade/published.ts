/** The published shares beside those computed here: the comparison table and the quotes they come from. */
import { formatChange, formatNumber } from '../../render/format';
import type { TableModel } from '../../render/model';
import type { Sentence } from '../../render/narrative';
import { citation } from '../../render/sources';
import type { PublishedShare } from '../../validate/validate-data';
import type { TradeFigures } from './figures';
import type { Metrics } from './metrics';

/** A published figure as the chapter quotes it: the sentence, its reference and the document's citation. */
export interface PublishedQuote {
  text: Sentence;
  ref: string;
  citation: string;
}

/** The published-vs-computed table of the shares published up to the edition year; null when there are none. */
export function publishedTable(f: TradeFigures, m: Metrics): TableModel | null {
  const { data, ledger, e, level, src } = f;
  const publishedRows = m.published.filter((p) => p.share.year <= e);
  return publishedRows.length === 0
    ? null
    : {
        id: 'trade-published',
        label: `Table ${f.number}.4`,
        caption: `Published and computed intraregional export shares, ${[...new Set(publishedRows.map((p) => p.share.year))].join(', ')}`,
        head: ['Group', 'Year', 'Published (per cent)', 'Computed here (per cent)', 'Difference (percentage points)'],
        rows: publishedRows.map(({ share, computed }) => {
          const pubSrc = share.source.join(';');
          const pub = ledger.add(publishedFigure(share));
          const s = m.shares.find((x) => x.group.id === share.group)!;
          const comp = level(s, share.year);
          const diff =
            computed === null
              ? '..'
              : ledger.add({
                  indicator: 'published-computed-difference',
                  entity: share.group,
                  period: String(share.year),
                  value: computed - share.share_pct,
                  unit: 'percentage points',
                  source: `${pubSrc};${src}`,
                  derived_from: [comp.id, pub.id],
                  text: formatChange(computed - share.share_pct),
                });
          return {
            label: `${s.group.name} (published as \u201c${share.published_group}\u201d)`,
            cells: [String(share.year), pub, comp, diff],
          };
        }),
        source:
          `Sources: published: ` +
          `${[...new Set(publishedRows.map((p) => `${citation(data, p.share.source[0]!)}, ${p.share.source_ref}`))].join('; ')}. ` +
          `Computed: calculations based on ${f.cow}.`,
        notes: [
          '"About" marks a figure the document gives as approximate ("around 7 per cent"); it is of ' +
            'African exports to the region as a share of total trade.',
        ],
      };
}

/** The quotes of the shares published up to the edition year, each figure marked in the quote as in the table. */
export function publishedQuotes(f: TradeFigures, m: Metrics): PublishedQuote[] {
  const publishedRows = m.published.filter((p) => p.share.year <= f.e);
  return publishedRows.map(({ share }) => {
    const fig = f.ledger.add(publishedFigure(share));
    const shown = publishedDigits(share);
    const at = share.quote.indexOf(`${shown} per cent`);
    const text: Sentence =
      at < 0 ? [share.quote] : [share.quote.slice(0, at), { ...fig, text: shown }, share.quote.slice(at + shown.length)];
    return { text, ref: share.source_ref, citation: citation(f.data, share.source[0]!) };
  });
}

/** A published share as printed: with the decimals the document gives, "about" where it hedges. */
function publishedFigure(share: PublishedShare) {
  const text = publishedDigits(share);
  return {
    indicator: 'published-intraregional-export-share',
    entity: share.group,
    period: String(share.year),
    value: share.share_pct,
    unit: 'per cent',
    source: share.source.join(';'),
    estimate: share.estimate,
    text: `${share.estimate ? 'about ' : ''}${text}`,
  };
}

function publishedDigits(share: PublishedShare): string {
  return formatNumber(share.share_pct, share.share_pct % 1 === 0 ? 0 : 1);
}
