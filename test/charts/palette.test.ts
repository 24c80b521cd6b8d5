import { describe, expect, it } from 'vitest';
import { SERIES_COLOURS, SERIES_DASHES, SERIES_SHAPES, SERIES_TEXT_COLOURS } from '../../src/charts/theme';

type Rgb = [number, number, number];
const channel = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const linear = (hex: string): Rgb => [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16) / 255)) as Rgb;
const times = (m: number[][], c: Rgb): Rgb => m.map((r) => Math.min(1, Math.max(0, r[0]! * c[0] + r[1]! * c[1] + r[2]! * c[2]))) as Rgb;
/** CIE L*a*b* of a linear sRGB colour (D65). */
function lab([r, g, b]: Rgb): Rgb {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.9505;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.089;
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
// Viénot, Brettel and Mollon (1999): how protanopes and deuteranopes see a linear RGB colour.
const PROTAN = [
  [0.11238, 0.88762, 0],
  [0.11238, 0.88762, 0],
  [0.00401, -0.00401, 1],
];
const DEUTAN = [
  [0.29275, 0.70725, 0],
  [0.29275, 0.70725, 0],
  [-0.02234, 0.02234, 1],
];
const pairs = <T>(xs: readonly T[]) => xs.flatMap((a, i) => xs.slice(i + 1).map((b, j) => [a, b, i, i + 1 + j] as const));

describe('the series palette', () => {
  it('stays apart in greyscale: every two colours differ by at least 8 units of lightness', () => {
    for (const [a, b] of pairs(SERIES_COLOURS)) {
      expect(Math.abs(lab(linear(a))[0] - lab(linear(b))[0]), `${a} and ${b}`).toBeGreaterThanOrEqual(8);
    }
  });

  it('stays apart for protanopes and deuteranopes (colour difference of at least 15)', () => {
    for (const [name, m] of [
      ['protan', PROTAN],
      ['deutan', DEUTAN],
    ] as const) {
      for (const [a, b] of pairs(SERIES_COLOURS)) {
        const seen = distance(lab(times(m, linear(a))), lab(times(m, linear(b))));
        expect(seen, `${name}: ${a} and ${b}`).toBeGreaterThanOrEqual(15);
      }
    }
  });

  it('gives labels colours with 4.5:1 contrast on white', () => {
    for (const c of SERIES_TEXT_COLOURS) expect(1.05 / (luminance(linear(c)) + 0.05), c).toBeGreaterThanOrEqual(4.5);
  });

  it('gives each series its own dash pattern and marker shape', () => {
    expect(new Set(SERIES_DASHES.map((d) => d.join())).size).toBe(SERIES_COLOURS.length);
    expect(new Set(SERIES_SHAPES).size).toBe(SERIES_COLOURS.length);
  });
});
