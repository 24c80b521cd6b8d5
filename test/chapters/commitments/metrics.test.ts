import { describe, expect, it } from 'vitest';
import type { InputError } from '../../../src/errors';
import { readCsv } from '../../../src/load/read-csv';
import { compareDates, trackCommitments } from '../../../src/chapters/commitments/metrics';
import { commitmentStatusSchema } from '../../../src/validate/schemas/commitment-status';
import { commitmentsSchema } from '../../../src/validate/schemas/commitments';
import { sourcesSchema } from '../../../src/validate/schemas/sources';
import { validateTable } from '../../../src/validate/validate-table';
import * as msg from '../../../src/messages';
import { documentYears, documentsAsOf } from '../../../src/metrics/document-years';

const SOURCES = `id,kind,title,publisher,date,version,url,citation,note
doc-2002,document,A report,UN,2 July 2002,,,"UN, A report, 2 July 2002",
doc-2005,document,A paper,South Centre,21-23 March 2005,,,"South Centre, A paper, 2005",
set,dataset,A data set,Someone,2020,,,"Someone, A data set",
`;
// a: 1978, two records (history); b: 1981, no information; c: year not identified, recalled in
// 2005; d: 2001, a year-only record and a dated record of the same year.
const COMMITMENTS = `id,body,meeting,place,year,commitment,source,source_ref,quote
a,Assembly,resolution 1,,1978,Meet every year,doc-2002,para. 8,To meet annually.
b,Group,conference,Caracas,1981,Pay $1,doc-2002,para. 15,Pay $1.
c,Assembly,a resolution of the 1990s,,,A report,doc-2005,section: One,A report was asked for.
d,Summit,summit,Havana,2001,A fund,doc-2002,para. 23,A fund.
`;
const STATUS = `commitment_id,status,as_of,evidence,source,source_ref,quote
a,carried_out,2005-03-21,Done by 2005.,doc-2005,section: Two,It was done.
a,partly,2002-07-02,Half done by 2002.,doc-2002,para. 51,It was half done.
b,no_information,,Nothing recorded.,,,
d,not_carried_out,1999,Not done.,doc-2002,para. 1,Not done.
d,carried_out,1999-06-01,Done.,doc-2002,para. 2,Done.
`;

const ids = new Set(['doc-2002', 'doc-2005', 'set']);
const sources = validateTable(readCsv('sources.csv', SOURCES), sourcesSchema).rows;
const commitments = validateTable(readCsv('commitments/commitments.csv', COMMITMENTS), commitmentsSchema, { sources: ids }).rows;
const statusTable = (text: string) => validateTable(readCsv('commitments/status.csv', text), commitmentStatusSchema, { sources: ids });
const status = statusTable(STATUS).rows;
const years = documentYears(sources);
const track = (edition: number) => trackCommitments(commitments, status, years, edition);

describe('documentYears', () => {
  it('takes the last four-digit year of each source date', () => {
    expect(years).toEqual(
      new Map([
        ['doc-2002', 2002],
        ['doc-2005', 2005],
        ['set', 2020],
      ]),
    );
  });

  it('says which documents (not data sets) are dated up to the edition', () => {
    expect(documentsAsOf(sources, 2003)).toEqual({ doc2002: true, doc2005: false });
  });
});

describe('trackCommitments', () => {
  it('sorts by the year made, unidentified years last, and keeps the latest record with the others as history', () => {
    const m = track(2014);
    expect(m.tracked.map((t) => t.commitment.id)).toEqual(['a', 'b', 'd', 'c']);
    const a = m.tracked[0]!;
    // a: 2005-03-21 is later than 2002-07-02, so carried_out is its status and partly its history
    expect([a.status, a.latest?.asOf.iso, a.history.map((h) => h.status)]).toEqual(['carried_out', '2005-03-21', ['partly']]);
    // d: a year alone sorts before the dates of that year, so the 1999-06-01 record is the latest
    const d = m.tracked[2]!;
    expect([d.status, d.history.map((h) => h.asOf.iso)]).toEqual(['carried_out', ['1999']]);
    // b has only a no_information row, c has no row at all: both are no information
    expect([m.tracked[1]!.status, m.tracked[3]!.status, m.tracked[3]!.latest]).toEqual(['no_information', 'no_information', null]);
  });

  it('counts by status, overall and by decade', () => {
    const m = track(2014);
    // carried out: a, d; no information: b, c
    expect(m.all.counts).toEqual({ carried_out: 2, partly: 0, not_carried_out: 0, no_information: 2 });
    expect(m.all.total).toBe(4);
    // 1970s: a; 1980s: b; 2000s: d; not identified: c
    expect(m.byDecade.map((d) => [d.decade, d.total, d.counts.carried_out, d.counts.no_information])).toEqual([
      [1970, 1, 1, 0],
      [1980, 1, 0, 1],
      [2000, 1, 1, 0],
      [null, 1, 0, 1],
    ]);
    expect(m.latestRecord?.iso).toBe('2005-03-21');
    // a is stated in doc-2002, its status recorded in doc-2005
    expect(m.byDecade[0]!.sources).toEqual(['doc-2002', 'doc-2005']);
  });

  it('ignores records and commitments after the edition', () => {
    // 2003: c (recalled only in 2005) is left out; a's 2005 record is ignored, so a is partly, with no history
    const m = track(2003);
    expect(m.tracked.map((t) => [t.commitment.id, t.status, t.history.length])).toEqual([
      ['a', 'partly', 0],
      ['b', 'no_information', 0],
      ['d', 'carried_out', 1],
    ]);
    expect(m.all.counts).toEqual({ carried_out: 1, partly: 1, not_carried_out: 0, no_information: 1 });
    expect(m.latestRecord?.iso).toBe('2002-07-02');
  });

  it('says no information for every commitment when no record is dated up to the edition', () => {
    // 1990: a and b only, and every record is dated 1999 or later
    const m = track(1990);
    expect(m.tracked.map((t) => t.status)).toEqual(['no_information', 'no_information']);
    expect(m.byDecade.map((d) => d.decade)).toEqual([1970, 1980]);
    expect(m.latestRecord).toBeNull();
  });

  it('tracks nothing, without failing, before the first commitment', () => {
    const m = track(1950);
    expect([m.tracked.length, m.all.total, m.byDecade]).toEqual([0, 0, []]);
  });
});

describe('compareDates', () => {
  it('orders by year, then month and day, a year alone first', () => {
    const d = (iso: string, year: number, month: number | null, day: number | null) => ({ iso, year, month, day });
    const sorted = [d('2002-07-02', 2002, 7, 2), d('2002', 2002, null, null), d('1999-12-31', 1999, 12, 31)].sort(compareDates);
    expect(sorted.map((x) => x.iso)).toEqual(['1999-12-31', '2002', '2002-07-02']);
  });
});

describe('status.csv rules', () => {
  it('reads as_of as a full date or a year, and refuses a date that does not exist', () => {
    expect(status[0]!.as_of).toEqual({ iso: '2005-03-21', year: 2005, month: 3, day: 21 });
    expect(status[3]!.as_of).toEqual({ iso: '1999', year: 1999, month: null, day: null });
    const bad = `commitment_id,status,as_of,evidence,source,source_ref,quote\na,partly,2002-02-30,x,doc-2002,para. 1,q\n`;
    expect(() => statusTable(bad)).toThrow(
      'commitments/status.csv:2:3: as_of: expected a date as YYYY-MM-DD, or a year as YYYY, or an empty cell, found "2002-02-30"',
    );
  });

  it('requires a date, source, reference and quote for a status other than no_information, and a known commitment id', () => {
    const text = `commitment_id,status,as_of,evidence,source,source_ref,quote
a,partly,,Half.,,para. 1,
zz,no_information,,Nothing.,,,
`;
    const check = () =>
      validateTable(readCsv('commitments/status.csv', text), commitmentStatusSchema, { sources: ids, commitments: new Set(['a']) });
    // line 3: zz is no commitment id (column 1), found when the cells are read; the rules across
    // cells run once every cell is valid, so they are checked on a file without that line below
    expect(check).toThrow(`commitments/status.csv:3:1: ${msg.unknownId('commitment_id', 'commitments/commitments.csv', 'zz')}`);
    const valid = `${text.split('\n').slice(0, 2).join('\n')}\n`;
    let error: InputError | undefined;
    try {
      validateTable(readCsv('commitments/status.csv', valid), commitmentStatusSchema, { sources: ids, commitments: new Set(['a']) });
    } catch (e) {
      error = e as InputError;
    }
    // line 2: as_of (column 3), source (5) and quote (7) are empty although the status is "partly"
    expect(error!.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 3],
      [2, 5],
      [2, 7],
    ]);
    expect(error!.message).toContain(
      'commitments/status.csv:2:5: source: expected a value, since status "partly" must say which dated document records it',
    );
  });

  it('finds nothing wrong with the rows of the fixture', () => {
    expect(() =>
      validateTable(readCsv('commitments/status.csv', STATUS), commitmentStatusSchema, {
        sources: ids,
        commitments: new Set(['a', 'b', 'c', 'd']),
      }),
    ).not.toThrow();
  });
});
