/** The data sets the chapter's figures rest on, by source id, and the source notes of its tables and charts. */
import { citation } from '../../render/sources';
import type { Data } from '../../validate/validate-data';

const COW = 'cow-trade-4.0';
export const M49 = 'un-m49-2020';
export const LDC_LIST = 'un-ldc-list-2024';
export const GDP = 'wdi-gdp-2026';
export const POP = 'wdi-population-2026';

/** Sources of the trade figures: the other developing economies are those outside the year's LDCs, so every group rests on the list. */
export const TRADE_SOURCES = `${COW};${M49};${LDC_LIST}`;

/** Source note of a table or chart of the groups' trade. */
export function tradeSourceNote(data: Data): string {
  return (
    `Source: calculations based on ${citation(data, COW)}; LDCs as listed by the United ` +
    `Nations in each year; LLDCs and SIDS as flagged in UNSD M49 (2020).`
  );
}

/** Source note of a table or chart of the groups' growth, with the LDCs as listed in `year`. */
export function growthSourceNote(data: Data, year: number): string {
  return (
    `Source: calculations based on ${citation(data, GDP)} and ${citation(data, POP)}; LDCs as ` +
    `listed by the United Nations in ${year}; LLDCs and SIDS as flagged in UNSD M49 ` +
    `(2020).`
  );
}
