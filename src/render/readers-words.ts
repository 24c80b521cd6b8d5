/**
 * What marks a piece of text as written for the software rather than for readers: a commit or blob
 * hash, a path or file name, a column name in snake_case, words of version control.
 */
const SOFTWARE = [
  /\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}\b/,
  /\b(commit|blob)\b/i,
  /(^|[\s(])(data|shared|src|datasets|test)\/\S/,
  /\b[\w-]+\.(csv|rda|json|ts|mjs|js|md|txt|zip|hbs)\b/,
  /\b[a-z]+[0-9]*_[a-z0-9_]+\b/,
  /\bflow1\b/,
];

/** Whether a text holds anything of the software's insides (tests use it on the printed report too). */
export function speaksSoftware(text: string): boolean {
  return SOFTWARE.some((re) => re.test(text));
}

/**
 * A register's text as readers should see it: parentheses, clauses and sentences that speak to the
 * software (where a copy was taken from, the hash of the file, its column names) are left out. They
 * stay complete in the register itself and in the manifest, which is where provenance belongs.
 * Returns '' when nothing is left.
 */
export function readersWords(text: string): string {
  const clean = (parts: string[], sep: string) =>
    parts
      .map((p) => p.trim())
      .filter((p) => p && !speaksSoftware(p))
      .join(sep);
  const noParens = text.replace(/\s*\([^()]*\)/g, (p) => (speaksSoftware(p) ? '' : p));
  const sentences = noParens.split(/(?<=\.)\s+(?=[A-Z])/).map((s) => {
    const body = s.replace(/\.$/, '');
    const kept = clean(body.split(/;\s/), '; ');
    return kept ? `${kept.charAt(0).toUpperCase()}${kept.slice(1)}.` : '';
  });
  return clean(sentences, ' ');
}

/** A version as readers should see it: its clean clauses, or failing those the publisher's date. */
export function readersVersion(version: string | null, date: string): string {
  const kept = (version ?? '')
    .split(/[;,]\s/)
    .map((p) => p.trim())
    .filter((p) => p && !speaksSoftware(p));
  return kept.length ? kept.join(', ') : date;
}
