import { InputError, type Problem } from '../errors';
import * as msg from '../messages';
import { comtradeExportsSchema } from '../validate/schemas/comtrade';
import { PROBLEM_CAP } from '../validate/validate-table';
import type { Country, Data } from '../validate/validate-data';
import { codeFlows, recodeFlows, type CodedFlows } from './coded-flows';
import { oncePer } from './once-per';
import { exportsByGroup } from './exports-by-group';
import { groupMembers } from './group-members';

/** One group's exports in one Comtrade wave: to its own members, to all partners, and the share. */
export interface ComtradeShare {
  /** Year of the wave (every fourth year, 1964-2016). */
  wave: number;
  group: string;
  /** Exports from members to members, current US dollars. */
  intra_usd: number;
  /** Exports from members to all partners, unclassified ones included, current US dollars. */
  total_usd: number;
  /** intra ÷ total × 100; null when the members exported nothing that wave. */
  share_pct: number | null;
  /** How many member economies reported any exports that wave. */
  exporters: number;
}

/**
 * What each code of the Comtrade file stands for: an economy of countries.csv (itself, or the
 * economy a mapped code names), a directly classified code (itself, with the region, sub-region and
 * development status of its comtrade-codes.csv row), or nothing, for an unclassified code, which is
 * then a partner outside every group. `economies` is countries.csv plus the classified codes.
 */
function comtradeEconomies(data: Data): { economyOf: Map<string, string | null>; economies: Country[] } {
  const economyOf = new Map<string, string | null>(data.countries.rows.map((c) => [c.iso3, c.iso3]));
  const economies: Country[] = [...data.countries.rows];
  for (const c of data.comtradeCodes.rows) {
    if (c.iso3 !== null) economyOf.set(c.code, c.iso3);
    else if (c.development === null) economyOf.set(c.code, null);
    else {
      economyOf.set(c.code, c.code);
      // groupMembers reads only region, sub-region and development: the flags are not claimed.
      const { region, subregion, development, name, note, source } = c;
      economies.push({
        iso3: c.code,
        name,
        m49: null,
        region,
        subregion,
        intermediate_region: null,
        development,
        ldc: false,
        lldc: false,
        sids: false,
        g77: false,
        source,
        note,
      });
    }
  }
  return { economyOf, economies };
}

/**
 * The intra-group export share of each trade group in each Comtrade wave up to the edition, as
 * `tradeShares` computes it for COW: exports from members to members ÷ exports from members to all
 * partners. Members are found by `groupMembers` among countries.csv and the classified Comtrade
 * codes; a mapped code counts as its economy. Partners that are not economies (unspecified, special
 * categories...) count in the denominator only. Waves with no member exports are absent.
 *
 * @throws InputError naming file:line:column of every code in neither countries.csv nor
 *   comtrade-codes.csv (a schema lookup names one file only, so the check is here).
 */
export function comtradeShares(data: Data, edition: number): ComtradeShare[] {
  const { flows: coded, economies } = comtradeFlows(data);
  const groups = new Map(data.tradeGroups.rows.map((g) => [g.id, groupMembers(g, economies)]));
  return exportsByGroup(coded, groups)
    .params({ edition })
    .filter((d: any, $: any) => d.year <= $.edition)
    .derive({ share_pct: (d: any) => (d.total > 0 ? (100 * d.to_members) / d.total : null) })
    .select({ year: 'wave', group: 'group', to_members: 'intra_usd', total: 'total_usd', share_pct: 'share_pct', exporters: 'exporters' })
    .objects() as ComtradeShare[];
}

/**
 * The Comtrade flows coded once per data set, each code recoded to the economy it stands for, and
 * the economies groups are drawn from (countries.csv and the classified codes): what
 * `comtradeShares` and any other group's sums read.
 *
 * @throws InputError naming file:line:column of every code in neither countries.csv nor comtrade-codes.csv.
 */
export const comtradeFlows = oncePer((data: Data): { flows: CodedFlows; economies: Country[] } => {
  const { economyOf, economies } = comtradeEconomies(data);
  const flows = data.comtradeExports;
  const c = flows.columns();
  const codes = codeFlows(c.year, c.exporter_code, c.importer_code, c.exports_usd);
  // Each distinct code is checked once; the rows are searched only to point at an unknown one.
  if (codes.codes.some((code) => !economyOf.has(code))) {
    const problems: Problem[] = [];
    // Columns as the schema (and the import script) order them.
    const position = (name: string) => Object.keys(comtradeExportsSchema.columns).indexOf(name) + 1;
    for (const column of ['exporter_code', 'importer_code'] as const) {
      c[column].forEach((code, i) => {
        if (!economyOf.has(code))
          problems.push({
            file: flows.file,
            line: flows.lineOf(i),
            column: position(column),
            message: msg.unknownId(column, 'groups/countries.csv or trade/comtrade-codes.csv', code),
          });
      });
    }
    problems.sort((a, b) => a.line! - b.line! || a.column! - b.column!);
    throw new InputError(
      problems.slice(0, PROBLEM_CAP),
      problems.length > PROBLEM_CAP ? [msg.moreProblems(flows.file, problems.length - PROBLEM_CAP)] : [],
    );
  }

  return { flows: recodeFlows(codes, (code) => economyOf.get(code)!), economies };
});
