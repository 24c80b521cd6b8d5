import { describe, expect, it } from 'vitest';
import { EXIT, InputError } from '../../src/errors';
import { readCsv, readCsvParallel } from '../../src/load/read-csv';
import * as msg from '../../src/messages';

/** Runs `f`, which must throw, and returns what it threw. */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, none was thrown');
}

describe('readCsv', () => {
  it('drops a byte-order mark from text, so the first column keeps its name', () => {
    const t = readCsv('data/x.csv', '\ufeffyear,value\n2000,1\n');
    expect(t.header).toEqual(['year', 'value']);
  });

  it('drops a byte-order mark given as bytes (EF BB BF)', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('year,value\n2000,1\n', 'utf8')]);
    const t = readCsv('data/x.csv', bytes);
    expect(t.header).toEqual(['year', 'value']);
    expect(t.records).toEqual([['2000', '1']]);
  });

  it('keeps the header apart from the records, every cell a string and "" for an empty cell', () => {
    const t = readCsv('data/x.csv', 'iso3,name,note\nBRA,Brazil,\nCHN,"China, People\'s Republic of",x\n');
    expect(t.file).toBe('data/x.csv');
    expect(t.header).toEqual(['iso3', 'name', 'note']);
    expect(t.records).toEqual([
      ['BRA', 'Brazil', ''],
      ['CHN', "China, People's Republic of", 'x'],
    ]);
  });

  it('keeps rows with too few or too many cells for validation to report', () => {
    const t = readCsv('data/x.csv', 'a,b\n1\n2,3,4\n');
    expect(t.records).toEqual([['1'], ['2', '3', '4']]);
  });

  it('gives the line where each record starts, past blank lines and a quoted cell spanning two lines', () => {
    // line 1 header; 2 BRA; 3 blank; 4-5 CHN (quoted note over two lines); 6, 7 blank; 8 IND; no final newline
    const text = 'iso3,name,note\nBRA,Brazil,\n\nCHN,China,"first line\nsecond line"\n\n\nIND,India,x';
    const t = readCsv('data/x.csv', text);
    expect(t.records).toEqual([
      ['BRA', 'Brazil', ''],
      ['CHN', 'China', 'first line\nsecond line'],
      ['IND', 'India', 'x'],
    ]);
    expect([0, 1, 2].map((i) => t.lineOf(i))).toEqual([2, 4, 8]);
  });

  it('gives the lines of a file with CRLF line ends and blank lines', () => {
    // line 1 header; 2 "1,2"; 3 blank; 4 "3,4"
    const t = readCsv('data/x.csv', 'a,b\r\n1,2\r\n\r\n3,4\r\n');
    expect([0, 1].map((i) => t.lineOf(i))).toEqual([2, 4]);
  });

  it('gives the right lines in a CRLF file with a quoted cell spanning two lines', () => {
    // line 1 header; 2-3 record 0 (quoted "2<CRLF>q"); 4 record 1
    const t = readCsv('data/x.csv', 'a,b\r\n1,"2\r\nq"\r\n3,4\r\n');
    expect(t.records).toEqual([
      ['1', '2\r\nq'],
      ['3', '4'],
    ]);
    expect([0, 1].map((i) => t.lineOf(i))).toEqual([2, 4]);
  });

  it('skips a blank first line and reads the header from line 2', () => {
    // line 1 blank; 2 header; 3 the record
    const t = readCsv('data/x.csv', '\na,b\n1,2\n');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.records).toEqual([['1', '2']]);
    expect(t.lineOf(0)).toBe(3);
  });

  it('reads a header with no line break after it as a table of no records', () => {
    const t = readCsv('data/x.csv', 'a,b');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.records).toEqual([]);
  });

  it('reports an unclosed quote as an InputError naming the file and a line', () => {
    // the quote opens on line 3 and is never closed; the file has 3 lines
    const error = thrown(() => readCsv('data/x.csv', 'a,b\n1,2\n3,"4\n'));
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    expect(e.exitCode).toBe(EXIT.data);
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]!.file).toBe('data/x.csv');
    expect(e.problems[0]!.line).toBe(3);
    expect(e.problems[0]!.message).toMatch(/^not valid CSV \(CSV_QUOTE_NOT_CLOSED\): /);
    expect(e.message.startsWith('data/x.csv:3: not valid CSV (CSV_QUOTE_NOT_CLOSED): ')).toBe(true);
  });

  it('names the line where an unclosed quote opens, not the end of the file', () => {
    // line 1 header; 2 "1,2"; 3 opens the quote; lines 4-23 are 20 more rows swallowed by it
    const rest = Array.from({ length: 20 }, (_, i) => `${i},x`).join('\n');
    const e = thrown(() => readCsv('data/x.csv', `a,b\n1,2\n3,"4\n${rest}\n`)) as InputError;
    expect(e.problems[0]!.line).toBe(3);
  });

  it('reports an empty file at line 1 with the message for it', () => {
    const e = thrown(() => readCsv('data/x.csv', '')) as InputError;
    expect(e).toBeInstanceOf(InputError);
    expect(e.problems).toEqual([{ file: 'data/x.csv', line: 1, message: msg.emptyFile() }]);
  });
});

describe('readCsvParallel', () => {
  it('reads the same records and lines as readCsv when cut into pieces between quoted multi-line cells', async () => {
    // line 1 header; records: 0 on line 2, 1 on lines 3-4, 2 on line 5, 3 on lines 6-7, 4 on line 8
    const text = 'id,note\nA,x\nB,"two\nlines"\nC,y\nD,"more\nlines"\nE,z\n';
    const t = await readCsvParallel('data/x.csv', Buffer.from(text), 3);
    expect(t.header).toEqual(['id', 'note']);
    expect(t.records).toEqual([
      ['A', 'x'],
      ['B', 'two\nlines'],
      ['C', 'y'],
      ['D', 'more\nlines'],
      ['E', 'z'],
    ]);
    expect([0, 1, 2, 3, 4].map((i) => t.lineOf(i))).toEqual([2, 3, 5, 6, 8]);
  });

  it('reports a syntax error with its line in the whole file, not in the piece', async () => {
    // body "1,2\n3,4\n" + '5,"6\n' is cut in two after "3,4"; the quote opens on line 4, the
    // last line of the file, which is line 1 of the second piece
    const error = await readCsvParallel('data/x.csv', Buffer.from('a,b\n1,2\n3,4\n5,"6\n'), 2).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems[0]!.file).toBe('data/x.csv');
    expect((error as InputError).problems[0]!.line).toBe(4);
  });
});

describe('a quote inside an unquoted cell', () => {
  it('is reported at its line and the column of the cell', () => {
    // line 2, third cell (column 3): 1,x,"y
    let problem: { line?: number; column?: number } | undefined;
    try {
      readCsv('data/x.csv', 'a,b,c\n1,x,y"z\n');
    } catch (e) {
      problem = (e as InputError).problems[0];
    }
    expect(problem).toMatchObject({ line: 2, column: 3 });
  });
});
