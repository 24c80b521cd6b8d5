import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The report's typeface, from an npm package so every machine sets the same text. */
export const FONT_FAMILY = 'Noto Sans';

/** One font file of the report's typeface: what CSS and the text measurer need to know. */
export interface FontFace {
  weight: 400 | 700;
  style: 'normal' | 'italic';
  /** Absolute path of the WOFF2 file inside node_modules. */
  path: string;
}

const dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/LICENSE')), 'files');
const face = (weight: FontFace['weight'], style: FontFace['style']): FontFace => ({
  weight,
  style,
  // The "latin" subset covers ISO 8859-1, which every country name in the report uses.
  path: join(dir, `noto-sans-latin-${weight}-${style}.woff2`),
});

/** The faces the report uses: regular, italic and bold. */
export const FONT_FACES: readonly FontFace[] = [face(400, 'normal'), face(400, 'italic'), face(700, 'normal')];

/** The bytes of a face, read once. */
export const fontBytes = (() => {
  const cache = new Map<string, Buffer>();
  return (f: FontFace): Buffer => {
    let b = cache.get(f.path);
    if (!b) cache.set(f.path, (b = readFileSync(f.path)));
    return b;
  };
})();
