import { describe, expect, it } from 'vitest';
import { oncePer } from '../../src/metrics/once-per';

describe('oncePer', () => {
  it('computes once per object, and again for another object', () => {
    let calls = 0;
    const size = oncePer((xs: number[]) => {
      calls++;
      return xs.length;
    });
    const a = [1, 2];
    expect([size(a), size(a), size([1])]).toEqual([2, 2, 1]);
    expect(calls).toBe(2);
  });

  it('remembers an undefined result too', () => {
    let calls = 0;
    const nothing = oncePer((_: object) => void calls++);
    const key = {};
    nothing(key);
    nothing(key);
    expect(calls).toBe(1);
  });
});
