/** The chapter's sentences, group by group, with every number in them registered through the chapter's figures. */
import type { Ledger } from '../../figures/ledger';
import type { LargestMember } from '../../metrics/largest-member';
import { formatNumber } from '../../render/format';
import { shareSentence, type Sentence, type Thresholds } from '../../render/narrative';
import type { ChapterFigures } from './figures';
import { OTHER_DEVELOPING, OTHER_NAME, SHORT, VULNERABLE_GROUPS } from './groups';
import type { VulnerableMetrics } from './metrics';
import { growthSentence, listNames, shareComparison } from './narrative';
import { GDP, LDC_LIST, M49, TRADE_SOURCES } from './sources';

/** An economy's name by its ISO3 code. */
type Namer = (iso3: string) => string;

/** Who is in each group, and how each is counted. */
export function membershipSentence({ m, count }: ChapterFigures): Sentence {
  const e = m.edition;
  return [
    `The LDCs are the developing economies on the United Nations list of least developed countries in each year, `,
    count('ldc', m.groups[0]!.members.length),
    ` in ${e}: a country counts from the year it was added to the list until it graduated. `,
    'The LLDCs (',
    count('lldc', m.groups[1]!.members.length),
    ') and SIDS (',
    count('sids', m.groups[2]!.members.length),
    ') are the developing economies that the 2020 version of M49 flags, applied to every year, for want of a dated list of changes. ',
    `The other developing economies, in none of the three groups in ${e}, number `,
    count(OTHER_DEVELOPING, m.other.members.length),
    '.',
  ];
}

/** The group members left out as developed; empty when there are none. */
export function excludedSentence(m: VulnerableMetrics, name: Namer): string {
  const out = m.excluded.map((x) => `${name(x.iso3)} (${SHORT.get(x.group)})`);
  return out.length === 0
    ? ''
    : `${listNames(out)}, listed as a group member but classed in M49 as developed, ` +
        `${out.length === 1 ? 'is' : 'are'} therefore left out.`;
}

/** For each group: how many of its members export, and its largest exporter. */
export function exporterSentences({ m, ledger, count }: ChapterFigures, name: Namer): Sentence[] {
  const e = m.edition;
  return m.groups.map((g, i): Sentence => {
    const fl = g.flows.find((o) => o.year === e);
    const abbr = VULNERABLE_GROUPS[i]!.abbr;
    if (!fl) return ['None of the ', count(g.id, g.members.length), ` ${abbr} has exports recorded in ${e}.`];
    const n = ledger.add({
      indicator: 'vulnerable-exporting-members',
      entity: g.id,
      period: String(e),
      value: fl.exporters,
      unit: 'economies',
      source: TRADE_SOURCES,
      text: formatNumber(fl.exporters, 0),
    });
    return [
      'Of the ',
      count(g.id, g.members.length),
      ` ${abbr}, `,
      n,
      ` have exports recorded in ${e}.`,
      ...largestClause(
        ledger,
        g.largest,
        `exporter among the ${abbr}`,
        'exports',
        { entity: g.id, period: String(e), year: e, indicator: 'vulnerable-largest-exporter-share', source: TRADE_SOURCES },
        name,
      ),
    ];
  });
}

/** For each group: the share of its exports that went to the South, against the others' and its earlier share. */
export function destinationSentences({ m, trade: f }: ChapterFigures, t: Thresholds): Sentence[] {
  const e = m.edition;
  // The trade comparison spans the growth window's length back from the trade year (the GDP window may end later).
  const from = Math.max(m.firstYear ?? e, e - (m.window.to - m.window.from));
  return m.groups.map((g, i): Sentence => {
    const grp = VULNERABLE_GROUPS[i]!;
    const level = f.share(g, 'toSouthShare', e);
    const s = shareSentence(
      `the share of ${grp.adjective} exports that went to developing economies`,
      e,
      g.toSouth,
      level,
      f.change(g, 'toSouthShare', e),
      t,
    );
    if (level.value === null) return s;
    const north = f.share(g, 'toNorthShare', e);
    const parts: Sentence = [
      ...s,
      ' ',
      ...shareComparison(level, f.share(m.other, 'toSouthShare', e), OTHER_NAME, t),
      ' Developed economies took ',
      north,
      ` per cent of ${grp.adjective} exports.`,
    ];
    const start = f.share(g, 'toSouthShare', from);
    if (from < e && start.value !== null) parts.push(` In ${from} the share had been `, start, ' per cent.');
    return parts;
  });
}

/** For each group: its share of the exports of developing economies to developing economies. */
export function southSouthSentences({ m, trade: f }: ChapterFigures, t: Thresholds): Sentence[] {
  const e = m.edition;
  return m.groups.map((g, i) =>
    shareSentence(
      `the share of ${VULNERABLE_GROUPS[i]!.abbr} in the exports of developing economies to developing economies`,
      e,
      g.southSouth,
      f.share(g, 'southSouthShare', e),
      f.change(g, 'southSouthShare', e),
      t,
    ),
  );
}

/** For each group: the growth of its GDP and GDP per capita against the others', and its largest economy. */
export function growthSentences({ m, ledger, period, growth: gf }: ChapterFigures, t: Thresholds, name: Namer): Sentence[] {
  const other = m.growth.find((g) => g.id === OTHER_DEVELOPING)!;
  return m.growth
    .filter((g) => g.id !== OTHER_DEVELOPING)
    .map((g): Sentence => {
      const abbr = SHORT.get(g.id)!;
      return [
        ...growthSentence(`the GDP of the ${abbr}, in current dollars,`, period, gf.gdpGrowth(g), gf.gdpGrowth(other), OTHER_NAME, t),
        ' ',
        ...growthSentence(`their GDP per capita`, period, gf.pcGrowth(g), gf.pcGrowth(other), OTHER_NAME, t, false),
        ...largestClause(
          ledger,
          g.largest,
          `economy among the ${abbr}`,
          'GDP',
          {
            entity: g.id,
            period,
            year: m.window.to,
            indicator: 'vulnerable-largest-economy-gdp-share',
            source: `${GDP};${M49};${LDC_LIST}`,
          },
          name,
        ),
      ];
    });
}

/** For each group and the others: how many members the growth figures cover, and which lack data. */
export function coverageSentences({ m, growth: gf, count }: ChapterFigures, name: Namer): Sentence[] {
  return m.growth.map((g): Sentence => {
    const who = g.id === OTHER_DEVELOPING ? OTHER_NAME : `the ${SHORT.get(g.id)}`;
    const lacking = g.totals.lacking.map((l) => `${name(l.iso3)} (${listNames(l.years.map(String))})`).sort((a, b) => a.localeCompare(b));
    return [
      `For ${who}, `,
      gf.covered(g),
      ' of ',
      count(g.id, g.members.length, m.window.to),
      ` members have GDP and population data for both ${m.window.from} and ${m.window.to}`,
      lacking.length ? `; without (year lacking data in brackets): ${listNames(lacking)}.` : '.',
    ];
  });
}

/** " The largest exporter among the SIDS, Singapore, accounted for 60.1 per cent of the group's exports in 2014." */
function largestClause(
  ledger: Ledger,
  l: LargestMember | null,
  what: string,
  of: string,
  id: { indicator: string; entity: string; period: string; year: number; source: string },
  name: Namer,
): Sentence {
  if (!l) return [];
  const share = ledger.add({
    indicator: id.indicator,
    entity: id.entity,
    period: id.period,
    value: l.share_pct,
    unit: 'per cent',
    source: id.source,
    text: formatNumber(l.share_pct),
  });
  return [` The largest ${what}, ${name(l.iso3)}, accounted for `, share, ` per cent of the group\u2019s ${of} in ${id.year}.`];
}
