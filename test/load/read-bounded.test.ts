import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounded } from '../../src/load/read-bounded';
import * as msg from '../../src/messages';

describe('readBounded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ssc-bounded-'));
  writeFileSync(join(dir, 'ok.csv'), 'a,b\n1,2\n');

  it('reads a regular file whole, and one through a symbolic link', () => {
    symlinkSync(join(dir, 'ok.csv'), join(dir, 'link.csv'));
    for (const f of ['ok.csv', 'link.csv']) expect(readBounded(join(dir, f), 100)).toEqual({ bytes: Buffer.from('a,b\n1,2\n') });
  });

  it('says a file is missing, and why one cannot be opened', () => {
    expect(readBounded(join(dir, 'none.csv'), 100)).toEqual({ missing: true });
    symlinkSync(join(dir, 'loop.csv'), join(dir, 'loop.csv'));
    expect(readBounded(join(dir, 'loop.csv'), 100)).toEqual({ problem: msg.unreadableFile('a loop of symbolic links (ELOOP)') });
  });

  it('refuses a file over the limit, with its size and the limit, before reading it', () => {
    expect(readBounded(join(dir, 'ok.csv'), 7)).toEqual({ problem: msg.fileTooLarge(8, 7) });
    expect(msg.fileTooLarge(200 * 2 ** 20, 64 * 2 ** 20)).toBe(
      'the file is 200.0 MiB (209,715,200 bytes), over the limit of 64.0 MiB (67,108,864 bytes) per file: expected a smaller file, or raise the limit with --max-file-size',
    );
  });

  it('refuses at once a FIFO (which would block), /dev/zero through a link (which never ends) and a directory', () => {
    execFileSync('mkfifo', [join(dir, 'fifo.csv')]);
    symlinkSync('/dev/zero', join(dir, 'zero.csv'));
    mkdirSync(join(dir, 'folder.csv'));
    expect(readBounded(join(dir, 'fifo.csv'), 100)).toEqual({ problem: msg.notRegularFile('a FIFO (named pipe)') });
    expect(readBounded(join(dir, 'zero.csv'), 100)).toEqual({ problem: msg.notRegularFile('a character device (such as /dev/zero)') });
    expect(readBounded(join(dir, 'folder.csv'), 100)).toEqual({ problem: msg.notRegularFile('a directory') });
  });
});
