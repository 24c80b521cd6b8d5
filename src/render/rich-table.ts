import type { Figure } from '../figures/ledger';
import type { Sentence } from './narrative';

/** A table whose cells are generated text: quotes and descriptions with their numbers marked as figures. */
export interface RichTable {
  id: string;
  label: string;
  caption: string;
  head: string[];
  rows: { label: string; cells: RichCell[] }[];
  source: string;
  notes: string[];
}

/** A cell: text with figures; `num` aligns it as a number; `quote` is printed in quotation marks after the text. */
export interface RichCell {
  s: Sentence;
  num: boolean;
  quote: Sentence | null;
}

/** A cell of plain text, a figure (aligned as a number), or text followed by a quote. */
export const cell = (s: string | Figure | Sentence, quote: Sentence | null = null): RichCell =>
  typeof s === 'string' ? { s: [s], num: false, quote } : Array.isArray(s) ? { s, num: false, quote } : { s: [s], num: true, quote };
