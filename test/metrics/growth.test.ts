import { describe, expect, it } from 'vitest';
import { cagr } from '../../src/metrics/growth';

describe('cagr', () => {
  it('compounds over the years between the two values', () => {
    // (121 / 100)^(1/2) = 1.1 -> 10 % a year
    expect(cagr(100, 121, 2000, 2002)).toBeCloseTo(10, 10);
    // (400 / 50)^(1/3) = 8^(1/3) = 2 -> 100 % a year
    expect(cagr(50, 400, 2004, 2007)).toBeCloseTo(100, 10);
    // one year: 150 / 200 = 0.75 -> -25 %
    expect(cagr(200, 150, 2013, 2014)).toBeCloseTo(-25, 10);
    // no change -> 0
    expect(cagr(7, 7, 2000, 2010)).toBeCloseTo(0, 10);
  });

  it('is null when a value is missing', () => {
    expect(cagr(null, 121, 2000, 2002)).toBeNull();
    expect(cagr(100, null, 2000, 2002)).toBeNull();
  });

  it('is null when a value is zero or negative', () => {
    expect(cagr(0, 121, 2000, 2002)).toBeNull();
    expect(cagr(100, 0, 2000, 2002)).toBeNull();
    expect(cagr(-5, 121, 2000, 2002)).toBeNull();
  });

  it('is null when the years do not span at least one year', () => {
    expect(cagr(100, 121, 2002, 2002)).toBeNull();
    expect(cagr(100, 121, 2003, 2002)).toBeNull();
  });
});
