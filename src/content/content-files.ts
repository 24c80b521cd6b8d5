import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One Markdown file of content/, as written, with the name its place in the report is known by. */
export interface ContentFile {
  /** `key-messages`, `overview`, `foreword`, a chapter id, or `box-…`. */
  name: string;
  /** The path problems are reported at, relative to the working directory: `content/overview.md`. */
  file: string;
  source: string;
}

/**
 * The content files of an edition: `content/<name>.md`, each replaced by `content/<edition>/<name>.md`
 * where that edition's text differs (as a report team keeps last year's overview and rewrites it for
 * this one); an empty file there leaves that part out of that edition. A missing folder means no
 * content: the report is then the generated text alone.
 */
export function readContent(dir: string, edition: number): ContentFile[] {
  const files = new Map<string, string>();
  for (const folder of [dir, join(dir, String(edition))]) {
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder)
      .filter((x) => x.endsWith('.md') && x !== 'README.md')
      .sort()) {
      files.set(f.slice(0, -3), join(folder, f));
    }
  }
  return [...files]
    .map(([name, path]) => ({ name, file: relative(process.cwd(), path) || path, source: readFileSync(path, 'utf8') }))
    .filter((f) => f.source.trim() !== '');
}
