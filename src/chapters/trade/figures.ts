/** Source ids, the shared sources line and the share-series figures that the trade chapter's parts all use. */
import type { Figure, Ledger } from '../../figures/ledger';
import { figureSeries, type SeriesFigures } from '../../figures/figure-series';
import { citation } from '../../render/sources';
import type { Data } from '../../validate/validate-data';
import type { Series } from './metrics';

export const COW = 'cow-trade-4.0';
export const COMTRADE = 'penppml-comtrade-0.2.4';
export const CLASSIFICATION = 'un-m49-2020';

/** What every part of the trade chapter's model needs: where figures go, what they rest on, how shares are registered. */
export interface TradeFigures {
  number: number;
  data: Data;
  ledger: Ledger;
  /** The edition year. */
  e: number;
  /** The Correlates of War citation. */
  cow: string;
  /** The source line of tables computed from the Correlates of War data. */
  computedSource: string;
  /** Source ids of the figures computed from the Correlates of War data. */
  src: string;
  seriesOf(s: Series): SeriesFigures;
  level(s: Series, year: number): Figure;
  change(s: Series, year: number): Figure | null;
  /** An economy's name, or its ISO3 code when the country list lacks it. */
  name(iso3: string): string;
}

/** An economy's name from the country list, or its ISO3 code when the list lacks it. */
export const countryName = (data: Data) => (iso3: string) => data.countries.rows.find((c) => c.iso3 === iso3)?.name ?? iso3;

/** The shared helpers of one run of the chapter's model. */
export function tradeFigures(number: number, data: Data, ledger: Ledger, edition: number): TradeFigures {
  const cow = citation(data, COW);
  const src = `${COW};${CLASSIFICATION}`;
  const seriesOf = (s: Series) =>
    figureSeries(ledger, { indicator: s.indicator, entity: s.group.id, unit: 'per cent', source: src, points: s.points });
  return {
    number,
    data,
    ledger,
    e: edition,
    cow,
    computedSource: `Source: calculations based on ${cow}; groups as in UNSD M49 (2020).`,
    src,
    seriesOf,
    level: (s, year) => seriesOf(s).level(year),
    change: (s, year) => seriesOf(s).change(year),
    name: countryName(data),
  };
}
