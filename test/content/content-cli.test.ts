import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as msg from '../../src/messages';
import { SMALL } from '../helpers/build';

const ROOT = join(import.meta.dirname, '..', '..');

describe('npm run report with content/', () => {
  it('exits 1 at content/FILE.md:line:column on an unknown id and on a contradicted trend word, publishing nothing', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ssc-content-cli-'));
    const dir = join(tmp, 'content');
    const out = join(tmp, 'out');
    try {
      spawnSync('mkdir', ['-p', dir]);
      // In the small fixture the share of Latin America and the Caribbean fell by 1.6 points in 2014.
      writeFileSync(join(dir, 'overview.md'), 'Intro.\n\nIt was {{figure "no-such:south:2014"}}.\n');
      writeFileSync(join(dir, 'trade.md'), 'The share rose to {{figure "intraregional-export-share:lac:2014"}} per cent.\n');
      const r = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'src/cli.ts', '--data', SMALL, '--content', dir, '--no-pdf', '--out', out],
        { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
      );
      expect(r.status, r.stderr).toBe(1);
      const shown = relative(ROOT, dir);
      expect(r.stderr).toContain(`error: ${shown}/overview.md:3:18: ${msg.unknownFigure('no-such:south:2014', [])}`);
      expect(r.stderr).toContain(`${shown}/trade.md:1:11: ${msg.trendContradicted('rose', 'intraregional-export-share:lac:2014', 'fell')}`);
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
