import { describe, expect, it } from 'vitest';
import { numberCodes } from '../../src/metrics/number-codes';

describe('numberCodes', () => {
  it('numbers codes in order of first appearance, the first column first; null is -1', () => {
    const { codes, numbers, columns } = numberCodes([
      ['BRA', 'BRA', 'ARG'],
      ['ARG', null, 'CHN'],
    ]);
    expect(codes).toEqual(['BRA', 'ARG', 'CHN']);
    expect(numbers.get('CHN')).toBe(2);
    expect(columns.map((c) => [...c])).toEqual([
      [0, 0, 1],
      [1, -1, 2],
    ]);
  });

  it('numbers any text, case and length apart', () => {
    const { codes, columns } = numberCodes([['bra', 'BRA', 'S19', 'BRAZ', 'BRA', 'bra']]);
    expect(codes).toEqual(['bra', 'BRA', 'S19', 'BRAZ']);
    expect([...columns[0]!]).toEqual([0, 1, 2, 3, 1, 0]);
  });

  it('numbers the same columns once', () => {
    const a = ['BRA', 'ARG'];
    const b = ['CHN', null];
    expect(numberCodes([a, b])).toBe(numberCodes([a, b]));
    expect(numberCodes([a])).not.toBe(numberCodes([a, b]));
  });
});
