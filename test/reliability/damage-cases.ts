import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Config } from '../../src/config';
import { EXIT } from '../../src/errors';
import * as msg from '../../src/messages';
import { readProjectConfig } from '../../src/project-config';
import { ROOT } from '../../src/config';

/** One damaged-input case: which file of the small fixture, how it is damaged, what the build must say. */
export interface DamageCase {
  name: string;
  /** Path inside the data folder. */
  file: string;
  damage: (path: string) => void;
  exit: number;
  /** Where the first problem is, when it is in the file's text. */
  line?: number;
  column?: number;
  /** The first problem's message, after `file:line:column: `. */
  message: string | RegExp;
  options?: Partial<Config>;
}

const LATEST = readProjectConfig(ROOT).latestDataYear;

/** Replaces cell `column` (1-based) of line `line` of a file without quoted cells. */
function setCell(line: number, column: number, value: string) {
  return (path: string) => {
    const lines = readFileSync(path, 'utf8').split('\n');
    const cells = lines[line - 1]!.split(',');
    cells[column - 1] = value;
    lines[line - 1] = cells.join(',');
    writeFileSync(path, lines.join('\n'));
  };
}

function replaceOnce(from: string, to: string) {
  return (path: string) => {
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`${path} does not contain ${from}`);
    writeFileSync(path, text.replace(from, to));
  };
}

const replaceBy = (make: (path: string) => void) => (path: string) => {
  rmSync(path);
  make(path);
};

/** The damaged-input classes of issue 10, parts 4 (bounded inputs) and 5 (values that cannot be right). */
export const CASES: DamageCase[] = [
  // 4. Inputs are bounded: only regular files, of at most --max-file-size, are read.
  {
    name: 'a FIFO in place of a CSV',
    file: 'trade/cow-bilateral-exports.csv',
    damage: replaceBy((p) => execFileSync('mkfifo', [p])),
    exit: EXIT.data,
    message: msg.notRegularFile('a FIFO (named pipe)'),
  },
  {
    name: 'a symbolic link to /dev/zero',
    file: 'economy/wdi-gdp.csv',
    damage: replaceBy((p) => symlinkSync('/dev/zero', p)),
    exit: EXIT.data,
    message: msg.notRegularFile('a character device (such as /dev/zero)'),
  },
  {
    name: 'a directory in place of a CSV',
    file: 'gaps/data-gaps.csv',
    damage: replaceBy((p) => mkdirSync(p)),
    exit: EXIT.data,
    message: msg.notRegularFile('a directory'),
  },
  {
    name: 'a file over --max-file-size',
    file: 'trade/comtrade-exports.csv',
    damage: (p) => appendFileSync(p, '\n'.repeat(2 * 2 ** 20)),
    exit: EXIT.data,
    message: /^the file is 2\.0 MiB \(2,\d{3},\d{3} bytes\), over the limit of 1\.0 MiB \(1,048,576 bytes\) per file: .*--max-file-size$/,
    options: { maxFileBytes: 2 ** 20 },
  },
  {
    name: 'a cell of a million characters',
    file: 'trade/cow-bilateral-exports.csv',
    damage: setCell(2, 4, '9'.repeat(1_000_000)),
    exit: EXIT.data,
    line: 2,
    column: 4,
    message: /^exports_musd: expected .*, found "9{80}…" \(1,000,000 characters\)$/,
  },
  // 5. Values that cannot be right are errors.
  {
    name: '1.7e308 in the trade flows (sums to Infinity)',
    file: 'trade/cow-bilateral-exports.csv',
    damage: setCell(2, 4, '1.7e308'),
    exit: EXIT.data,
    line: 2,
    column: 4,
    message: /^exports_musd: expected a number >= 0, or an empty cell, at most 1e9 .*, found "1\.7e308"$/,
  },
  {
    name: 'an amount of 1e400 (Infinity when read)',
    file: 'finance/gcdf3-china-commitments.csv',
    damage: setCell(2, 3, '1e400'),
    exit: EXIT.data,
    line: 2,
    column: 3,
    message: /^oda_usd2021: expected a number >= 0, found "1e400"$/,
  },
  {
    name: 'a population above the world\u2019s',
    file: 'economy/wdi-population.csv',
    damage: setCell(2, 3, '9e10'),
    exit: EXIT.data,
    line: 2,
    column: 3,
    message: /^population: expected a number >= 0, at most 1e10 .*, found "9e10"$/,
  },
  {
    name: 'a negative trade value',
    file: 'trade/comtrade-exports.csv',
    damage: setCell(2, 4, '-5'),
    exit: EXIT.data,
    line: 2,
    column: 4,
    message: 'exports_usd: expected a number >= 0, found "-5"',
  },
  {
    name: 'a Latin-1 file',
    file: 'groups/countries.csv',
    damage: (p) => writeFileSync(p, Buffer.from(readFileSync(p, 'utf8'), 'latin1')),
    exit: EXIT.data,
    line: 6,
    column: 5,
    message: msg.notUtf8(0xc5),
  },
  {
    name: 'a UTF-16 file',
    file: 'gaps/data-gaps.csv',
    damage: (p) => writeFileSync(p, Buffer.from(`\ufeff${readFileSync(p, 'utf8')}`, 'utf16le')),
    exit: EXIT.data,
    line: 1,
    column: 1,
    message: msg.notUtf8(0xff),
  },
  {
    name: 'a Latin-1 file read as UTF-8 and saved again (U+FFFD)',
    file: 'groups/countries.csv',
    damage: replaceOnce('\u00c5land Islands', '\ufffdland Islands'),
    exit: EXIT.data,
    line: 6,
    column: 2,
    message: msg.controlCharacter('name', 0xfffd, '\ufffdland Islands'),
  },
  {
    name: 'a NUL byte in a name',
    file: 'groups/countries.csv',
    damage: replaceOnce('\u00c5land Islands', '\u00c5\u0000land Islands'),
    exit: EXIT.data,
    line: 6,
    column: 2,
    message: msg.controlCharacter('name', 0, '\u00c5\u0000land Islands'),
  },
  {
    name: 'a terminal escape sequence in a group name',
    file: 'groups/trade-groups.csv',
    damage: replaceOnce('Developing Latin America', '\u001b[31mDeveloping Latin America'),
    exit: EXIT.data,
    line: 2,
    column: 2,
    message: msg.controlCharacter('name', 0x1b, '\u001b[31mDeveloping Latin America and the Caribbean'),
  },
  {
    name: 'one row dated 2030',
    file: 'trade/cow-bilateral-exports.csv',
    damage: setCell(2, 1, '2030'),
    exit: EXIT.data,
    line: 2,
    column: 1,
    message: msg.badCell('year', msg.yearAfterCut(LATEST), '2030'),
  },
  {
    name: 'a year before 1900',
    file: 'economy/wdi-gdp.csv',
    damage: setCell(2, 2, '1899'),
    exit: EXIT.data,
    line: 2,
    column: 2,
    message: 'year: expected an integer from 1900 to 2100, found "1899"',
  },
  {
    name: 'a status dated after the data cut',
    file: 'commitments/status.csv',
    damage: setCell(2, 3, `${LATEST + 7}-01-01`),
    exit: EXIT.data,
    line: 2,
    column: 3,
    message: msg.badCell('as_of', msg.yearAfterCut(LATEST), `${LATEST + 7}-01-01`),
  },
];
