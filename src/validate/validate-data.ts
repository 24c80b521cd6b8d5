import type { RawTable } from '../load/read-csv';
import { InputError, type Problem } from '../errors';
import { countriesSchema } from './schemas/countries';
import { publishedSharesSchema } from './schemas/published-shares';
import { sourcesSchema } from './schemas/sources';
import { tradeFlowsSchema } from './schemas/trade-flows';
import { tradeGroupsSchema } from './schemas/trade-groups';
import { ldcMembershipSchema } from './schemas/ldc-membership';
import { gdpSchema, populationSchema } from './schemas/wdi';
import { chinaFinanceSchema } from './schemas/china-finance';
import { fundFactsSchema } from './schemas/fund-facts';
import { g77DecisionsSchema } from './schemas/g77-decisions';
import { tcdcProgrammesSchema } from './schemas/tcdc-programmes';
import { commitmentsSchema } from './schemas/commitments';
import { commitmentStatusSchema } from './schemas/commitment-status';
import { dataGapsSchema } from './schemas/data-gaps';
import { comtradeCodesSchema, comtradeExportsSchema } from './schemas/comtrade';
import { ROOT } from '../config';
import { readProjectConfig } from '../project-config';
import type { Limits } from './columns';
import { sdgTradeSharesSchema, wbRegionsSchema, wdiExportDirectionSchema } from './schemas/wdi-trade-direction';
import type { Dataset, LookupName, RowOf, TableSchema } from './table-schema';
import { validateTable } from './validate-table';

/** The limits of a run that is given none: report.config.json's. */
const defaultLimits = (): Limits => ({ latestDataYear: readProjectConfig(ROOT).latestDataYear });

/** Every file the report reads, by the name later stages use. Order: lookups before their users. */
export const SCHEMAS = {
  sources: sourcesSchema,
  countries: countriesSchema,
  tradeGroups: tradeGroupsSchema,
  ldcMembership: ldcMembershipSchema,
  tradeFlows: tradeFlowsSchema,
  publishedShares: publishedSharesSchema,
  gdp: gdpSchema,
  population: populationSchema,
  chinaFinance: chinaFinanceSchema,
  fundFacts: fundFactsSchema,
  g77Decisions: g77DecisionsSchema,
  tcdcProgrammes: tcdcProgrammesSchema,
  commitments: commitmentsSchema,
  commitmentStatus: commitmentStatusSchema,
  dataGaps: dataGapsSchema,
  comtradeCodes: comtradeCodesSchema,
  comtradeExports: comtradeExportsSchema,
  wbRegions: wbRegionsSchema,
  wdiExportDirection: wdiExportDirectionSchema,
  sdgTradeShares: sdgTradeSharesSchema,
} as const satisfies Record<string, TableSchema>;

export type Schemas = typeof SCHEMAS;
export type Row<K extends keyof Schemas> = RowOf<Schemas[K]>;
export type Source = Row<'sources'>;
export type Country = Row<'countries'>;
export type TradeGroup = Row<'tradeGroups'>;
export type TradeFlow = Row<'tradeFlows'>;
export type LdcMembership = Row<'ldcMembership'>;
export type PublishedShare = Row<'publishedShares'>;
export type ChinaCommitment = Row<'chinaFinance'>;
export type FundFact = Row<'fundFacts'>;
export type G77Decision = Row<'g77Decisions'>;
export type TcdcProgramme = Row<'tcdcProgrammes'>;
export type Commitment = Row<'commitments'>;
export type CommitmentStatus = Row<'commitmentStatus'>;
export type DataGap = Row<'dataGaps'>;

/** The validated inputs of one report. */
export type Data = { [K in keyof Schemas]: Dataset<Row<K>> };

/** The data folder's files, in the order they are validated. */
export const DATA_FILES = Object.values(SCHEMAS).map((s) => s.file);

/**
 * Validates every raw table against its schema and the ids the others define. The register of
 * sources and the list of economies are checked first, since every other file refers to them;
 * then the problems of all other files are reported together.
 *
 * @param limits What values must be within (the latest year of data). Default: report.config.json.
 */
export function validateData(raw: Map<string, RawTable>, limits: Limits = defaultLimits()): Data {
  const get = (s: TableSchema) => raw.get(s.file)!;
  const ids = <R>(d: Dataset<R>, key: keyof R) => new Set(d.rows.map((r) => String(r[key])));

  const sources = validateTable(get(sourcesSchema), sourcesSchema, {}, limits);
  const lookups: Partial<Record<LookupName, ReadonlySet<string>>> = { sources: ids(sources, 'id') };
  const countries = validateTable(get(countriesSchema), countriesSchema, lookups, limits);
  lookups.economies = ids(countries, 'iso3');
  const tradeGroups = validateTable(get(tradeGroupsSchema), tradeGroupsSchema, lookups, limits);
  lookups.groups = ids(tradeGroups, 'id');

  const data: Record<string, Dataset<unknown>> = { sources, countries, tradeGroups };
  const problems: Problem[] = [];
  const notes: string[] = [];
  // Files that define a lookup first, so that the files referring to them can be checked.
  const order = Object.entries(SCHEMAS).sort(([, a], [, b]) => Number(!('defines' in a)) - Number(!('defines' in b)));
  for (const [name, schema] of order) {
    if (name in data) continue;
    try {
      data[name] = validateTable(get(schema), schema, lookups, limits);
      const defines = (schema as TableSchema).defines;
      if (defines) lookups[defines] = ids(data[name] as Dataset<Record<string, unknown>>, schema.key[0] as string);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
      notes.push(...error.notes);
    }
  }
  if (problems.length > 0) throw new InputError(problems, notes);
  return data as Data;
}
