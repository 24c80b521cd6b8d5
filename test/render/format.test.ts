import { describe, expect, it } from 'vitest';
import { formatChange, formatMoneyMillions, formatNumber, NOT_AVAILABLE } from '../../src/render/format';

describe('formatNumber', () => {
  it('separates thousands with commas and rounds to one decimal by default', () => {
    expect(formatNumber(1234.56)).toBe('1,234.6');
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber(999)).toBe('999.0');
    expect(formatNumber(1000)).toBe('1,000.0');
    expect(formatNumber(12, 0)).toBe('12');
    expect(formatNumber(-1234.56)).toBe('-1,234.6');
  });

  it('carries rounding into the thousands', () => {
    // 999.96 to one decimal is 1000.0
    expect(formatNumber(999.96)).toBe('1,000.0');
    // 2.25 is exact in binary: half rounds up to 2.3
    expect(formatNumber(2.25)).toBe('2.3');
    expect(formatNumber(2.24)).toBe('2.2');
  });

  it('never prints -0.0', () => {
    expect(formatNumber(-0.04)).toBe('0.0');
    expect(formatNumber(-0)).toBe('0.0');
    expect(formatNumber(-0.004, 2)).toBe('0.00');
    // a negative value that does not round to zero keeps its sign: -0.06 -> -0.1
    expect(formatNumber(-0.06)).toBe('-0.1');
  });

  it('prints ".." for a value that is not available', () => {
    expect(NOT_AVAILABLE).toBe('..');
    for (const v of [null, undefined, NaN, Infinity, -Infinity]) expect(formatNumber(v)).toBe('..');
  });
});

describe('formatChange', () => {
  it('puts a plus sign before increases and a hyphen-minus before decreases', () => {
    expect(formatChange(0.36)).toBe('+0.4');
    expect(formatChange(-0.4)).toBe('-0.4');
    expect(formatChange(1234.5)).toBe('+1,234.5');
    expect(formatChange(-1234.5)).toBe('-1,234.5');
  });

  it('prints no sign for a change that rounds to zero', () => {
    expect(formatChange(0)).toBe('0.0');
    expect(formatChange(0.04)).toBe('0.0');
    expect(formatChange(-0.04)).toBe('0.0');
    expect(formatChange(0.004, 2)).toBe('0.00');
  });

  it('prints ".." for a missing change', () => {
    expect(formatChange(null)).toBe('..');
    expect(formatChange(undefined)).toBe('..');
  });

  it('rounds 0.35 to "+0.4", as its documentation says', () => {
    expect(formatChange(0.35)).toBe('+0.4');
  });
});

describe('formatMoneyMillions', () => {
  it('prints billions from 1,000 million up, millions below', () => {
    // 4,505,960 million = 4,505.96 billion -> 4,506.0
    expect(formatMoneyMillions(4505960)).toBe('$4,506.0 billion');
    expect(formatMoneyMillions(1000)).toBe('$1.0 billion');
    // 1,250 million = 1.25 billion, exact in binary, half up -> 1.3
    expect(formatMoneyMillions(1250)).toBe('$1.3 billion');
    expect(formatMoneyMillions(999)).toBe('$999.0 million');
    expect(formatMoneyMillions(12.34)).toBe('$12.3 million');
    expect(formatMoneyMillions(0)).toBe('$0.0 million');
  });

  it('prints ".." for a missing amount', () => {
    expect(formatMoneyMillions(null)).toBe('..');
    expect(formatMoneyMillions(undefined)).toBe('..');
  });

  it('prints an amount that rounds to 1,000.0 million in billions', () => {
    expect(formatMoneyMillions(999.96)).toBe('$1.0 billion');
  });
});
