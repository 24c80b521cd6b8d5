import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli';
import * as msg from '../../../src/messages';
import { build, SMALL, SMALL_CONTENT } from '../../helpers/build';

describe('the UN-system chapter', () => {
  it('warns of the data gaps it prints', async () => {
    const result = await build();
    // The small fixture's gaps file holds 13 topics, all raised by documents dated before 2025, the
    // last year of data of the 2026 edition.
    expect(result.ledger.get('data-gaps:all:2025')?.value).toBe(13);
    expect(result.warnings).toContain(`chapter un-system: ${msg.dataGaps(13, 2025)}`);
  });

  it('has its warning printed in the CLI summary', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ssc-warn-'));
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const argv = ['--data', SMALL, '--content', SMALL_CONTENT, '--out', join(out, 'report'), '--no-pdf', '--edition', '2015'];
      expect(await main(argv)).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(written).toContain(`warning: chapter un-system: ${msg.dataGaps(13, 2014)}\n`);
  });
});
