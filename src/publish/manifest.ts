import { createHash } from 'node:crypto';
import { sha256Hex } from '../digest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Packages whose versions change what the report looks like; their versions go in the manifest. */
const RECORDED_PACKAGES = [
  'arquero',
  'csv-parse',
  'zod',
  'vega',
  'vega-lite',
  'handlebars',
  'puppeteer',
  'pdf-lib',
  '@fontsource/noto-sans',
];

export interface Manifest {
  generator: string;
  edition: number;
  node: string;
  chromium: string | null;
  packages: Record<string, string>;
  inputs: Record<string, string>;
  outputs: Record<string, string>;
}

const sha256 = (content: string | Uint8Array) =>
  `sha256:${typeof content === 'string' ? createHash('sha256').update(content).digest('hex') : sha256Hex(content)}`;

/** Versions of the recorded packages as installed. */
export function packageVersions(): Record<string, string> {
  const require = createRequire(import.meta.url);
  return Object.fromEntries(
    RECORDED_PACKAGES.map((name) => {
      // Some packages do not export package.json; find it from the resolved LICENSE or entry point.
      const dir = require.resolve
        .paths(name)!
        .map((p) => `${p}/${name}/package.json`)
        .find((p) => {
          try {
            readFileSync(p);
            return true;
          } catch {
            return false;
          }
        });
      return [name, dir ? (JSON.parse(readFileSync(dir, 'utf8')) as { version: string }).version : 'not installed'];
    }),
  );
}

/**
 * manifest.json: what went in and what came out, each with its sha256, and the versions of the
 * software that made it. No timestamps, so that the same inputs give the same manifest.
 */
export function buildManifest(
  m: Omit<Manifest, 'inputs' | 'outputs'>,
  inputs: Map<string, string | Uint8Array>,
  outputs: Map<string, string | Uint8Array>,
): string {
  const hashes = (files: Map<string, string | Uint8Array>) =>
    Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sha256(v)]));
  const manifest: Manifest = { ...m, inputs: hashes(inputs), outputs: hashes(outputs) };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
