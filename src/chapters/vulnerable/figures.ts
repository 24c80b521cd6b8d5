/** Registers the chapter's figures in the ledger: member counts, the groups' trade and their growth. */
import type { Figure, Ledger } from '../../figures/ledger';
import { figureSeries } from '../../figures/figure-series';
import { type SeriesYear, SOUTH } from '../../metrics/series';
import { formatMoneyMillions, formatNumber } from '../../render/format';
import type { GroupGrowth, GroupTrade, VulnerableMetrics } from './metrics';
import { indicators } from './indicators';
import { GDP, LDC_LIST, M49, POP, TRADE_SOURCES } from './sources';

/** The figures of one model, registered in its ledger as the sentences and tables ask for them. */
export interface ChapterFigures {
  ledger: Ledger;
  m: VulnerableMetrics;
  /** The growth window, "2013-2023". */
  period: string;
  trade: ReturnType<typeof tradeFigures>;
  growth: ReturnType<typeof growthFigures>;
  /** The members of a group, counted as of `year` (the edition's by default). */
  count: (id: string, n: number, year?: number) => Figure;
}

/** The registering functions of one model, all on the one ledger. */
export function chapterFigures(ledger: Ledger, m: VulnerableMetrics): ChapterFigures {
  const period = `${m.window.from}-${m.window.to}`;
  return {
    ledger,
    m,
    period,
    trade: tradeFigures(ledger, m, TRADE_SOURCES),
    growth: growthFigures(ledger, period),
    count: memberCount(ledger, m.edition),
  };
}

/**
 * Registers the members of a group. LLDCs and SIDS are counted on the 2020 list, the LDCs (and so
 * the others) on the list of the year: the trade figures' year, or for growth the window's last year.
 */
function memberCount(ledger: Ledger, edition: number) {
  const asOf = (id: string, year: number) =>
    id === 'lldc' || id === 'sids' ? { period: '2020', source: M49 } : { period: String(year), source: `${M49};${LDC_LIST}` };
  return (id: string, n: number, year = edition) =>
    ledger.add({
      indicator: 'vulnerable-group-members',
      entity: id,
      ...asOf(id, year),
      value: n,
      unit: 'economies',
      text: formatNumber(n, 0),
    });
}

/** Registers the trade figures of a group: shares, their changes, amounts. */
function tradeFigures(ledger: Ledger, m: VulnerableMetrics, source: string) {
  const at = (s: SeriesYear[], y: number) => s.find((p) => p.year === y) ?? null;
  const series = (g: GroupTrade, key: 'toSouthShare' | 'toNorthShare' | 'southSouthShare') =>
    key === 'toSouthShare' ? g.toSouth : key === 'toNorthShare' ? g.toNorth : g.southSouth;
  const self = {
    /** The group's exports to all partners. */
    total(g: GroupTrade, y: number): Figure {
      const v = g.flows.find((x) => x.year === y)?.total_musd ?? null;
      return ledger.add({
        indicator: indicators(g.id).total,
        entity: g.id,
        period: String(y),
        value: v,
        unit: 'millions of current dollars',
        source,
        text: formatMoneyMillions(v),
      });
    },
    /** All developing economies' exports to developing economies: the trade chapter's figure, same id, same number. */
    southSouth(y: number): Figure {
      const v = m.southSouth.find((p) => p.year === y)?.value ?? null;
      return ledger.add({
        indicator: 'south-south-exports',
        entity: SOUTH,
        period: String(y),
        value: v,
        unit: 'millions of current dollars',
        source,
        text: formatMoneyMillions(v),
      });
    },
    share(g: GroupTrade, key: 'toSouthShare' | 'toNorthShare' | 'southSouthShare', y: number): Figure {
      const v = at(series(g, key), y)?.value ?? null;
      return ledger.add({
        indicator: indicators(g.id)[key],
        entity: g.id,
        period: String(y),
        value: v,
        unit: 'per cent',
        source,
        text: formatNumber(v),
      });
    },
    change(g: GroupTrade, key: 'toSouthShare' | 'southSouthShare', y: number): Figure | null {
      const p = at(series(g, key), y);
      if (!p || p.change === null) return null;
      return figureSeries(ledger, {
        indicator: indicators(g.id)[key],
        entity: g.id,
        unit: 'per cent',
        source,
        points: series(g, key),
      }).change(y);
    },
  };
  return self;
}

/** Registers the growth figures of a group over the window. */
function growthFigures(ledger: Ledger, period: string) {
  const source = `${GDP};${POP};${M49};${LDC_LIST}`;
  const end = (which: 'from' | 'to') => (which === 'from' ? 'start' : 'end');
  return {
    covered: (g: GroupGrowth) =>
      ledger.add({
        indicator: 'gdp-growth-members',
        entity: g.id,
        period,
        value: g.totals.covered.length,
        unit: 'economies',
        source,
        text: formatNumber(g.totals.covered.length, 0),
      }),
    gdp: (g: GroupGrowth, which: 'from' | 'to') => {
      const v = g.totals[which]?.gdp ?? null;
      return ledger.add({
        indicator: `gdp-window-${end(which)}`,
        entity: g.id,
        period,
        value: v,
        unit: 'current dollars',
        source: `${GDP};${M49};${LDC_LIST}`,
        text: formatMoneyMillions(v === null ? null : v / 1e6),
      });
    },
    gdpGrowth: (g: GroupGrowth) =>
      ledger.add({
        indicator: 'gdp-growth',
        entity: g.id,
        period,
        value: g.gdpGrowth,
        unit: 'per cent a year',
        source: `${GDP};${M49};${LDC_LIST}`,
        derived_from: [`gdp-window-start:${g.id}:${period}`, `gdp-window-end:${g.id}:${period}`],
        text: formatNumber(g.gdpGrowth),
        kind: 'growth',
        base: 'gdp-window-end',
      }),
    pc: (g: GroupGrowth, which: 'from' | 'to') => {
      const v = g.perCapita[which];
      return ledger.add({
        indicator: `gdp-per-capita-window-${end(which)}`,
        entity: g.id,
        period,
        value: v,
        unit: 'current dollars',
        source,
        text: v === null ? '..' : `$${formatNumber(v, 0)}`,
      });
    },
    pcGrowth: (g: GroupGrowth) =>
      ledger.add({
        indicator: 'gdp-per-capita-growth',
        entity: g.id,
        period,
        value: g.perCapitaGrowth,
        unit: 'per cent a year',
        source,
        derived_from: [`gdp-per-capita-window-start:${g.id}:${period}`, `gdp-per-capita-window-end:${g.id}:${period}`],
        text: formatNumber(g.perCapitaGrowth),
        kind: 'growth',
        base: 'gdp-per-capita-window-end',
      }),
  };
}
