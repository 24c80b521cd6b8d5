import { describe, expect, it } from 'vitest';
import { EXIT, InputError } from '../../src/errors';
import { readCsv } from '../../src/load/read-csv';
import * as msg from '../../src/messages';
import { code, integer, number, optional, sourceIds } from '../../src/validate/columns';
import { defineTable } from '../../src/validate/table-schema';
import { PROBLEM_CAP, validateTable } from '../../src/validate/validate-table';

const ISO3 = /^[A-Z]{3}$/;
const ISO3_EXPECTED = 'an ISO 3166 alpha-3 code such as "BRA"';

/** Exports with a required value column: header year,exporter_iso3,importer_iso3,exports_musd,source. */
const flows = defineTable({
  file: 'trade/x.csv',
  title: 'Test flows',
  description: 'Bilateral exports for tests.',
  key: ['year', 'exporter_iso3', 'importer_iso3'],
  references: { exporter_iso3: 'economies', importer_iso3: 'economies', source: 'sources' },
  columns: {
    year: integer(1990, 2014, 'Year.'),
    exporter_iso3: code(ISO3, ISO3_EXPECTED, 'Exporter.'),
    importer_iso3: code(ISO3, ISO3_EXPECTED, 'Importer.'),
    exports_musd: number('Exports, millions of dollars.', 0),
    source: sourceIds(),
  },
});
const HEADER = 'year,exporter_iso3,importer_iso3,exports_musd,source';
const LOOKUPS = { economies: new Set(['BRA', 'CHN', 'IND']), sources: new Set(['cow']) };

/** The same with an optional value column. */
const optionalFlows = defineTable({ ...flows, columns: { ...flows.columns, exports_musd: optional(number('Exports.', 0)) } });

const raw = (lines: string[]) => readCsv('data/x.csv', `${[HEADER, ...lines].join('\n')}\n`);

/** The InputError validating `lines` throws. */
function problemsOf(lines: string[], schema = flows, lookups: Parameters<typeof validateTable>[2] = LOOKUPS): InputError {
  try {
    validateTable(raw(lines), schema, lookups);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError, the table validated');
}

describe('validateTable', () => {
  it('returns typed rows and their lines', () => {
    const d = validateTable(raw(['2000,BRA,CHN,12.5,cow', '2001,CHN,IND,3,cow']), flows, LOOKUPS);
    expect(d.file).toBe('data/x.csv');
    expect(d.rows).toEqual([
      { year: 2000, exporter_iso3: 'BRA', importer_iso3: 'CHN', exports_musd: 12.5, source: ['cow'] },
      { year: 2001, exporter_iso3: 'CHN', importer_iso3: 'IND', exports_musd: 3, source: ['cow'] },
    ]);
    expect(d.columns().exports_musd).toEqual([12.5, 3]);
    // header is line 1, so rows 0 and 1 are lines 2 and 3
    expect([d.lineOf(0), d.lineOf(1)]).toEqual([2, 3]);
  });

  it('accepts the columns in any order', () => {
    const text = 'source,exports_musd,importer_iso3,exporter_iso3,year\ncow,7,CHN,BRA,2000\n';
    const d = validateTable(readCsv('data/x.csv', text), flows, LOOKUPS);
    expect(d.rows).toEqual([{ year: 2000, exporter_iso3: 'BRA', importer_iso3: 'CHN', exports_musd: 7, source: ['cow'] }]);
  });

  it('names file:line:column and quotes the bad cell', () => {
    // line 2 is fine; line 3 has "12.3abc" in exports_musd, the 4th column
    const e = problemsOf(['2000,BRA,CHN,1,cow', '2001,BRA,CHN,12.3abc,cow']);
    expect(e.exitCode).toBe(EXIT.data);
    expect(e.message).toBe('data/x.csv:3:4: exports_musd: expected a number >= 0, found "12.3abc"');
    expect(e.problems).toEqual([
      { file: 'data/x.csv', line: 3, column: 4, message: msg.badCell('exports_musd', 'a number >= 0', '12.3abc') },
    ]);
  });

  it('reads an empty optional cell as null, never 0', () => {
    const d = validateTable(raw(['2000,BRA,CHN,,cow', '2001,BRA,CHN,0,cow']), optionalFlows, LOOKUPS);
    expect(d.columns().exports_musd).toEqual([null, 0]);
    expect(d.rows[0]!.exports_musd).toBeNull();
  });

  it('reports an empty required cell', () => {
    // line 2, exports_musd is the 4th column
    const e = problemsOf(['2000,BRA,CHN,,cow']);
    expect(e.message).toBe('data/x.csv:2:4: exports_musd: expected a number >= 0, found ""');
  });

  it('lists every problem of the file in line order, then column order', () => {
    // Validation goes column by column; the list must still read top to bottom:
    //   line 2 col 4 bad value; line 3 col 1 year out of range and col 5 bad source; line 5 col 2 bad code
    const e = problemsOf(['2000,BRA,CHN,x,cow', '1989,BRA,CHN,1,cow;', '2002,BRA,CHN,1,cow', '2003,brazil,CHN,1,cow']);
    expect(e.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 4],
      [3, 1],
      [3, 5],
      [5, 2],
    ]);
    expect(e.problems.map((p) => p.message)).toEqual([
      msg.badCell('exports_musd', 'a number >= 0', 'x'),
      msg.badCell('year', 'an integer from 1990 to 2014', '1989'),
      msg.badCell('source', 'source ids like "cow-trade-4.0", separated by ";"', 'cow;'),
      msg.badCell('exporter_iso3', ISO3_EXPECTED, 'brazil'),
    ]);
  });

  it('reports the same bad text on every line it appears', () => {
    // "n/a" on lines 2 and 4, both in the 4th column; parsed once, reported twice
    const e = problemsOf(['2000,BRA,CHN,n/a,cow', '2001,BRA,CHN,1,cow', '2002,BRA,CHN,n/a,cow']);
    expect(e.message).toBe(
      [
        'data/x.csv:2:4: exports_musd: expected a number >= 0, found "n/a"',
        'data/x.csv:4:4: exports_musd: expected a number >= 0, found "n/a"',
      ].join('\n'),
    );
  });

  it(`lists at most PROBLEM_CAP problems and counts the rest`, () => {
    // PROBLEM_CAP + 3 bad rows on lines 2 .. PROBLEM_CAP + 4; the first PROBLEM_CAP are shown, 3 counted
    const lines = Array.from({ length: PROBLEM_CAP + 3 }, (_, i) => `${1990 + (i % 25)},BRA,${['CHN', 'IND'][Math.floor(i / 25)]},bad,cow`);
    const e = problemsOf(lines);
    expect(e.problems).toHaveLength(PROBLEM_CAP);
    expect(e.problems[0]!.line).toBe(2);
    expect(e.problems.at(-1)!.line).toBe(PROBLEM_CAP + 1);
    expect(e.notes).toEqual([msg.moreProblems('data/x.csv', 3)]);
    expect(e.message.split('\n').at(-1)).toBe('... and 3 more problems in data/x.csv');
  });

  it('says "1 more problem" for one over the cap', () => {
    const lines = Array.from({ length: PROBLEM_CAP + 1 }, (_, i) => `${1990 + (i % 25)},BRA,${['CHN', 'IND'][Math.floor(i / 25)]},bad,cow`);
    expect(problemsOf(lines).message.split('\n').at(-1)).toBe('... and 1 more problem in data/x.csv');
  });

  it('shows exactly PROBLEM_CAP problems with no note', () => {
    const lines = Array.from({ length: PROBLEM_CAP }, (_, i) => `${1990 + i},BRA,CHN,bad,cow`);
    const e = problemsOf(lines);
    expect(e.problems).toHaveLength(PROBLEM_CAP);
    expect(e.notes).toEqual([]);
  });

  it('reports a duplicated observation on its line, naming the line of the first', () => {
    // lines 2 and 4 are both 2000 BRA->CHN; line 3 differs by importer
    const e = problemsOf(['2000,BRA,CHN,1,cow', '2000,BRA,IND,2,cow', '2000,BRA,CHN,3,cow']);
    expect(e.message).toBe('data/x.csv:4: duplicated observation: year=2000, exporter_iso3=BRA, importer_iso3=CHN is also on line 2');
    expect(e.problems[0]!.message).toBe(msg.duplicateObservation(['year', 'exporter_iso3', 'importer_iso3'], ['2000', 'BRA', 'CHN'], 2));
  });

  it('does not take rows that differ in one key column for duplicates', () => {
    // each pair shares two of the three key columns
    const d = validateTable(raw(['2000,BRA,CHN,1,cow', '2001,BRA,CHN,1,cow', '2000,CHN,BRA,1,cow', '2000,BRA,IND,1,cow']), flows, LOOKUPS);
    expect(d.rows).toHaveLength(4);
  });

  it('reports missing and unknown header columns together at 1:1', () => {
    const text = 'year,exporter,importer_iso3,exports_musd,source,extra\n2000,BRA,CHN,1,cow,x\n';
    const e = (() => {
      try {
        validateTable(readCsv('data/x.csv', text), flows, LOOKUPS);
      } catch (error) {
        return error as InputError;
      }
      throw new Error('expected an InputError');
    })();
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toBe(
      'data/x.csv:1:1: missing column "exporter_iso3"; unknown columns "exporter", "extra": expected the columns year,exporter_iso3,importer_iso3,exports_musd,source',
    );
    expect(e.problems[0]!.message).toBe(
      msg.badHeader(['exporter_iso3'], ['exporter', 'extra'], ['year', 'exporter_iso3', 'importer_iso3', 'exports_musd', 'source']),
    );
  });

  it('reports a row with the wrong number of cells at its line', () => {
    // line 3 has 6 cells for a 5-column header
    const e = problemsOf(['2000,BRA,CHN,1,cow', '2001,BRA,CHN,1,cow,extra']);
    expect(e.message).toBe('data/x.csv:3: expected 5 cells in the row, found 6');
    expect(e.problems[0]!.message).toBe(msg.wrongCellCount(6, 5));
  });

  it('reports a short row at its line, and its missing cell', () => {
    // line 2 lacks the source cell: count problem (no column) first, then the empty 5th column
    const e = problemsOf(['2000,BRA,CHN,1']);
    expect(e.message).toBe(
      [
        'data/x.csv:2: expected 5 cells in the row, found 4',
        'data/x.csv:2:5: source: expected source ids like "cow-trade-4.0", separated by ";", found ""',
      ].join('\n'),
    );
  });

  it('reports an id that the referenced lookup does not define, on each line', () => {
    // line 3: source list holds "wdi", not in sources; line 4: importer ZZZ not an economy
    const e = problemsOf(['2000,BRA,CHN,1,cow', '2001,BRA,CHN,1,cow;wdi', '2002,BRA,ZZZ,1,cow', '2003,BRA,CHN,1,wdi']);
    expect(e.message).toBe(
      [
        'data/x.csv:3:5: source: expected an id defined in sources.csv, found "wdi"',
        'data/x.csv:4:3: importer_iso3: expected an id defined in groups/countries.csv, found "ZZZ"',
        'data/x.csv:5:5: source: expected an id defined in sources.csv, found "wdi"',
      ].join('\n'),
    );
    expect(e.problems[1]!.message).toBe(msg.unknownId('importer_iso3', 'groups/countries.csv', 'ZZZ'));
  });

  it('does not check ids against a lookup it was not given', () => {
    const d = validateTable(raw(['2000,BRA,ZZZ,1,wdi']), flows, {});
    expect(d.rows[0]!.importer_iso3).toBe('ZZZ');
  });

  it('does not look up the null of an empty optional cell', () => {
    const coded = defineTable({
      file: 'x.csv',
      title: 't',
      description: 'd',
      key: ['iso3'],
      references: { partner: 'economies' },
      columns: { iso3: code(ISO3, ISO3_EXPECTED, 'x'), partner: optional(code(ISO3, ISO3_EXPECTED, 'x')) },
    });
    const d = validateTable(readCsv('data/x.csv', 'iso3,partner\nBRA,\nCHN,IND\n'), coded, LOOKUPS);
    expect(d.columns().partner).toEqual([null, 'IND']);
  });
});

describe('files with nothing to validate', () => {
  it('refuses a data file with a header and no rows, unless its schema allows it', async () => {
    const { validateTable: validate } = await import('../../src/validate/validate-table');
    const { readCsv: read } = await import('../../src/load/read-csv');
    const { defineTable } = await import('../../src/validate/table-schema');
    const { integer } = await import('../../src/validate/columns');
    const msgs = await import('../../src/messages');
    const schema = defineTable({
      file: 'x.csv',
      title: 'x',
      description: 'x',
      key: ['year'],
      columns: { year: integer(1900, 2100, 'Year.') },
    });
    expect(() => validate(read('data/x.csv', 'year\n'), schema)).toThrow(`data/x.csv:2: ${msgs.noRows()}`);
    expect(validate(read('data/x.csv', 'year\n'), { ...schema, nonEmpty: false }).rows).toEqual([]);
  });
});
