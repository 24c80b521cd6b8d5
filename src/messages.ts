/**
 * Every message a user reads, in one place, so that wording stays consistent and tests can
 * assert against these functions rather than copies of their text.
 */

// Loading and validation (exit 1)
export const emptyFile = () => 'the file is empty: expected a header row naming the columns';
export const noRows = () => 'no data: expected at least one row after the header';
export const missingFile = () => 'file not found: expected it in the data folder';
export const unclosedQuote = () => 'a quoted cell opens on this line and is never closed: expected a closing "';
export const csvSyntax = (code: string, detail: string) => `not valid CSV (${code}): ${detail}`;
export const badHeader = (missing: string[], unknown: string[], expected: string[]) =>
  [
    missing.length ? `missing column${missing.length > 1 ? 's' : ''} ${missing.map(q).join(', ')}` : '',
    unknown.length ? `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map(q).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ') + `: expected the columns ${expected.join(',')}`;
export const wrongCellCount = (found: number, expected: number) => `expected ${expected} cells in the row, found ${found}`;
export const badCell = (column: string, expected: string, found: string) => `${column}: expected ${expected}, found ${q(found)}`;
export const unknownId = (column: string, definedIn: string, id: string) => `${column}: expected an id defined in ${definedIn}, found ${q(id)}`;
export const duplicateObservation = (key: readonly string[], values: string[], firstLine: number) =>
  `duplicated observation: ${key.map((k, i) => `${k}=${values[i]}`).join(', ')} is also on line ${firstLine}`;
export const moreProblems = (file: string, n: number) => `... and ${n} more problem${n > 1 ? 's' : ''} in ${file}`;

export const previousUnreadable = (detail: string) => `cannot read the previous edition's figures: ${detail}`;

// Usage (exit 2)
export const editionOutOfRange = (edition: number, first: number, last: number) =>
  `--edition ${edition}: the data covers ${first}-${last}; choose an edition from ${first} to ${last}`;
export const badOption = (detail: string) => `${detail}\nRun with --help to see the options.`;

// Environment (exit 3)
export const noBrowser = (tried: string[]) =>
  `no Chromium found to print the PDF (looked at $PUPPETEER_EXECUTABLE_PATH and ${tried.join(', ')}).\n` +
  'Install Debian\'s Chromium with:  sudo apt-get install -y chromium\n' +
  'or point PUPPETEER_EXECUTABLE_PATH at a Chromium or Chrome binary, or build the HTML only with --no-pdf.';
export const browserFailed = (path: string, detail: string) => `Chromium at ${path} failed to print the PDF: ${detail}`;
export const unwritableOutput = (dir: string, detail: string) => `cannot write the report to ${dir}: ${detail}`;

// Templates (exit 1)
export const templateError = (file: string, detail: string) => `${file}: template error: ${detail}`;
export const helperArgument = (helper: string, expected: string, found: unknown) =>
  `helper ${helper}: expected ${expected}, found ${JSON.stringify(found) ?? String(found)}`;

// Content: the Markdown people write (exit 1 for errors; warnings are listed after the build)
export const unknownCitation = (name: string) =>
  `unknown citation {{${name} …}}: expected {{figure "ID"}}, {{change "ID"}}, {{period "ID"}} or {{edition}}`;
export const unknownFigure = (id: string, near: string[]) =>
  `no figure ${q(id)} in the figures ledger: expected an id indicator:entity:period of figures.csv` +
  (near.length ? ` (such as ${near.map(q).join(', ')})` : `; this edition has no figure of indicator ${q(id.split(':')[0] ?? id)}`);
export const noChangeFigure = (id: string) =>
  `{{change}} of ${q(id)}: expected the id of a level, found that of a change; cite a change with {{figure}}`;
export const trendContradicted = (word: string, id: string, actual: string) =>
  `${q(word)} beside {{…"${id}"}}, but the figure ${actual}: write what the figure shows`;
export const handTypedNumber = (n: string, ids: string[]) =>
  `the number ${q(n)} is typed by hand and matches no figure this file cites: cite it with {{figure "ID"}}` +
  (ids.length ? ` (the ledger prints ${q(n)} for ${ids.map(q).join(', ')})` : '') +
  ' so that it follows the data';
export const unknownContentFile = (name: string, expected: string[]) =>
  `no place in the report for ${q(name)}: expected one of ${expected.join(', ')}, or a name starting with "box-"`;
export const unclosedFrontMatter = () => 'front matter opens with --- and is never closed: expected a line --- after it';
export const badFrontMatterLine = (line: string) => `front matter: expected "key: value", found ${q(line)}`;
export const badFrontMatter = (key: string, value: string, expected: string) => `front matter ${key}: expected ${expected}, found ${q(value)}`;

function q(s: string): string {
  return JSON.stringify(s);
}
