import { isUtf8 } from 'node:buffer';
import type { Problem } from '../errors';
import * as msg from '../messages';

/**
 * The place of the first byte that is not UTF-8, or null for a valid file (a byte-order mark is
 * valid UTF-8). Without this, csv-parse decodes a Latin-1 "é" into U+FFFD and the report prints
 * the replacement character without a word. The whole-file check is simdutf's (3 ms for the 18 MB
 * of the trade files); the bytes are walked only to say where a file fails it.
 *
 * @example utf8Problem('x.csv', Buffer.from([0x61, 0x0a, 0x62, 0xe9])) // x.csv:2:2, byte 0xE9
 */
export function utf8Problem(file: string, bytes: Uint8Array): Problem | null {
  if (isUtf8(bytes)) return null;
  const at = firstInvalid(bytes);
  let line = 1;
  let column = 1;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      column = 1;
    } else if ((bytes[i]! & 0xc0) !== 0x80) column++; // count characters, not continuation bytes
  }
  return { file, line, column, message: msg.notUtf8(bytes[at] ?? 0) };
}

/** Offset of the first byte that starts no valid UTF-8 sequence (RFC 3629: no overlongs, surrogates or code points past U+10FFFF). */
function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Length of the sequence, and the range its second byte must be in.
    const [n, lo, hi] =
      b >= 0xc2 && b <= 0xdf
        ? [2, 0x80, 0xbf]
        : b === 0xe0
          ? [3, 0xa0, 0xbf]
          : b === 0xed
            ? [3, 0x80, 0x9f]
            : b >= 0xe1 && b <= 0xef
              ? [3, 0x80, 0xbf]
              : b === 0xf0
                ? [4, 0x90, 0xbf]
                : b === 0xf4
                  ? [4, 0x80, 0x8f]
                  : b >= 0xf1 && b <= 0xf3
                    ? [4, 0x80, 0xbf]
                    : [0, 0, 0];
    if (n === 0) return i;
    const second = bytes[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k < n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n;
  }
  return bytes.length;
}
