import { describe, expect, it } from 'vitest';
import { utf8Problem } from '../../src/load/check-utf8';
import * as msg from '../../src/messages';

describe('utf8Problem', () => {
  it('accepts UTF-8, with or without a byte-order mark', () => {
    expect(utf8Problem('x.csv', Buffer.from('name\nÅland, Côte d’Ivoire, 中国, 𝔸\n'))).toBeNull();
    expect(utf8Problem('x.csv', Buffer.from('\uFEFFname\nÅland\n'))).toBeNull();
  });

  it('names the line and the column (in characters) of the first byte that is not UTF-8', () => {
    const latin1 = Buffer.from('iso3,name\nALA,\u00c5land\nCIV,C\u00f4te\n', 'latin1');
    expect(utf8Problem('x.csv', latin1)).toEqual({ file: 'x.csv', line: 2, column: 5, message: msg.notUtf8(0xc5) });
    // Characters before it on the line count once each, however many bytes they take.
    expect(utf8Problem('x.csv', Buffer.concat([Buffer.from('a\n中é,'), Buffer.from([0xff])]))).toMatchObject({ line: 2, column: 4 });
    // A UTF-16 file starts with FF FE.
    expect(utf8Problem('x.csv', Buffer.from([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({ line: 1, column: 1 });
    expect(msg.notUtf8(0xc5)).toContain('save the file as UTF-8');
  });

  it('finds a problem exactly where a strict decoder fails (overlongs, surrogates, truncated sequences)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const cases = [
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
      [0xf0, 0x9f, 0x98],
      [0x80],
      [0xf5, 0x80],
    ];
    for (const bad of cases) {
      const bytes = Buffer.from([0x61, 0x62, ...bad, 0x63]);
      expect(() => strict.decode(bytes)).toThrow();
      expect(utf8Problem('x.csv', bytes), bad.join(' ')).toMatchObject({ line: 1, column: 3 });
    }
  });
});
