import { describe, expect, it } from 'vitest';
import { coveredTotals, type EconomyYears } from '../../src/metrics/covered-totals';

const rows = (spec: [string, number, number][]): EconomyYears => ({
  iso3: spec.map((r) => r[0]),
  year: spec.map((r) => r[1]),
  value: spec.map((r) => r[2]),
});
/** MLI has everything; NER lacks GDP in 2014; TCD lacks population in 2004; USA is no member. */
const GDP = rows([
  ['MLI', 2004, 100],
  ['MLI', 2014, 400],
  ['MLI', 2010, 999],
  ['NER', 2004, 50],
  ['TCD', 2004, 30],
  ['TCD', 2014, 60],
  ['USA', 2004, 9000],
  ['USA', 2014, 9900],
]);
const POP = rows([
  ['MLI', 2004, 10],
  ['MLI', 2014, 20],
  ['NER', 2004, 5],
  ['NER', 2014, 6],
  ['TCD', 2014, 3],
  ['USA', 2004, 300],
  ['USA', 2014, 320],
]);

describe('coveredTotals', () => {
  const out = coveredTotals(GDP, POP, new Set(['MLI', 'NER', 'TCD', 'BFA']), 2004, 2014);

  it('sums over the members with GDP and population in both years only', () => {
    // only MLI has all four values: 2004 GDP 100, population 10; 2014 GDP 400, population 20
    // (MLI 2010 is outside the two years; USA is not a member)
    expect(out.covered).toEqual(['MLI']);
    expect(out.from).toEqual({ gdp: 100, population: 10 });
    expect(out.to).toEqual({ gdp: 400, population: 20 });
  });

  it('lists the other members with the years in which a value is missing', () => {
    // BFA: nothing at all; NER: no GDP in 2014; TCD: no population in 2004
    expect(out.lacking).toEqual([
      { iso3: 'BFA', years: [2004, 2014] },
      { iso3: 'NER', years: [2014] },
      { iso3: 'TCD', years: [2004] },
    ]);
  });

  it('sums several covered members', () => {
    // MLI and USA: 2004 GDP 100 + 9000, population 10 + 300; 2014 GDP 400 + 9900, population 20 + 320
    const both = coveredTotals(GDP, POP, new Set(['MLI', 'USA']), 2004, 2014);
    expect(both.from).toEqual({ gdp: 9100, population: 310 });
    expect(both.to).toEqual({ gdp: 10300, population: 340 });
    expect(both.lacking).toEqual([]);
  });

  it('gives null totals when no member is covered', () => {
    expect(coveredTotals(GDP, POP, new Set(['NER']), 2004, 2014)).toEqual({
      covered: [],
      lacking: [{ iso3: 'NER', years: [2014] }],
      from: null,
      to: null,
    });
    expect(coveredTotals(rows([]), rows([]), new Set(['NER']), 2004, 2014).from).toBeNull();
  });
});
