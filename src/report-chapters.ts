import type { ChapterSpec } from './chapters';
import { tradeChapterSpec } from './render/chapters/trade';

/** The chapters of the report, in print order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each chapter has its own metrics type
export const CHAPTERS: ChapterSpec<any>[] = [tradeChapterSpec];
