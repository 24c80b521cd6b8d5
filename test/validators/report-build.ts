import { join } from 'node:path';
import { build } from '../helpers/build';

/** The default report (real data and content, default edition) with its PDF, built once per test file. */
export async function buildDefaultReport(): Promise<{ out: string; html: string; pdf: string; charts: string[] }> {
  const { out, files } = await build({ dataDir: 'data', contentDir: 'content', pdf: true });
  const charts = [...files.keys()].filter((f) => f.endsWith('.vl.json')).map((f) => join(out, f));
  return { out, html: join(out, 'report.html'), pdf: join(out, 'report.pdf'), charts };
}
