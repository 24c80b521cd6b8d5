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
export const unsafeOutput = (dir: string, why: string) =>
  `--out ${q(dir)}: refusing to replace it: ${why}. Nothing was written; give an empty or new folder, or one that holds a previous build`;

// Environment (exit 3)
export const noBrowser = (tried: string[]) =>
  `no Chromium found to print the PDF (looked at $PUPPETEER_EXECUTABLE_PATH and ${tried.join(', ')}).\n` +
  'Install Debian\'s Chromium with:  sudo apt-get install -y chromium\n' +
  'or point PUPPETEER_EXECUTABLE_PATH at a Chromium or Chrome binary, or build the HTML only with --no-pdf.';
export const browserFailed = (path: string, detail: string) => `Chromium at ${path} failed to print the PDF: ${detail}`;
export const unwritableOutput = (dir: string, detail: string) => `cannot write the report to ${dir}: ${detail}`;
export const outputLocked = (dir: string, lock: string, pid: string, seconds: number) =>
  `cannot write the report to ${dir}: another run (PID ${pid}) is publishing there and still holds ${lock} after ${seconds} s; ` +
  'try again when it has finished';
export const printTimedOut = (path: string, seconds: number) =>
  `Chromium at ${path} did not finish printing the PDF within ${seconds} s and was stopped; ` +
  'build the HTML only with --no-pdf, or try again';

export const interrupted = (signal: string) =>
  `interrupted by ${signal}: stopped Chromium and published nothing; the previous report is as it was`;

// Recovery (warnings)
export const cacheDamaged = (entry: string, of: string) =>
  `${entry}: damaged cache entry (checksum does not match), discarded; ${of} was made afresh`;
export const restoredOutput = (dir: string, from: string) =>
  `${dir} was missing after a killed run: restored the previous report from ${from}`;
export const removedLeftover = (path: string) => `removed ${path}, left behind by a killed run`;

// Templates (exit 1)
export const templateError = (file: string, detail: string) => `${file}: template error: ${detail}`;
export const helperArgument = (helper: string, expected: string, found: unknown) =>
  `helper ${helper}: expected ${expected}, found ${JSON.stringify(found) ?? String(found)}`;

function q(s: string): string {
  return JSON.stringify(s);
}
