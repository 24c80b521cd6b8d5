import { describe, expect, it } from 'vitest';
import * as msg from '../src/messages';

describe('quoting values in messages', () => {
  it('quotes a short value whole, as JSON, with control characters escaped (C1 too)', () => {
    expect(msg.q('Brazil')).toBe('"Brazil"');
    expect(msg.q('a\u0000b\u001b[31m\u009b')).toBe('"a\\u0000b\\u001b[31m\\u009b"');
  });

  it('quotes at most QUOTE_CHARS characters of a long value, then an ellipsis and the full length', () => {
    expect(msg.QUOTE_CHARS).toBe(80);
    expect(msg.q('x'.repeat(81))).toBe(`"${'x'.repeat(80)}…" (81 characters)`);
    expect(msg.q('x'.repeat(200_000_000 / 1000))).toHaveLength(80 + 3 + ' (200,000 characters)'.length);
  });

  it('clips free text from a parser the same way, and escapes its control characters', () => {
    expect(msg.clip('short')).toBe('short');
    expect(msg.clip(`Invalid Opening Quote: value is "${'y'.repeat(500)}\u0000"`, 40)).toBe(
      `Invalid Opening Quote: value is "${'y'.repeat(7)}… (535 characters)`,
    );
    expect(msg.csvSyntax('CSV_X', 'z'.repeat(1000)).length).toBeLessThan(220);
    expect(msg.clip('a\u0007b')).toBe('a\\u0007b');
  });
});
