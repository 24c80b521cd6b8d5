import { defineChapter, type ChapterContext } from '../chapter';
import { groupMembers } from '../../metrics/group-members';
import type { FigureKind } from '../../figures/ledger';
import { ldcMembersIn } from '../../metrics/ldc-members';
import type { Column } from '../../validate/columns';
import { SCHEMAS, type Data } from '../../validate/validate-data';
import type { Dataset } from '../../validate/table-schema';
import { oncePer } from '../../metrics/once-per';
import type { ChapterBase, TableModel } from '../../render/model';
import { readersVersion, readersWords } from '../../render/readers-words';

export interface AnnexSources extends ChapterBase {
  sources: TableModel;
  /** Each data set, with what it records item by item, in readers' words. */
  files: { title: string; description: string; items: string[] }[];
  indicators: TableModel;
  currency: TableModel;
  groups: { name: string; definition: string; members: string }[];
}

/**
 * Annex A, generated: the register of sources, the data dictionary (each file's schema, from the
 * zod descriptions), the indicators the report prints with their definitions and units, and the
 * members of every country group used.
 */
function annexSources({ number, data, ledger, definitions, options }: ChapterContext<null>): AnnexSources {
  const sources: TableModel = {
    id: 'annex-sources-register',
    label: `Table A.1`,
    caption: 'Sources',
    head: ['Title', 'Publisher', 'Version'],
    rows: data.sources.rows.map((s) => ({ label: s.title, cells: [s.publisher, readersVersion(s.version, s.date)] })),
    source: 'Source: the register of sources of this report.',
    notes: ['What each source can and cannot support is set out in the annex on data quality.'],
  };
  // The data dictionary in readers' words: what each data set records, item by item, without the
  // files' column names, value types or source ids, which the schemas (and figures.csv) keep.
  const files = Object.values(SCHEMAS).map((schema) => {
    // Ids and source references are how rows point at one another, not what the data set records.
    const columns = Object.entries(schema.columns as Record<string, Column<unknown>>).filter(
      ([name]) => !/^(id|source|source_ref|.+_id)$/.test(name),
    );
    const items = columns.map(([, c]) => readersWords(c.description)).filter(Boolean);
    return { title: schema.title, description: readersWords(schema.description), items };
  });
  const publisher = new Map(data.sources.rows.map((s) => [s.id, s.publisher]));
  const byIndicator = new Map<string, { unit: string; kind: FigureKind; base: string; periods: string[]; sources: Set<string> }>();
  for (const f of ledger.all()) {
    const e = byIndicator.get(f.indicator) ?? { unit: f.unit, kind: f.kind, base: f.base, periods: [], sources: new Set<string>() };
    e.periods.push(f.period);
    for (const s of f.source.split(';')) e.sources.add(s);
    byIndicator.set(f.indicator, e);
  }
  const indicators: TableModel = {
    id: 'annex-indicators',
    label: 'Table A.2',
    caption: 'Indicators printed in this report',
    head: ['Indicator', 'Unit', 'Periods', 'Sources'],
    rows: [...byIndicator]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, e]) => {
        const years = e.periods.filter((p) => /^\d{4}$/.test(p)).map(Number);
        const [lo, hi] = [Math.min(...years), Math.max(...years)];
        const span = years.length ? (lo === hi ? String(lo) : `${lo}-${hi}`) : [...new Set(e.periods)].join(', ');
        const from = [...new Set([...e.sources].map((s) => publisher.get(s) ?? s))].sort().join('; ');
        return { label: definition(definitions, id, e.kind, e.base), cells: [e.unit, span, from] };
      }),
    source: 'Source: the table of figures published with this edition.',
    notes: [],
  };
  const name = (iso3: string) => data.countries.rows.find((c) => c.iso3 === iso3)?.name ?? iso3;
  const list = (codes: Iterable<string>) =>
    [...codes]
      .map(name)
      .sort((a, b) => a.localeCompare(b, 'en'))
      .join(', ');
  const countries = data.countries.rows;
  const groups = [
    ...data.tradeGroups.rows.map((g) => ({
      name: g.name,
      definition: [
        g.region && `M49 region ${g.region}`,
        g.subregions && `M49 sub-region${g.subregions.length > 1 ? 's' : ''} ${g.subregions.join(', ')}`,
        g.development && `classed as ${g.development} (M49, 2020)`,
      ]
        .filter(Boolean)
        .join('; '),
      members: list(groupMembers(g, countries)),
    })),
    {
      name: 'Least developed countries (LDCs)',
      definition: `the United Nations list in force in each year (inclusion and graduation dates); members in ${options.edition} listed`,
      members: list(ldcMembersIn(data.ldcMembership.rows, options.edition)),
    },
    {
      name: 'Landlocked developing countries (LLDCs)',
      definition: 'LLDC flag of the M49 table (snapshot)',
      members: list(countries.filter((c) => c.lldc).map((c) => c.iso3)),
    },
    {
      name: 'Small island developing States (SIDS)',
      definition: 'SIDS flag of the M49 table (snapshot)',
      members: list(countries.filter((c) => c.sids).map((c) => c.iso3)),
    },
    {
      name: 'Group of 77',
      definition:
        'membership list of The World Factbook (about January 2020), which lacks two of the ' +
        'Group\u2019s members, the State of Palestine and Azerbaijan; applied to every year',
      members: list(countries.filter((c) => c.g77).map((c) => c.iso3)),
    },
  ];
  return {
    id: 'annex-sources',
    number,
    title: 'Sources and definitions',
    partial: 'chapter-annex-sources',
    sources,
    files,
    indicators,
    currency: dataCurrency(data, options.edition),
    groups,
  };
}

/**
 * Table A.3: each data set with a year, its latest year, the latest year this edition uses (data
 * after the year before the edition are left out) and the version of its sources, so that a reader
 * sees at once how current each chapter's data are.
 */
function dataCurrency(data: Data, cut: number): TableModel {
  const rows = fileSpans(data).map((f) => ({ label: f.title, cells: [String(f.last), String(Math.min(f.last, cut)), f.vintage] }));
  return {
    id: 'annex-data-currency',
    label: 'Table A.3',
    caption: 'Currency of the data: the latest year of each data set and the version used',
    head: ['Data set', 'Latest year in the data', 'Latest year used in this edition', 'Version of the source'],
    rows,
    source: 'Source: the data files of this edition and their register of sources.',
    notes: [`An edition uses data up to the year before its publication year (${cut} for this edition).`],
  };
}

/**
 * Each dated file's last year and its sources' versions, once per data set (both editions of a build
 * share them): indexed loops, and the source lists deduplicated by identity first, since the parsed
 * rows share one list per distinct text (600,000 rows cost 0.7 s otherwise).
 */
const fileSpans = oncePer((data: Data) =>
  Object.entries(SCHEMAS).flatMap(([name, schema]) => {
    if (!('year' in schema.columns)) return [];
    const columns = (data[name as keyof Data] as unknown as Dataset<{ year: number; source: string[] }>).columns();
    let last = -Infinity;
    for (let i = 0; i < columns.year.length; i++) if (columns.year[i]! > last) last = columns.year[i]!;
    if (last === -Infinity) return [];
    const ids = [...new Set([...new Set(columns.source)].flat())].sort();
    const vintage = ids
      .map((id) => data.sources.rows.find((s) => s.id === id))
      .filter((s) => s && s.kind !== 'classification')
      .map((s) => `${s!.publisher}, ${asVersion(readersVersion(s!.version, s!.date))}`);
    return [{ title: schema.title, last, vintage: [...new Set(vintage)].join('; ') || '..' }];
  }),
);

/** An indicator's definition; a change, growth rate, rank, revision or previous-edition value is defined by its base indicator. */
function definition(definitions: Readonly<Record<string, string>>, id: string, kind: FigureKind, base: string): string {
  if (definitions[id]) return definitions[id]!;
  const own = definitions[base];
  if (kind === 'level' || own === undefined) return '..';
  return `${DERIVED[kind]}${own}`;
}

/** How a derived figure's definition begins, before its base indicator's definition. */
const DERIVED: Record<Exclude<FigureKind, 'level'>, string> = {
  previous: 'As published in the previous edition: ',
  revision: 'This edition\u2019s value less the previous edition\u2019s: ',
  change: 'Change on the previous year (percentage points for shares) of: ',
  'pct-change': 'Change on the previous year, per cent of: ',
  growth: 'Compound annual growth rate over the window of: ',
  rank: 'Rank among the groups (1 = highest) of: ',
};

/** Annex A: sources, the data dictionary, indicator definitions and country groups. */
export const annexSourcesSpec = defineChapter<null>({
  id: 'annex-sources',
  late: true,
  annex: true,
  metrics: () => null,
  charts: () => [],
  model: annexSources,
});

/** "4.0" reads as "version 4.0", "3.0, aggregates…" as "version 3.0, aggregates…"; a date stays as it is. */
function asVersion(v: string): string {
  return v.replace(/^(\d+(\.\d+)+)(?=,|$)/, 'version $1');
}
