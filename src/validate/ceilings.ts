import { atMost, type Column } from './columns';

/**
 * Ceilings of the amounts, set far above any real value so that only a typing or unit error
 * reaches them (1.7e308 in the trade flows summed to Infinity and printed "NaN"). Each is an
 * amount no single figure of its kind can reach, with the largest real one beside it.
 */

/**
 * US$ 1,000 trillion (1e15), about ten times world GDP in 2023 (US$ 105 trillion). The largest
 * amounts in data/: GDP of the United States in 2023, 2.7e13 (WDI); one bilateral flow, 4.7e11
 * (COW, US$ 472,525 million; Comtrade 3.8e11); a year of China's commitments to one recipient, 4.3e10.
 */
const MAX_USD = 1e15;

/** The same ceiling in millions of dollars (the COW trade flows): 1e9. */
export const MAX_MUSD = MAX_USD / 1e6;

/** 10 billion persons, above the world's 8.1 billion (the largest economy: 1.45 billion, WDI 2024). */
const MAX_PERSONS = 1e10;

/** An amount in US dollars, at most MAX_USD. */
export const usd = <T extends number | null>(c: Column<T>) => atMost(c, MAX_USD, '1e15 (US$ 1,000 trillion, ten times world GDP)');

/** An amount in millions of US dollars, at most MAX_MUSD. */
export const musd = <T extends number | null>(c: Column<T>) => atMost(c, MAX_MUSD, '1e9 (US$ 1,000 trillion, ten times world GDP)');

/** A number of persons, at most MAX_PERSONS. */
export const persons = <T extends number | null>(c: Column<T>) => atMost(c, MAX_PERSONS, '1e10 (more than the world population)');
