import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFigures } from '../../src/editions/read-figures';
import { EXIT, InputError } from '../../src/errors';
import * as msg from '../../src/messages';
import { build, GOLDEN_SMALL } from '../helpers/build';

const HEADER = 'id,indicator,entity,period,value,unit,source,derived_from,estimate,text,chapter';
const row = (id: string, value: string, text: string) => `${id},${id.split(':').join(',')},${value},per cent,s,,false,${text},trade`;

function problems(csv: string): string[] {
  try {
    readFigures('prev/figures.csv', csv);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(EXIT.data);
    return (error as Error).message.split('\n');
  }
  return [];
}

describe('readFigures', () => {
  it('reads a real ledger: the golden figures.csv', () => {
    const rows = readFigures('figures.csv', readFileSync(join(GOLDEN_SMALL, 'figures.csv')));
    expect(rows.length).toBeGreaterThan(300);
    expect(rows.filter((r) => /^[+-]\d/.test(r.text)).length).toBeGreaterThan(0); // signed changes are figures
  });

  it('refuses spreadsheet formulas, values that are not finite numbers, control characters, bad and repeated ids', () => {
    const csv = [
      HEADER,
      row('a:b:2000', '1', '"=HYPERLINK(""http://x"",""y"")"'),
      row('a:c:2000', 'NaN', '1.0'),
      row('a:d:2000', 'Infinity', '+cmd|x'),
      row('a:e:2000', '2', 'ok\u001b[31m'),
      row('a:f:2000', '3', '@SUM(A1)'),
      'x:y:2000,a,b,2000,4,per cent,s,,false,4.0,trade',
      row('a:g:2000', '-5', '-5.0'),
      row('a:g:2000', '-5', '-5.0'),
    ].join('\n');
    expect(problems(csv)).toEqual([
      `prev/figures.csv:2:10: ${msg.badCell('text', 'a figure, not a spreadsheet formula', '=HYPERLINK("http://x","y")')}`,
      `prev/figures.csv:3:5: ${msg.badCell('value', 'a finite number or nothing', 'NaN')}`,
      `prev/figures.csv:4:10: ${msg.badCell('text', 'a figure, not a spreadsheet formula', '+cmd|x')}`,
      `prev/figures.csv:4:5: ${msg.badCell('value', 'a finite number or nothing', 'Infinity')}`,
      `prev/figures.csv:5:10: ${msg.badCell('text', 'text without control characters', 'ok\u001b[31m')}`,
      `prev/figures.csv:6:10: ${msg.badCell('text', 'a figure, not a spreadsheet formula', '@SUM(A1)')}`,
      `prev/figures.csv:7:1: ${msg.badCell('id', 'indicator:entity:period (a:b:2000)', 'x:y:2000')}`,
      `prev/figures.csv:9:1: ${msg.duplicateObservation(['id'], ['a:g:2000'], 8)}`,
    ]);
  });

  it('refuses a file without the columns of a ledger, naming them', () => {
    const expected = ['id', 'indicator', 'entity', 'period', 'value', 'unit', 'text'];
    const missing = ['indicator', 'entity', 'period', 'unit', 'text'];
    expect(problems('id,value\nx,1\n')).toEqual([`prev/figures.csv:1: ${msg.badHeader(missing, [], expected)}`]);
  });
});

describe('--previous pointing at a damaged build', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ssc-prev-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('ends with exit 1 naming the file, line and column, and writes nothing', async () => {
    const good = (await build()).out;
    const previous = join(tmp, 'previous');
    cpSync(good, previous, { recursive: true });
    const lines = readFileSync(join(previous, 'figures.csv'), 'utf8').split('\n');
    lines[1] = lines[1]!.replace(/,([^,]*),([^,]*)$/, ',"=HYPERLINK(""http://evil"",""1.0"")",$2');
    writeFileSync(join(previous, 'figures.csv'), lines.join('\n'));
    const out = join(tmp, 'out');
    const error = await build({ previous, outDir: out }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    const formula = `${join(previous, 'figures.csv')}:2:10: text: expected a figure, not a spreadsheet formula`;
    expect((error as Error).message.startsWith(formula)).toBe(true);
    writeFileSync(join(previous, 'manifest.json'), JSON.stringify({ edition: 'NaN' }));
    const edition = await build({ previous, outDir: out }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(existsSync(out)).toBe(false);
    const expected = `${join(previous, 'manifest.json')}: ${msg.badCell('edition', 'a year such as 2013', '"NaN"')}`;
    expect((edition as Error).message).toBe(expected);
  });
});
