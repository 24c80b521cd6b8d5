import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatStale, staleParagraphs } from '../../src/content/cited-paragraphs';
import type { LedgerRow } from '../../src/diff/compare-builds';

const row = (id: string, text: string): [string, LedgerRow] => {
  const [indicator, entity, period] = id.split(':') as [string, string, string];
  return [id, { id, indicator, entity, period, value: Number(text), unit: 'per cent', text, chapter: 'trade' }];
};

describe('staleParagraphs', () => {
  it('lists the paragraphs, at file:line, that cite a figure printed differently in the newer build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssc-stale-'));
    writeFileSync(
      join(dir, 'overview.md'),
      '---\ntitle: O\n---\nSame {{figure "a:x:2014"}}.\n\nMoved {{figure "b:x:2014"}} and\n{{change "c:x:latest"}}.\n\nNo citation.\n',
    );
    const before = new Map([row('a:x:2014', '1.0'), row('b:x:2014', '2.0'), row('c:x:2013', '3.0')]);
    const after = new Map([row('a:x:2014', '1.0'), row('b:x:2014', '2.5'), row('c:x:2013', '3.0'), row('c:x:2014', '3.0')]);
    const stale = staleParagraphs(dir, 2014, before, after);
    const file = `${relative(process.cwd(), dir)}/overview.md`;
    expect(stale).toEqual([
      {
        place: `${file}:6`,
        figures: [
          { written: 'b:x:2014', before: '2.0', after: '2.5' },
          { written: 'c:x:latest', before: '3.0', after: '3.0' },
        ],
      },
    ]);
    expect(formatStale(stale)).toContain(`  ${file}:6  b:x:2014 2.0 \u2192 2.5`);
    expect(formatStale([])).toBe('');
  });
});
