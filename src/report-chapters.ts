import type { ChapterSpec } from './chapters';
import { annexQualitySpec } from './render/chapters/annex-quality';
import { annexSourcesSpec } from './render/chapters/annex-sources';
import { keyFiguresChapterSpec } from './render/chapters/key-figures';
import { tradeChapterSpec } from './render/chapters/trade';
import { whatChangedChapterSpec } from './render/chapters/what-changed';
import { vulnerableChapterSpec } from './render/chapters/vulnerable';
import { financeChapterSpec } from './render/chapters/finance';
import { tcdcChapterSpec } from './render/chapters/tcdc';
import { unSystemChapterSpec } from './render/chapters/un-system';
import { commitmentsChapterSpec } from './render/chapters/commitments';

/** The chapters of the report, in print order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each chapter has its own metrics type
export const CHAPTERS: ChapterSpec<any>[] = [
  keyFiguresChapterSpec,
  whatChangedChapterSpec,
  tradeChapterSpec,
  vulnerableChapterSpec,
  financeChapterSpec,
  tcdcChapterSpec,
  unSystemChapterSpec,
  commitmentsChapterSpec,
  // annexes stay last
  annexSourcesSpec,
  annexQualitySpec,
];
