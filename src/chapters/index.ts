import type { ChapterSpec } from './chapter';
import { annexQualitySpec } from './annex-quality/chapter';
import { annexSourcesSpec } from './annex-sources/chapter';
import { keyFiguresChapterSpec } from './key-figures/chapter';
import { tradeChapterSpec } from './trade/chapter';
import { tradeRecentChapterSpec } from './trade-recent/chapter';
import { whatChangedChapterSpec } from './what-changed/chapter';
import { vulnerableChapterSpec } from './vulnerable/chapter';
import { robustnessChapterSpec } from './robustness/chapter';
import { worldSharesChapterSpec } from './world-shares/chapter';
import { financeChapterSpec } from './finance/chapter';
import { tcdcChapterSpec } from './tcdc/chapter';
import { unSystemChapterSpec } from './un-system/chapter';
import { commitmentsChapterSpec } from './commitments/chapter';

/** The chapters of the report, in print order. */
// biome-ignore lint/suspicious/noExplicitAny: each chapter has its own metrics type
export const CHAPTERS: ChapterSpec<any>[] = [
  keyFiguresChapterSpec,
  whatChangedChapterSpec,
  tradeChapterSpec,
  tradeRecentChapterSpec,
  vulnerableChapterSpec,
  worldSharesChapterSpec,
  robustnessChapterSpec,
  financeChapterSpec,
  tcdcChapterSpec,
  unSystemChapterSpec,
  commitmentsChapterSpec,
  // annexes stay last
  annexSourcesSpec,
  annexQualitySpec,
];
