import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeConfig, type Config } from '../../src/config';
import { runReport, type RunResult } from '../../src/run-report';

export const SMALL = 'test/fixtures/small';
export const GOLDEN_SMALL = 'test/golden/small';

/** Files of the built report compared with reviewed golden copies. */
export const GOLDEN_FILES = ['report.html', 'figures.csv', 'charts/trade-shares.vl.json'];

/** Builds a report into a fresh temporary folder, quietly. */
export async function build(options: Partial<Config> = {}): Promise<RunResult & { out: string; log: string[] }> {
  const out = mkdtempSync(join(tmpdir(), 'ssc-test-'));
  const log: string[] = [];
  const result = await runReport(normalizeConfig({ dataDir: SMALL, outDir: out, pdf: false, log: (l) => log.push(l), ...options }));
  return { ...result, out, log };
}
