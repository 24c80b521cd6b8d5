import { describe, expect, it } from 'vitest';
import { duplicateKeys } from '../../src/validate/duplicate-keys';

/** The pairs as a Map of joined codes finds them: [row, first row with the same key]. */
function naive(columns: Uint32Array[], n: number): [number, number][] {
  const first = new Map<string, number>();
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const key = columns.map((c) => c[i]).join(',');
    if (first.has(key)) out.push([i, first.get(key)!]);
    else first.set(key, i);
  }
  return out;
}

let seed = 7;
function random(below: number): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % below;
}

describe('duplicateKeys', () => {
  it('pairs each repeat with the first row of its key, in row order', () => {
    const year = Uint32Array.of(0, 0, 1, 0, 0);
    const code = Uint32Array.of(0, 1, 0, 0, 1);
    expect(duplicateKeys([year, code], [2, 2], 5)).toEqual([
      [3, 0],
      [4, 1],
    ]);
  });

  it('finds no repeat where rows differ in any one column', () => {
    expect(duplicateKeys([Uint32Array.of(0, 0, 1, 1), Uint32Array.of(0, 1, 0, 1)], [2, 2], 4)).toEqual([]);
  });

  // 1-3 columns with few possible keys (one bit each), then more possible keys than bits (sorting),
  // then more than 2^53 (joined text), and four columns.
  for (const distinct of [[50], [30, 40], [25, 190, 190], [5000, 5000, 5000], [2 ** 20, 2 ** 20, 2 ** 20, 2 ** 20], [3, 4, 5, 6]]) {
    it(`finds what a Map finds, keys of ${distinct.length} column(s) of ${distinct.join(' x ')} values`, () => {
      for (const n of [0, 1, 200, 5000]) {
        const columns = distinct.map((d) => Uint32Array.from({ length: n }, () => random(Math.min(d, 40))));
        expect(duplicateKeys(columns, distinct, n)).toEqual(naive(columns, n));
      }
    });
  }
});
