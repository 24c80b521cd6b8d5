import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { readCsv } from '../../src/load/read-csv';
import * as msg from '../../src/messages';
import { MAX_MUSD, musd, usd } from '../../src/validate/ceilings';
import { code, dataYear, integer, number, optional, text } from '../../src/validate/columns';
import { dateOrYear } from '../../src/validate/schemas/commitment-status';
import { SCHEMAS } from '../../src/validate/validate-data';
import { defineTable } from '../../src/validate/table-schema';
import { validateTable } from '../../src/validate/validate-table';

const table = defineTable({
  file: 'x.csv',
  title: 'Test',
  description: 'A year, an amount in millions, an optional amount in dollars, a date, a name.',
  key: ['id'],
  columns: {
    id: code(/^[a-z]+$/, 'an id', 'Id.'),
    year: dataYear(integer(1900, 2100, 'Year.')),
    musd: musd(number('Millions.', 0)),
    usd: usd(optional(number('Dollars.', 0))),
    as_of: dataYear(dateOrYear('Date.'), (d) => d.year),
    name: text('Name.'),
  },
});
const LIMITS = { latestDataYear: 2014 };
const HEADER = 'id,year,musd,usd,as_of,name';

function problems(lines: string[]): string[] {
  try {
    validateTable(readCsv('x.csv', `${[HEADER, ...lines].join('\n')}\n`), table, {}, LIMITS);
  } catch (error) {
    if (error instanceof InputError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('values that cannot be right', () => {
  it('accepts values within the limits, and an empty optional cell', () => {
    expect(problems(['a,2014,472525,2.7e13,2014-12-31,Brazil', 'b,1900,0,,1990,"Côte d\'Ivoire\tand\r\nmore"'])).toEqual([]);
  });

  it('refuses a year after latestDataYear or before 1900, in a year column or a date, at file:line:column', () => {
    const cut = msg.yearAfterCut(2014);
    expect(problems(['a,2030,1,1,2014,x', 'b,2014,1,1,2015-01-01,x', 'c,2014,1,1,1899,x'])).toEqual([
      `x.csv:2:2: ${msg.badCell('year', cut, '2030')}`,
      `x.csv:3:5: ${msg.badCell('as_of', cut, '2015-01-01')}`,
      `x.csv:4:5: ${msg.badCell('as_of', cut, '1899')}`,
    ]);
    expect(cut).toContain('report.config.json');
  });

  it('refuses an amount above its ceiling, which would sum to Infinity, and says the ceiling', () => {
    const lines = problems(['a,2014,1.7e308,1,2014,x', 'b,2014,1,1e16,2014,x', `c,2014,${MAX_MUSD},1e15,2014,x`]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^x\.csv:2:3: musd: expected a number >= 0, at most 1e9 .*found "1\.7e308"$/);
    expect(lines[1]).toMatch(/^x\.csv:3:4: usd: expected a number >= 0, or an empty cell, at most 1e15 .*found "1e16"$/);
  });

  it('refuses control characters in any cell (NUL, ESC, DEL, C1), naming the character and quoting the escaped text', () => {
    const lines = problems([
      'a,2014,1,1,2014,A\u0000B',
      'b,2014,1,1,2014,"\u001b[31mred"',
      'c,2014,1,1,2014,x\u007f',
      'd,2014,1\u0000,1,2014,x',
      'e,2014,1,1,2014,\u009bz',
    ]);
    expect(lines).toEqual([
      `x.csv:2:6: ${msg.controlCharacter('name', 0, 'A\u0000B')}`,
      `x.csv:3:6: ${msg.controlCharacter('name', 0x1b, '\u001b[31mred')}`,
      `x.csv:4:6: ${msg.controlCharacter('name', 0x7f, 'x\u007f')}`,
      `x.csv:5:3: ${msg.controlCharacter('musd', 0, '1\u0000')}`,
      `x.csv:6:6: ${msg.controlCharacter('name', 0x9b, '\u009bz')}`,
    ]);
    expect(lines[0]).toBe('x.csv:2:6: name: expected text without control characters, found U+0000 (NUL) in "A\\u0000B"');
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('refuses U+FFFD, left by a conversion that lost a character', () => {
    expect(problems(['a,2014,1,1,2014,\u00c5land', 'b,2014,1,1,2014,\ufffdland'])).toEqual([
      `x.csv:3:6: ${msg.controlCharacter('name', 0xfffd, '\ufffdland')}`,
    ]);
    expect(msg.controlCharacter('name', 0xfffd, '\ufffdland')).toContain('U+FFFD');
  });

  it('quotes at most 80 characters of a value', () => {
    const [line] = problems([`a,2014,${'9'.repeat(5000)},1,2014,x`]);
    expect(line).toContain(`"${'9'.repeat(80)}…" (5,000 characters)`);
    expect(line!.length).toBeLessThan(300);
  });

  it('checks every year column and every amount of the real schemas', () => {
    const year = /^(year|year_start|year_end|as_of|as_of_year)$/;
    const amount = /(_usd|_musd|_usd2021|^population|^value)$/;
    for (const schema of Object.values(SCHEMAS)) {
      for (const [name, c] of Object.entries(schema.columns)) {
        // fund-facts' as_of is free text ("undated page (earlier)"); its as_of_year is the year.
        const freeText = schema.file === 'finance/fund-facts.csv' && name === 'as_of';
        if ((year.test(name) && !freeText) || amount.test(name)) expect(c.plausible, `${schema.file} ${name}`).toBeTypeOf('function');
      }
    }
  });
});
