import { describe, expect, it } from 'vitest';
import { boolean, code, flag, integer, number, oneOf, optional, sourceIds, text, type Column } from '../../src/validate/columns';

/** The value a column reads from `cell`, or the string 'invalid'. */
function read<T>(c: Column<T>, cell: string): T | 'invalid' {
  const r = c.schema.safeParse(cell);
  return r.success ? r.data : 'invalid';
}

describe('integer', () => {
  const year = integer(1990, 2014, 'Year.');
  it('reads whole numbers within the range, ends included', () => {
    expect([read(year, '1990'), read(year, '2014'), read(year, '2000')]).toEqual([1990, 2014, 2000]);
  });
  it('rejects numbers outside the range, decimals, spaces and words', () => {
    for (const cell of ['1989', '2015', '2000.0', '2000.5', ' 2000', '2000 ', 'n/a', '']) expect(read(year, cell), cell).toBe('invalid');
  });
  it('says what it expects', () => {
    expect(year.expected).toBe('an integer from 1990 to 2014');
    expect(year.optional).toBe(false);
  });
});

describe('number', () => {
  const value = number('Value.', 0);
  it('reads plain decimal notation', () => {
    // "1e3" = 1000, ".5" = 0.5, "12.30" = 12.3, "7." = 7
    expect(['0', '12.30', '.5', '1e3', '7.'].map((c) => read(value, c))).toEqual([0, 12.3, 0.5, 1000, 7]);
  });
  it('rejects trailing text, thousands separators, spaces, non-finite and below-minimum values', () => {
    for (const cell of ['12.3abc', '1,000', ' 1', '1 ', 'Infinity', 'NaN', '1e400', '-1', ''])
      expect(read(value, cell), cell).toBe('invalid');
  });
  it('says what it expects for each kind of range', () => {
    expect(number('x').expected).toBe('a number');
    expect(number('x', 0).expected).toBe('a number >= 0');
    expect(number('x', 0, 100).expected).toBe('a number from 0 to 100');
  });
  it('enforces the maximum', () => {
    const pct = number('Share.', 0, 100);
    expect([read(pct, '100'), read(pct, '139.1')]).toEqual([100, 'invalid']);
  });

  it('says "a number <= 100" for a column with only a maximum', () => {
    expect(number('x', -Infinity, 100).expected).toBe('a number <= 100');
  });
});

describe('optional', () => {
  const value = optional(number('Value.', 0));
  it('reads an empty cell as null, never as 0', () => {
    expect(read(value, '')).toBeNull();
    expect(read(value, '0')).toBe(0);
  });
  it('still rejects a bad non-empty cell', () => {
    expect(read(value, '12.3abc')).toBe('invalid');
    // a blank that is not empty is not a missing value
    expect(read(value, ' ')).toBe('invalid');
  });
  it('adds the empty cell to what it expects, and is marked optional', () => {
    expect(value.expected).toBe('a number >= 0, or an empty cell');
    expect(value.optional).toBe(true);
  });
});

describe('a required column', () => {
  it('rejects an empty cell for every kind of column', () => {
    const columns: Column<unknown>[] = [
      integer(1990, 2014, 'x'),
      number('x'),
      code(/^[A-Z]{3}$/, 'a code', 'x'),
      oneOf(['developing', 'developed'], 'x'),
      flag('x'),
      boolean('x'),
      text('x'),
      sourceIds(),
    ];
    for (const c of columns) expect(read(c, ''), c.expected).toBe('invalid');
  });
});

describe('the other helpers', () => {
  it('code matches its pattern', () => {
    const iso3 = code(/^[A-Z]{3}$/, 'an ISO 3166 alpha-3 code such as "BRA"', 'x');
    expect([read(iso3, 'BRA'), read(iso3, 'bra'), read(iso3, 'BRAZ')]).toEqual(['BRA', 'invalid', 'invalid']);
    expect(iso3.expected).toBe('an ISO 3166 alpha-3 code such as "BRA"');
  });
  it('oneOf accepts only its words', () => {
    const dev = oneOf(['developing', 'developed'], 'x');
    expect([read(dev, 'developing'), read(dev, 'Developing')]).toEqual(['developing', 'invalid']);
    expect(dev.expected).toBe('one of developing, developed');
  });
  it('flag reads 0/1 as booleans', () => {
    const f = flag('x');
    expect([read(f, '1'), read(f, '0'), read(f, 'true'), read(f, '2')]).toEqual([true, false, 'invalid', 'invalid']);
  });
  it('boolean reads true/false', () => {
    const b = boolean('x');
    expect([read(b, 'true'), read(b, 'false'), read(b, '1')]).toEqual([true, false, 'invalid']);
  });
  it('text trims and rejects a cell of spaces', () => {
    const t = text('x');
    expect([read(t, '  Brazil '), read(t, '   ')]).toEqual(['Brazil', 'invalid']);
  });
  it('sourceIds splits on ";" and rejects empty items and spaces', () => {
    const s = sourceIds();
    expect(read(s, 'cow-trade-4.0;un-m49-2020')).toEqual(['cow-trade-4.0', 'un-m49-2020']);
    for (const cell of ['a;', ';a', 'a; b', 'A']) expect(read(s, cell), cell).toBe('invalid');
  });
});

describe('the shortcut of number columns', () => {
  // Texts near every branch of the schema: signs, exponents, dots, bounds, non-finite, spaces,
  // other scripts' digits, and 8,000 more drawn from the characters numbers are written with.
  const edges = [
    '',
    '0',
    '-0',
    '00',
    '0.0',
    '.5',
    '5.',
    '.',
    '-',
    '-.5',
    '1e3',
    '1E3',
    '1e+3',
    '1e-3',
    '1e',
    'e1',
    '1e309',
    '-1e309',
    '1e-400',
    '100',
    '100.0000001',
    '99.9999999',
    '-5',
    '-5.0000001',
    '5',
    'Infinity',
    'NaN',
    '0x10',
    '1_000',
    '1,5',
    ' 1',
    '1 ',
    '\u00a01',
    '\u0663',
    '+1',
    '12.3abc',
    '9007199254740993',
    '1.7976931348623157e308',
  ];
  let seed = 42;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const alphabet = '0123456789..--+eE x';
  const drawn = Array.from({ length: 8000 }, () =>
    Array.from({ length: Math.floor(random() * 13) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
  );
  const columns = {
    any: number('x'),
    atLeast0: number('x', 0),
    percent: number('x', 0, 100),
    around0: number('x', -5, 5),
    optional: optional(number('x', 0)),
  };

  it('gives what the schema gives for every text, and leaves to zod every text zod rejects', () => {
    for (const [name, c] of Object.entries(columns)) {
      for (const cell of [...edges, ...drawn]) {
        const r = c.schema.safeParse(cell);
        const quick = c.accept!(cell);
        expect(quick === undefined ? 'left to zod' : quick, `${name}: "${cell}"`).toStrictEqual(r.success ? r.data : 'left to zod');
      }
    }
  });

  it('reads -0 as -0, as zod does', () => {
    expect(Object.is(columns.atLeast0.accept!('-0'), -0)).toBe(true);
    expect(Object.is(read(columns.atLeast0, '-0'), -0)).toBe(true);
  });
});
