import { chmod, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { EnvironmentError } from '../errors';
import * as msg from '../messages';

/** The files of one report, by path relative to the output folder. */
export type OutputFiles = Map<string, string | Uint8Array>;

/**
 * Writes the report into a temporary folder beside `outDir`, then swaps it into place: the old
 * report is renamed aside, the new one renamed in, and the old one removed. Until the swap, the
 * previous report stays untouched; if anything fails, it is put back.
 */
export async function publish(outDir: string, files: OutputFiles): Promise<void> {
  const target = resolve(outDir);
  const parent = dirname(target);
  let staging: string | undefined;
  try {
    await mkdir(parent, { recursive: true });
    staging = await mkdtemp(join(parent, `.${basename(target)}-new-`));
    await chmod(staging, 0o755); // mkdtemp makes it private; a report is for reading
    for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      await mkdir(dirname(join(staging, path)), { recursive: true });
      await writeFile(join(staging, path), content);
    }
    const old = join(parent, `.${basename(target)}-old-${process.pid}`);
    const hadOld = await rename(target, old).then(
      () => true,
      (e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return false;
        throw e;
      },
    );
    try {
      await rename(staging, target);
      staging = undefined;
    } catch (e) {
      if (hadOld) await rename(old, target);
      throw e;
    }
    if (hadOld) await rm(old, { recursive: true, force: true });
  } catch (error) {
    if (staging) await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw new EnvironmentError(msg.unwritableOutput(outDir, (error as Error).message));
  }
}
