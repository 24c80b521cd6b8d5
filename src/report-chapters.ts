import type { ChapterSpec } from './chapters';
import { annexQualitySpec } from './render/chapters/annex-quality';
import { annexSourcesSpec } from './render/chapters/annex-sources';
import { keyFiguresChapterSpec } from './render/chapters/key-figures';
import { tradeChapterSpec } from './render/chapters/trade';

/** The chapters of the report, in print order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each chapter has its own metrics type
export const CHAPTERS: ChapterSpec<any>[] = [
  keyFiguresChapterSpec,
  tradeChapterSpec,
  // annexes stay last
  annexSourcesSpec,
  annexQualitySpec,
];
