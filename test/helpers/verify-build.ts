import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, relative, with "/" between parts, sorted. */
export function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

/**
 * Why `dir` is not a complete build, or null when it is: its manifest.json lists exactly the
 * files beside it, each with its sha256.
 */
export function buildProblem(dir: string): string | null {
  if (!existsSync(join(dir, 'manifest.json'))) return `${dir}: no manifest.json`;
  const outputs = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { outputs: Record<string, string> }).outputs;
  const files = filesUnder(dir).filter((f) => f !== 'manifest.json');
  if (files.join('\n') !== Object.keys(outputs).sort().join('\n')) return `${dir}: files ${files.join(' ')} are not those of the manifest`;
  for (const f of files) {
    const hash = `sha256:${createHash('sha256')
      .update(readFileSync(join(dir, f)))
      .digest('hex')}`;
    if (hash !== outputs[f]) return `${dir}/${f}: sha256 differs from the manifest's`;
  }
  return null;
}

/** The sha256 the manifest gives report.html: which build a folder holds. */
export function reportHash(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { outputs: Record<string, string> };
  return manifest.outputs['report.html'] ?? '';
}
