import { describe, expect, it } from 'vitest';
import { largestMember } from '../../src/metrics/largest-member';

describe('largestMember', () => {
  it('finds the largest value and its share of the total', () => {
    // 75 / (75 + 20 + 5) = 75 %
    expect(
      largestMember([
        { iso3: 'JAM', value: 20 },
        { iso3: 'SGP', value: 75 },
        { iso3: 'FJI', value: 5 },
      ]),
    ).toEqual({ iso3: 'SGP', value: 75, share_pct: 75 });
  });

  it('breaks a tie by code', () => {
    // 10 / 20 = 50 %, BRB before JAM
    expect(
      largestMember([
        { iso3: 'JAM', value: 10 },
        { iso3: 'BRB', value: 10 },
      ]),
    ).toEqual({ iso3: 'BRB', value: 10, share_pct: 50 });
  });

  it('is null for no values or a total that is not positive', () => {
    expect(largestMember([])).toBeNull();
    expect(largestMember([{ iso3: 'JAM', value: 0 }])).toBeNull();
  });
});
