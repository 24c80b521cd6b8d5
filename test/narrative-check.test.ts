import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeConfig } from '../src/config';
import { build } from './helpers/build';
import { roundHalfUp } from '../src/render/format';
import { unmarkedNumbers } from './helpers/unmarked-numbers';

// Every generated trend sentence in the built report (real data, two editions) is checked
// against the figures it cites, read back from figures.csv, not from the code that wrote it.
interface Row {
  id: string;
  indicator: string;
  entity: string;
  period: string;
  value: string;
  unit: string;
  text: string;
}
const T = normalizeConfig();

describe('trend sentences agree with the figures they cite', () => {
  let paragraphs: string[];
  let html: string;
  let ledger: Map<string, Row>;
  let sources: Set<string>;
  const value = (id: string) => Number(ledger.get(id)!.value);
  const seriesValue = (f: Row, year: number) => {
    const r = ledger.get(`${f.indicator}:${f.entity}:${year}`);
    return r && r.value !== '' ? Number(r.value) : null;
  };

  // The default edition (2026), and the 2015 edition (data to 2014), where the bilateral headlines
  // still move between editions and "what changed" has sentences to check. Both from the same data,
  // so a figure id has one value in both ledgers.
  beforeAll(async () => {
    const builds = [
      await build({ dataDir: 'data', contentDir: 'content' }),
      await build({ dataDir: 'data', contentDir: 'content', edition: 2015 }),
    ];
    html = builds[0]!.files.get('report.html') as string;
    sources = new Set(builds[0]!.data.sources.rows.map((r) => r.id));
    ledger = new Map(
      builds.flatMap((b) => (parse(b.files.get('figures.csv') as string, { columns: true }) as Row[]).map((r) => [r.id, r] as const)),
    );
    paragraphs = builds.flatMap((b) => [...(b.files.get('report.html') as string).matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]!));
  });

  const SPAN = '<span data-figure="([^"]+)"[^>]*>([^<]*)</span>';

  it('"rose by" and "fell by": sign, size and level as in the ledger', () => {
    const re = new RegExp(`(rose|fell) by ${SPAN} (percentage points|per cent) to ${SPAN}`, 'g');
    let checked = 0;
    for (const p of paragraphs) {
      for (const m of p.matchAll(re)) {
        const [, verb, changeId, changeText, unit, levelId, levelText] = m as unknown as string[];
        const change = value(changeId!);
        expect(verb === 'rose' ? change > 0 : change < 0, `${verb} but ${changeId} = ${change}`).toBe(true);
        // judged as printed (one decimal), the rule the explanatory notes state
        expect(roundHalfUp(Math.abs(change), 1), changeId).toBeGreaterThanOrEqual(
          unit === 'per cent' ? T.unchangedPercent : T.unchangedPoints,
        );
        expect(changeText, changeId).toBe(ledger.get(changeId!)!.text.replace(/^[+-]/, ''));
        expect(levelText, levelId).toBe(ledger.get(levelId!)!.text);
        // a change in points is the difference of the two levels the ledger holds
        const level = ledger.get(levelId!)!;
        const previous = seriesValue(level, Number(level.period) - 1);
        if (unit === 'percentage points' && previous !== null) expect(change).toBeCloseTo(Number(level.value) - previous, 5); // the ledger keeps 6 decimals
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('"was broadly unchanged": the change is below the threshold', () => {
    let checked = 0;
    for (const p of paragraphs) {
      for (const m of p.matchAll(new RegExp(`was broadly unchanged at ${SPAN}`, 'g'))) {
        const level = ledger.get(m[1]!)!;
        const pp = ledger.get(`${level.indicator}-change:${level.entity}:${level.period}`);
        const pct = ledger.get(`${level.indicator}-change-pct:${level.entity}:${level.period}`);
        const change = pp ?? pct;
        expect(change, `no change figure for ${level.id}`).toBeDefined();
        expect(roundHalfUp(Math.abs(Number(change!.value)), 1), change!.id).toBeLessThan(pp ? T.unchangedPoints : T.unchangedPercent);
        // and the table beside it prints no change as large as the threshold: "0.0", or for the world
        // shares, printed to two decimals, a change that rounds to 0.0 at one decimal ("+0.03")
        if (pp) expect(change!.text, change!.id).toMatch(/^(0\.0|0\.00|[+-]0\.0[1-4])$/);
        checked++;
      }
    }
    // the default report may have none; each one present was checked above
    void checked;
  });

  it('"the highest since" and "the lowest since": no year in between beats it, the named year does', () => {
    let checked = 0;
    for (const p of paragraphs) {
      for (const m of p.matchAll(
        new RegExp(`${SPAN}[^<]*? in (\\d{4}), the (highest|lowest) since (\\d{4})(, the first year covered)?`, 'g'),
      )) {
        const level = ledger.get(m[1]!)!;
        const year = Number(m[3]);
        const since = Number(m[5]);
        const v = Number(level.value);
        const beats = (x: number) => (m[4] === 'highest' ? x >= v : x <= v);
        for (let y = since + 1; y < year; y++) {
          const x = seriesValue(level, y);
          expect(x, `${level.indicator}:${level.entity}:${y} missing`).not.toBeNull();
          expect(beats(x!), `${level.id}: ${y} = ${x}`).toBe(false);
        }
        const atSince = seriesValue(level, since)!;
        if (m[6] || seriesValue(level, since - 1) === null) {
          // "since 1990" where 1990 is the first year covered (the explanatory notes say so once):
          // nothing before it; 1990 itself may or may not beat it
          expect(seriesValue(level, since - 1)).toBeNull();
        } else expect(beats(atSince), `${level.id}: ${since} = ${atSince}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('"rose from A to B" and "broadly unchanged, A and B" (what changed): the direction of B − A', () => {
    let checked = 0;
    for (const p of paragraphs) {
      for (const m of p.matchAll(new RegExp(`(rose|fell) from ${SPAN}( per cent)? in \\d{4} to ${SPAN}`, 'g'))) {
        const [, verb, a, , , b] = m as unknown as string[];
        const d = value(b!) - value(a!);
        const share = ledger.get(b!)!.unit === 'per cent';
        const size = roundHalfUp(share ? Math.abs(d) : Math.abs((100 * d) / value(a!)), 1);
        expect(verb === 'rose' ? d > 0 : d < 0, `${verb}: ${a} → ${b}`).toBe(true);
        expect(size, `${a} → ${b}`).toBeGreaterThanOrEqual(share ? T.unchangedPoints : T.unchangedPercent);
        checked++;
      }
      for (const m of p.matchAll(new RegExp(`broadly unchanged, ${SPAN}( per cent)? in \\d{4} and ${SPAN}`, 'g'))) {
        const [, a, , , b] = m as unknown as string[];
        const d = value(b!) - value(a!);
        const share = ledger.get(b!)!.unit === 'per cent';
        expect(roundHalfUp(share ? Math.abs(d) : Math.abs((100 * d) / value(a!)), 1), `${a} → ${b}`).toBeLessThan(
          share ? T.unchangedPoints : T.unchangedPercent,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2);
  });

  it('marks only figures that are in the ledger, each with sources defined in sources.csv', () => {
    const marked = [...html.matchAll(/data-figure="([^"]+)"/g)].map((m) => m[1]!);
    expect(marked.length).toBeGreaterThan(500);
    for (const id of marked) expect(ledger.has(id), id).toBe(true);
    for (const f of ledger.values())
      for (const s of (f as Row & { source: string }).source.split(';')) expect(sources.has(s), `${f.id}: ${s}`).toBe(true);
  });

  it('"this share is higher (lower) than": the two shares as printed differ that way', () => {
    let checked = 0;
    for (const p of paragraphs) {
      const re = new RegExp(
        `to ${SPAN} per cent in \\d{4}[^<]*?This share is (higher than|lower than|about the same as) that of [^<]*?, ${SPAN} per cent`,
        'g',
      );
      for (const m of p.matchAll(re)) {
        const [, a, aText, word, , bText] = m as unknown as string[];
        const d = Number(aText) - Number(bText);
        if (word === 'higher than') expect(d, a).toBeGreaterThanOrEqual(T.unchangedPoints - 1e-9);
        else if (word === 'lower than') expect(-d, a).toBeGreaterThanOrEqual(T.unchangedPoints - 1e-9);
        else expect(Math.abs(d), a).toBeLessThan(T.unchangedPoints);
        checked++;
      }
      // the share compared is never the developed economies' part, printed just before "That is"
      expect(p).not.toMatch(/Developed economies took [^.]*\. That is/);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('Türkiye: a share of GDP for technical cooperation uses the part committed to TCDC, or names the whole budget', () => {
    const text = html.replace(/<[^>]+>/g, '');
    for (const m of text.matchAll(/Türkiye[^.]*?\$180 million[^.]*?per cent of (its )?GDP/g))
      expect(m[0]).toMatch(/development cooperation budget/);
    expect(text).not.toMatch(/TCDC share of GDP[^.]*\$180 million/);
  });

  it('prints no number that is neither a ledger figure nor one of the named kinds (years, dates, references...)', () => {
    const found = unmarkedNumbers(html);
    expect(found, found.map((f) => `${f.number} in "…${f.context}…"`).join('\n')).toEqual([]);
  });
});
