import { describe, expect, it } from 'vitest';
import { Ledger, type Figure } from '../../../src/figures/ledger';
import { formatDateOrYear, scorecardSentence, statusLine } from '../../../src/chapters/commitments/narrative';
import type { Sentence } from '../../../src/render/narrative';
import { formatRef, withAmounts } from '../../../src/render/documents';
import { gapsSentences } from '../../../src/chapters/un-system/narrative';

const text = (s: Sentence) => s.map((p) => (typeof p === 'string' ? p : p.text)).join('');
const ledger = new Ledger();
const fig = (entity: string, value: number) =>
  ledger.add({ indicator: 'test-count', entity, period: '2014', value, unit: 'commitments', source: 'x', text: String(value) });

describe('formatDateOrYear', () => {
  it('prints a full date as day month year and a year alone as the year', () => {
    expect(formatDateOrYear({ iso: '2002-07-02', year: 2002, month: 7, day: 2 })).toBe('2 July 2002');
    expect(formatDateOrYear({ iso: '1999', year: 1999, month: null, day: null })).toBe('1999');
  });
});

describe('statusLine', () => {
  it('gives the date, the status and the document with its paragraph or section', () => {
    const r = {
      status: 'partly' as const,
      asOf: { iso: '2002-07-02', year: 2002, month: 7, day: 2 },
      evidence: '',
      source: ['sg-2002'],
      sourceRef: 'para. 51',
      quote: '',
    };
    expect(statusLine(r, () => 'Secretary-General')).toBe('as of 2 July 2002, partly carried out (Secretary-General, para. 51)');
    expect(formatRef('section: The need')).toBe('section \u201cThe need\u201d');
  });
});

describe('scorecardSentence', () => {
  it('names each status some commitment has, and the commitments no source covers', () => {
    const s = scorecardSentence(
      fig('all', 25),
      { carried_out: fig('c', 4), partly: fig('p', 3), not_carried_out: fig('n', 5), no_information: fig('i', 13) },
      2014,
    );
    expect(text(s)).toBe(
      'Of the 25 commitments tracked, 4 were carried out, 3 were partly carried out, 5 were not carried out, and for 13 no source records what happened.',
    );
  });

  it('leaves out statuses no commitment has, and uses the singular for one', () => {
    const s = scorecardSentence(
      fig('all2', 3),
      { carried_out: fig('c1', 1), partly: fig('p0', 0), not_carried_out: fig('n0', 0), no_information: fig('i2', 2) },
      2014,
    );
    expect(text(s)).toBe('Of the 3 commitments tracked, 1 was carried out and for 2 no source records what happened.');
  });

  it('says plainly when no source records anything', () => {
    const s = scorecardSentence(fig('all3', 3), { no_information: fig('i3', 3) }, 1995);
    expect(text(s)).toBe('Of the 3 commitments tracked, no source dated up to 1995 records what happened to any of them.');
  });
});

describe('gapsSentences', () => {
  it('counts the gaps, calls them a finding, and counts them by document', () => {
    const by = [
      { figure: fig('g-a', 1), name: 'the Plan', year: 1997 },
      { figure: fig('g-b', 2), name: 'the paper', year: 2005 },
    ];
    const [first, second] = gapsSentences(fig('g', 3), by, 2014).map(text);
    expect(first).toMatch(
      /^The founding documents dated up to 2014 raise 3 topics that this report cannot yet measure: .* That is a finding in itself/,
    );
    expect(second).toBe('Of these, 1 is raised in the Plan (1997) and 2 in the paper (2005).');
  });

  it('says so when no document has asked for anything yet', () => {
    expect(gapsSentences(fig('g0', 0), [], 1995).map(text)).toEqual([
      'None of the founding documents dated up to 1995 had yet raised a topic that this report cannot measure.',
    ]);
  });
});

describe('withAmounts', () => {
  it('registers each dollar amount of a quote as a figure of its document', () => {
    const l = new Ledger();
    const s = withAmounts('pay $1,000 a year, a $10 million fund and US$1 billion', l, 'doc', 2002);
    expect(s.filter((p): p is Figure => typeof p !== 'string').map((f) => [f.id, f.value, f.text])).toEqual([
      ['quoted-amount:doc.usd-1000:2002', 1000, '$1,000'],
      ['quoted-amount:doc.usd-10000000:2002', 10e6, '$10 million'],
      ['quoted-amount:doc.usd-1000000000:2002', 1e9, 'US$1 billion'],
    ]);
    expect(text(s)).toBe('pay $1,000 a year, a $10 million fund and US$1 billion');
  });
});
