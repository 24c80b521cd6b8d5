/** The TCDC chapter's tables: the programmes reported, the computation of their shares of GDP and the data of its figures. */
import type { Figure } from '../../figures/ledger';
import type { TableModel } from '../../render/model';
import { cell, type RichTable } from '../../render/rich-table';
import { markNumbers } from '../../render/mark-numbers';
import { barLabel } from './charts';
import type { GdpFigures, ProgrammeFigures, ProgrammeRow, TcdcFigures } from './figures';

/** A programme whose share of GDP is computed, with the figures of that computation. */
export interface GdpRow extends ProgrammeRow {
  g: GdpFigures;
}

/** The citations the tables' source lines give. */
interface Citations {
  sg: string;
  gdp: string;
}

/** Table 1: every programme reported, its figures marked in its description; null when there is none. */
export function programmesTable(number: number, rows: ProgrammeRow[], fx: TcdcFigures, cite: Citations): RichTable | null {
  return rows.length === 0
    ? null
    : {
        id: 'tcdc-programmes',
        label: `Table ${number}.1`,
        caption: 'Budgets and programmes of Southern providers reported by the Secretary-General, 2002',
        head: [
          'Provider',
          'Programme',
          'Period',
          'Amount (current dollars)',
          'Per cent to TCDC',
          'Trainees',
          'Countries reached',
          'Annual average (to TCDC where given), per cent of GDP',
          'Reference',
        ],
        rows: rows.map(({ r, f }) => {
          const p = r.programme;
          const own = [f.amount, f.share, f.trainees, f.countries].filter((x): x is Figure => x !== null);
          const other = fx.otherNumber(r);
          const fig = (x: Figure | null) => cell(x ?? '..');
          return {
            label: p.provider,
            cells: [
              cell(markNumbers(p.programme, own, other)),
              cell(p.period ?? '..'),
              fig(f.amount),
              fig(f.share),
              fig(f.trainees),
              fig(f.countries),
              fig(r.gdp && f.amount ? fx.gdpFigs(r, f.toTcdc ?? f.amount).pct : null),
              cell(p.source_ref),
            ],
          };
        }),
        source: `Sources: ${cite.sg}; GDP: ${cite.gdp}.`,
        notes: [
          'Single figures reported once, in current dollars of the period; not a series, and budgets ' +
            'or decisions rather than what was spent. Two dots (..): the report gives no such figure, ' +
            'or no share of GDP is computed.',
          'About: the report hedges the figure ("some").',
          'Türkiye: the UNTERM short name; the 2002 report writes "Turkey".',
        ],
      };
}

/** The amount a share of GDP is of: the part committed to TCDC where the report gives one (gdpShare). */
function measured(f: ProgrammeFigures): Figure {
  return f.toTcdc ?? f.amount!;
}

/** The programmes with an amount and a share of GDP, with the figures of its computation. */
export function gdpRowsOf(rows: ProgrammeRow[], fx: TcdcFigures): GdpRow[] {
  const withGdp = rows.filter(({ r, f }) => r.gdp !== null && f.amount !== null);
  return withGdp.map(({ r, f }) => ({ r, f, g: fx.gdpFigs(r, measured(f)) }));
}

/** Table 2: how each share of GDP is computed; null when none is. */
export function gdpTable(number: number, gdpRows: GdpRow[], cite: Citations): TableModel | null {
  return gdpRows.length === 0
    ? null
    : {
        id: 'tcdc-gdp',
        label: `Table ${number}.2`,
        caption: 'Reported budgets as a share of the provider\u2019s GDP: how it is computed',
        head: [
          'Provider and period',
          'Amount (to TCDC, where the report gives the part)',
          'Annual average',
          'GDP, mean over the period',
          'Per cent of GDP',
        ],
        rows: gdpRows.map(({ r, f, g }) => ({ label: barLabel(r), cells: [measured(f), g.avg, g.gdp, g.pct] })),
        source: `Sources: ${cite.sg}, paras. 38-39; ${cite.gdp}.`,
        notes: [
          'Annual average = amount ÷ number of years of the period; per cent of GDP = annual average ' +
            '÷ mean GDP of the same years, as a percentage, both in current dollars. Three decimals, ' +
            'since the shares are small.',
        ],
      };
}

/** The data of figure 1: the amounts reported, one row for each programme with an amount. */
export function amountsData(number: number, rows: ProgrammeRow[], sgCitation: string): TableModel {
  const amountRows = rows.filter(({ f }) => f.amount !== null);
  return {
    id: 'tcdc-amounts-data',
    label: '',
    caption: `Data for figure ${number}.1: amounts reported, current dollars`,
    head: ['Provider, period', 'What the amount is', 'Amount'],
    rows: amountRows.map(({ r, f }) => ({ label: barLabel(r), cells: [r.programme.amount_kind ?? '..', f.amount!] })),
    source: `Source: ${sgCitation}, paras. 38-39.`,
    notes: [],
  };
}

/** The data of figure 2: the table of shares of GDP, under its own id and caption. */
export function gdpShareData(number: number, table: TableModel): TableModel {
  return {
    ...table,
    id: 'tcdc-gdp-share-data',
    label: '',
    caption: `Data for figure ${number}.2: annual average as a per cent of GDP`,
  };
}
