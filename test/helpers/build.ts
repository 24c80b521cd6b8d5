import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeConfig, type Config } from '../../src/config';
import { readPublication } from '../../src/publication';
import { runReport, type RunResult } from '../../src/run-report';

export const SMALL = 'test/fixtures/small';
export const GOLDEN_SMALL = 'test/golden/small';
/** What the small fixture's report prints as written text (content/ of the fixture). */
export const SMALL_CONTENT = 'test/fixtures/small-content';

/** Files of the built report compared with reviewed golden copies. */
export const GOLDEN_FILES = ['report.html', 'figures.csv', 'charts/trade-shares.vl.json'];

/** Builds a report into a fresh temporary folder, quietly. */
export async function build(options: Partial<Config> = {}): Promise<RunResult & { out: string; log: string[] }> {
  const out = mkdtempSync(join(tmpdir(), 'ssc-test-'));
  const log: string[] = [];
  const result = await runReport(
    normalizeConfig({
      dataDir: SMALL,
      contentDir: contentFor(options.dataDir ?? SMALL),
      publication: readPublication('report.config.json'),
      outDir: out,
      pdf: false,
      log: (l) => log.push(l),
      ...options,
    }),
  );
  return { ...result, out, log };
}

/**
 * The written text a build prints unless a test says otherwise: the fixture's for the small data and
 * its altered copies, none for the real data (the real content/ cites figures of the default edition,
 * which older editions lack; tests of the real report pass contentDir: 'content').
 */
function contentFor(dataDir: string): string {
  return dataDir === 'data' ? 'test/fixtures/no-content' : SMALL_CONTENT;
}
