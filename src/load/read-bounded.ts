import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import * as msg from '../messages';

/** The bytes of a file, or why it was not read (a message for file:line:column, without the place). */
export type Bounded = { bytes: Buffer } | { missing: true } | { problem: string };

/**
 * Reads a whole regular file of at most `maxBytes`, refusing anything else before reading a byte
 * of it: a FIFO would block for ever, /dev/zero (or a symbolic link to it) never ends, and a file
 * of hundreds of megabytes takes minutes and gigabytes to parse. A symbolic link to a regular
 * file is followed.
 *
 * The file is opened non-blocking (opening a FIFO for reading otherwise waits for a writer) and
 * checked on the open descriptor, so it cannot be swapped between the check and the read. At most
 * maxBytes + 1 bytes are read, so a file that grows meanwhile is still caught.
 *
 * @example readBounded('data/sources.csv', 64 * 2 ** 20) // { bytes: <Buffer ...> }
 */
export function readBounded(path: string, maxBytes: number): Bounded {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return e.code === 'ENOENT' || e.code === 'ENOTDIR' ? { missing: true } : { problem: msg.unreadableFile(reason(e)) };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { problem: msg.notRegularFile(kindOf(stats)) };
    if (stats.size > maxBytes) return { problem: msg.fileTooLarge(stats.size, maxBytes) };
    const bytes = readUpTo(fd, stats.size, maxBytes + 1);
    return bytes.length > maxBytes ? { problem: msg.fileTooLarge(bytes.length, maxBytes) } : { bytes };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { problem: msg.unreadableFile(reason(e)) };
  } finally {
    closeSync(fd);
  }
}

/** Reads until the end of the file or `limit` bytes, expecting about `size` (one read for a file that is as stat said). */
function readUpTo(fd: number, size: number, limit: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(size + 1, limit));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= limit) break;
      const larger = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

/** The system's reason in words, with its code: "permission denied (EACCES)". */
function reason(e: NodeJS.ErrnoException): string {
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'not permitted',
    ELOOP: 'a loop of symbolic links',
    EIO: 'input/output error',
  };
  return e.code ? `${words[e.code] ?? 'error'} (${e.code})` : e.message;
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device (such as /dev/zero)';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isDirectory()) return 'a directory';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}
