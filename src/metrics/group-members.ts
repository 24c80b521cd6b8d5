import type { Country, TradeGroup } from '../validate/validate-data';

/**
 * The economies of a group: those that match every criterion the group sets (region, one of its
 * sub-regions, development status). Economies with no M49 region never match a regional group.
 *
 * @example groupMembers({ region: 'Africa', subregions: null, development: null, ... }, countries)
 */
export function groupMembers(group: TradeGroup, countries: readonly Country[]): Set<string> {
  return new Set(
    countries
      .filter(
        (c) =>
          (group.region === null || c.region === group.region) &&
          (group.subregions === null || (c.subregion !== null && group.subregions.includes(c.subregion))) &&
          (group.development === null || c.development === group.development),
      )
      .map((c) => c.iso3),
  );
}
