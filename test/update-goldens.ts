/**
 * npm run goldens:update: rebuilds the golden files from the small fixture. Read the diff
 * (`git diff test/golden`) before committing: a golden file is a reviewed expectation.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, GOLDEN_FILES, GOLDEN_SMALL } from './helpers/build';

const { out } = await build();
for (const f of GOLDEN_FILES) {
  mkdirSync(dirname(join(GOLDEN_SMALL, f)), { recursive: true });
  copyFileSync(join(out, f), join(GOLDEN_SMALL, f));
}
for (const f of readdirSync(GOLDEN_SMALL, { recursive: true }) as string[]) if (f.includes('-changed')) rmSync(join(GOLDEN_SMALL, f));
console.log(`updated ${GOLDEN_FILES.length} golden files in ${GOLDEN_SMALL}; review with: git diff ${GOLDEN_SMALL}`);
