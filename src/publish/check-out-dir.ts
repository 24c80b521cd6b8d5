import { lstatSync, readdirSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { ROOT } from '../config';
import { UsageError } from '../errors';
import * as msg from '../messages';

/** The project's folders that a report must never replace, nor be written into. */
const PROTECTED = ['.git', 'src', 'templates', 'data', 'test', 'scripts', 'node_modules', 'bench', 'dist'];

/** What `--out` is checked against. */
export interface OutContext {
  /** The `--data` folder: neither it nor a folder above it may be replaced. */
  dataDir: string;
  /** The project's folder. Default ROOT. */
  root?: string;
  /** The working directory. Default process.cwd(). */
  cwd?: string;
}

/** The generator name a previous build's manifest.json must start with to be recognised. */
const GENERATOR = 'ssc-report ';

/**
 * Refuses, as a usage error naming the path and why, an output folder whose replacement would
 * destroy something that is not a build: the project, its sources or data, a folder above them,
 * the working directory, a file, or a folder that holds anything but a previous build of this
 * program (every file listed in its manifest.json). Absent and empty folders are fine.
 *
 * @example checkOutDir('out', { dataDir: 'data' }) // returns; checkOutDir('src', …) throws
 */
export function checkOutDir(outDir: string, ctx: OutContext): void {
  const why = outDirProblem(outDir, ctx);
  if (why !== null) throw new UsageError(msg.unsafeOutput(outDir, why));
}

/** Why `outDir` may not be replaced, or null when it may. */
export function outDirProblem(outDir: string, { dataDir, root = ROOT, cwd = process.cwd() }: OutContext): string | null {
  if (outDir.trim() === '') return 'an empty path names no folder';
  const target = real(resolve(cwd, outDir));
  const guarded: [string, string][] = [
    [real(resolve(cwd)), 'the working directory'],
    [real(root), 'the project folder'],
    ...PROTECTED.map((f): [string, string] => [real(join(root, f)), `the project's ${f}/ folder`]),
    [real(resolve(cwd, dataDir)), `the data folder (--data ${dataDir})`],
  ];
  for (const [path, name] of guarded) {
    if (target === path) return `it is ${name}`;
    if (isInside(path, target)) return `it holds ${name} (${path})`;
  }
  for (const [path, name] of guarded.slice(2)) if (isInside(target, path)) return `it is inside ${name}`;
  return contentsProblem(resolve(cwd, outDir));
}

/** Why the folder's contents may not be replaced: anything but nothing or a previous build. */
function contentsProblem(dir: string): string | null {
  let stat: Stats;
  try {
    stat = lstatSync(dir);
  } catch {
    return null; // absent: nothing to lose
  }
  if (stat.isSymbolicLink()) return 'it is a symbolic link; give the folder it points to';
  if (!stat.isDirectory()) return 'it is a file, not a folder';
  let files: string[];
  try {
    files = listFiles(dir);
  } catch (error) {
    return `its contents cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  if (files.length === 0) return null;
  const outputs = previousBuild(dir);
  if (outputs === null) return 'it is not empty and holds no manifest.json of a previous build of this program';
  const foreign = files.filter((f) => f !== 'manifest.json' && !outputs.has(f));
  if (foreign.length === 0) return null;
  const named = `${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ` and ${foreign.length - 3} more` : ''}`;
  return `it holds ${named}, not part of the previous build (not in its manifest.json)`;
}

/** The output files a previous build's manifest.json lists, or null when there is no such manifest. */
function previousBuild(dir: string): Set<string> | null {
  try {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { generator?: unknown; outputs?: unknown };
    if (typeof m.generator !== 'string' || !m.generator.startsWith(GENERATOR)) return null;
    if (typeof m.outputs !== 'object' || m.outputs === null || Array.isArray(m.outputs)) return null;
    return new Set(Object.keys(m.outputs));
  } catch {
    return null;
  }
}

/** Every file under `dir` (empty folders hold nothing to lose), relative to it with "/" between parts. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const path = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(dir, path) : [path];
  });
}

/** True when `inner` is strictly inside `outer`. */
function isInside(inner: string, outer: string): boolean {
  const r = relative(outer, inner);
  return r !== '' && !r.startsWith(`..${sep}`) && r !== '..' && !r.startsWith(sep);
}

/** The path with symbolic links resolved, as far as it exists (so `--out link-to-src` is src). */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(real(parent), basename(path));
  }
}
