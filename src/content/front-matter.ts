import * as msg from '../messages';

// Front matter may say `title:` (the section's heading, where it differs from the default) and
// `placement:` (where a chapter's analysis goes: opening, the default, start or end).

type LineProblem = { line: number; message: string };

/**
 * Splits `---`-fenced front matter of `key: value` lines from the Markdown after it. The body keeps
 * its line numbers: the front matter's lines are blanked, not removed, so that a problem in the body
 * is reported at the line the author sees.
 */
export function splitFrontMatter(source: string): { front: Record<string, string>; body: string; problems: LineProblem[] } {
  const lines = source.split('\n');
  const front: Record<string, string> = {};
  const problems: { line: number; message: string }[] = [];
  if (lines[0]?.trim() !== '---') return { front, body: source, problems };
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) return { front, body: source, problems: [{ line: 1, message: msg.unclosedFrontMatter() }] };
  for (let i = 1; i < end; i++) {
    const line = lines[i]!;
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const m = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (!m) problems.push({ line: i + 1, message: msg.badFrontMatterLine(line) });
    else front[m[1]!] = m[2]!.replace(/^(["'])(.*)\1$/, '$2');
  }
  return { front, body: lines.map((l, i) => (i <= end ? '' : l)).join('\n'), problems };
}
