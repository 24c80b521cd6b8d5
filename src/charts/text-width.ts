import { FONT_FACES, fontBytes } from '../fonts';
import { readAdvanceWidths, type AdvanceWidths } from './font-metrics';

const fonts = new Map<number, AdvanceWidths>();
const advances = new Map<string, number>();

function fontFor(weight: number): AdvanceWidths {
  const w = weight >= 600 ? 700 : 400;
  let f = fonts.get(w);
  if (!f) {
    const face = FONT_FACES.find((x) => x.weight === w && x.style === 'normal')!;
    f = readAdvanceWidths(fontBytes(face));
    fonts.set(w, f);
  }
  return f;
}

/**
 * Width in pixels of `text` set in the report's typeface, from the font's own advance widths.
 * Vega's Node fallback guesses 0.8 × characters × size, which overflows narrow labels and
 * truncates wide ones; Chromium sets the same font with these widths (kerning aside).
 *
 * @example textWidth('East and South Asia', 11, 400) // ≈ 105
 */
export function textWidth(text: string, size: number, weight: number | string = 400): number {
  const w = typeof weight === 'string' ? (weight === 'bold' ? 700 : Number(weight) || 400) : weight;
  const font = fontFor(w);
  let units = 0;
  for (const ch of text) {
    const key = `${w}${ch}`;
    let a = advances.get(key);
    if (a === undefined) advances.set(key, (a = font.advance(ch.codePointAt(0)!)));
    units += a;
  }
  return (units / font.unitsPerEm) * size;
}
