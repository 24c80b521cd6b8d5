import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { readAdvanceWidths } from '../../src/charts/font-metrics';
import { FONT_FACES, fontBytes } from '../../src/fonts';

type Font = { unitsPerEm: number; characterSet: number[]; glyphForCodePoint(cp: number): { advanceWidth: number } };

describe('readAdvanceWidths', () => {
  for (const face of FONT_FACES) {
    it(`gives fontkit's advance width for every code point of Noto Sans ${face.weight} ${face.style}`, () => {
      const bytes = fontBytes(face);
      const font = fontkit.create(bytes) as unknown as Font;
      const widths = readAdvanceWidths(bytes);
      expect(widths.unitsPerEm).toBe(font.unitsPerEm);
      // the whole Basic Multilingual Plane (mapped or not), then samples of the planes above it
      const mismatches: string[] = [];
      const check = (cp: number) => {
        const expected = font.glyphForCodePoint(cp).advanceWidth;
        if (widths.advance(cp) !== expected) mismatches.push(`U+${cp.toString(16)}: ${widths.advance(cp)} != ${expected}`);
      };
      for (let cp = 0; cp <= 0xffff; cp++) check(cp);
      for (let cp = 0x10000; cp <= 0x10ffff; cp += 0x3fb) check(cp);
      expect(font.characterSet.length).toBeGreaterThan(200);
      expect(mismatches.slice(0, 10)).toEqual([]);
    });
  }

  it('refuses a file that is not WOFF2, quoting its signature', () => {
    expect(() => readAdvanceWidths(new TextEncoder().encode('wOFF0000'))).toThrow('not a WOFF2 font: starts with "wOFF"');
  });
});
