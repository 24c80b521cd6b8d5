import { defineChapter, type ChapterContext } from '../chapter';
import type { Figure } from '../../figures/ledger';
import { formatChange, formatNumber } from '../../render/format';
import { chartModel, type ChapterBase, type ChartModel, type TableModel } from '../../render/model';
import { shareSentence, type Sentence } from '../../render/narrative';
import { citation } from '../../render/sources';
import { oncePer } from '../../metrics/once-per';
import type { Data } from '../../validate/validate-data';
import { GROUP_NAMES, worldSharesChart } from './charts';
import { worldSharesMetrics, type WorldShareSeries, type WorldSharesMetrics } from './metrics';

const M49 = 'un-m49-2020';
const SHARE = 'world-export-share';

export interface WorldSharesChapter extends ChapterBase {
  lastYear: number | null;
  summary: Sentence[];
  sids: Sentence[];
  chart: ChartModel | null;
  table: TableModel | null;
}

// Once per data set, the lists deduplicated by identity first (the rows share one list per distinct text).
const sdgSources = oncePer((data: Data): string[] => [...new Set([...new Set(data.sdgTradeShares.columns().source)].flat())].sort());

/**
 * The weight of the LDCs, LLDCs and SIDS in world merchandise exports (SDG indicator 17.11.1), to
 * the latest year of the SDG database: beside the bilateral series, which say where their exports
 * go, these say how much of world trade they are.
 */
function worldSharesChapter({
  number,
  data,
  metrics: m,
  charts,
  ledger,
  thresholds: t,
}: ChapterContext<WorldSharesMetrics>): WorldSharesChapter {
  const base = { id: 'world-shares', number, title: 'The most vulnerable economies in world trade', partial: 'chapter-world-shares' };
  const y = m.lastYear;
  if (y === null || m.firstYear === null) return { ...base, lastYear: null, summary: [], sids: [], chart: null, table: null };
  const sdg = sdgSources(data);
  const src = (s: WorldShareSeries) => (s.id === 'sids' ? [...sdg, M49] : sdg).join(';');
  const level = (s: WorldShareSeries, year: number): Figure => {
    const p = s.points.find((x) => x.year === year);
    return ledger.add({
      indicator: SHARE,
      entity: s.id,
      period: String(year),
      value: p?.value ?? null,
      unit: 'per cent of world exports',
      source: src(s),
      text: formatNumber(p?.value, 2),
    });
  };
  const change = (s: WorldShareSeries, year: number): Figure | null => {
    const p = s.points.find((x) => x.year === year);
    if (!p || p.change === null) return null;
    return ledger.add({
      indicator: `${SHARE}-change`,
      entity: s.id,
      period: String(year),
      value: p.change,
      unit: 'percentage points',
      source: src(s),
      derived_from: [`${SHARE}:${s.id}:${year}`, `${SHARE}:${s.id}:${year - 1}`],
      text: formatChange(p.change, 2),
      kind: 'change',
      base: SHARE,
    });
  };
  const points = (s: WorldShareSeries) =>
    s.points.map((p) => ({ year: p.year, value: p.value, change: p.change, pct_change: null, rank: null }));
  const name = (s: WorldShareSeries) => GROUP_NAMES[s.id].replace(/^L/, 'l').replace(/^S/, 's');
  // Two decimals, since shares near 1 per cent move by hundredths; the words follow the report's
  // one rule (a change under 0.1 points is "broadly unchanged").
  const summary = m.series.map((s) =>
    shareSentence(`the share of the ${name(s)} in world merchandise exports`, y, points(s), level(s, y), change(s, y), t),
  );

  const sidsSeries = m.series.find((s) => s.id === 'sids')!;
  const sidsPoint = sidsSeries.points.find((p) => p.year === y)!;
  const members = ledger.add({
    indicator: `${SHARE}-members`,
    entity: 'sids',
    period: String(y),
    value: sidsPoint.members,
    unit: 'economies',
    source: src(sidsSeries),
    text: formatNumber(sidsPoint.members, 0),
  });
  // The developing SIDS of M49 counted here: the vulnerable chapter prints the same number under the same id.
  const listed = ledger.add({
    indicator: 'vulnerable-group-members',
    entity: 'sids',
    period: '2020',
    value: m.sidsMembers.length,
    unit: 'economies',
    source: 'un-m49-2020',
    text: formatNumber(m.sidsMembers.length, 0),
  });
  const sgp = m.singapore.find((p) => p.year === y);
  const sids: Sentence[] = [
    [
      'The SDG database gives no aggregate for the SIDS: their share here is the sum of the shares of ',
      members,
      ' of the ',
      listed,
      ` developing SIDS of the M49 list that have a value for ${y}`,
      ...(m.sidsMissing.length
        ? [` (without ${m.sidsMissing.map((iso3) => data.countries.rows.find((c) => c.iso3 === iso3)?.name ?? iso3).join(' and ')})`]
        : []),
      '.',
      ...(sgp
        ? [
            ' Singapore alone accounts for ',
            ledger.add({
              indicator: SHARE,
              entity: 'sgp',
              period: String(y),
              value: sgp.value,
              unit: 'per cent of world exports',
              source: sdg.join(';'),
              text: formatNumber(sgp.value, 2),
            }),
            ` per cent of world exports in ${y}, most of the group\u2019s share.`,
          ]
        : []),
    ],
  ];
  const c = charts.get('world-export-shares');
  const years = m.series[0]!.points.map((p) => p.year).filter((yr) => yr >= m.firstYear! && yr <= y);
  const table: TableModel = {
    id: 'world-shares-table',
    label: `Table ${number}.1`,
    caption: `Shares of world merchandise exports, ${m.firstYear}-${y} (per cent)`,
    head: ['Year', ...m.series.map((s) => GROUP_NAMES[s.id])],
    rows: years.map((yr) => ({ label: String(yr), cells: m.series.map((s) => level(s, yr)) })),
    source: c?.source ?? '',
    notes: [
      'LDC and LLDC shares are the custodians\u2019 aggregates over their group lists of the ' +
        'time; the SIDS share is summed over the developing SIDS of the M49 list (2020).',
    ],
  };
  const chart = c
    ? chartModel(c, `Figure ${number}.1`, { ...table, id: 'world-shares-data', label: '', caption: `Data for figure ${number}.1` })
    : null;
  return { ...base, lastYear: y, summary, sids, chart, table };
}

export const worldSharesChapterSpec = defineChapter<WorldSharesMetrics>({
  id: 'world-shares',
  indicators: {
    [SHARE]:
      'A group\u2019s or economy\u2019s merchandise exports as a percentage of world merchandise ' +
      'exports (SDG indicator 17.11.1, series TX.EXP.GBMRCH); for the SIDS, the sum of the ' +
      'members\u2019 shares.',
    [`${SHARE}-change`]: 'Change of the share of world exports on the previous year, percentage points.',
    [`${SHARE}-members`]: 'Developing SIDS of the M49 list with a share of world exports in the SDG database that year.',
  },
  metrics: worldSharesMetrics,
  charts: (data, m) => {
    const source = `Source: ${sdgSources(data)
      .map((id) => citation(data, id))
      .join('; ')}; SIDS as in UNSD M49 (2020).`;
    const c = worldSharesChart(m, source);
    return c ? [c] : [];
  },
  model: worldSharesChapter,
});
