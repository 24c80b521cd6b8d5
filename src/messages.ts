/**
 * Every message a user reads, in one place, so that wording stays consistent and tests can
 * assert against these functions rather than copies of their text.
 */

// Loading and validation (exit 1)
export const emptyFile = () => 'the file is empty: expected a header row naming the columns';
export const noRows = () => 'no data: expected at least one row after the header';
export const missingFile = () => 'file not found: expected it in the data folder';
export const unreadableFile = (detail: string) => `cannot read the file: ${clip(detail)}`;
export const notRegularFile = (kind: string) => `not a regular file but ${kind}: expected a CSV file (a symbolic link may point to one)`;
export const fileTooLarge = (bytes: number, limit: number) =>
  `the file is ${size(bytes)}, over the limit of ${size(limit)} per file: expected a smaller file, or raise the limit with --max-file-size`;
export const notUtf8 = (byte: number) =>
  `not valid UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} here is no UTF-8 character ` +
  '(was the file saved as Latin-1 or Windows-1252?): save the file as UTF-8';
export const controlCharacter = (column: string, code: number, value: string) =>
  code === 0xfffd
    ? `${column}: expected text without U+FFFD, the replacement character an earlier conversion left for a character it lost ` +
      `(convert the source to UTF-8 afresh), found it in ${q(value)}`
    : `${column}: expected text without control characters, found ${codePoint(code)} in ${q(value)}`;
export const unclosedQuote = () => 'a quoted cell opens on this line and is never closed: expected a closing "';
// csv-parse's own messages can quote a whole cell: clipped like every quoted value.
export const csvSyntax = (code: string, detail: string) => `not valid CSV (${code}): ${clip(detail, 2 * QUOTE_CHARS)}`;
export const badHeader = (missing: string[], unknown: string[], expected: string[]) =>
  `${[
    missing.length ? `missing column${missing.length > 1 ? 's' : ''} ${missing.map(q).join(', ')}` : '',
    unknown.length ? `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map(q).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ')}: expected the columns ${expected.join(',')}`;
export const wrongCellCount = (found: number, expected: number) => `expected ${expected} cells in the row, found ${found}`;
export const badCell = (column: string, expected: string, found: string) => `${column}: expected ${expected}, found ${q(found)}`;
export const unknownId = (column: string, definedIn: string, id: string) =>
  `${column}: expected an id defined in ${definedIn}, found ${q(id)}`;
export const duplicateObservation = (key: readonly string[], values: string[], firstLine: number) =>
  `duplicated observation: ${key.map((k, i) => `${k}=${clip(values[i] ?? '')}`).join(', ')} is also on line ${firstLine}`;
export const moreProblems = (file: string, n: number) => `... and ${n} more problem${n > 1 ? 's' : ''} in ${file}`;

export const previousUnreadable = (detail: string) => `cannot read the previous edition's figures: ${detail}`;
export const badProjectConfig = (detail: string) => `expected {"latestDataYear": YEAR}: ${clip(detail, 2 * QUOTE_CHARS)}`;
export const yearAfterCut = (latest: number) =>
  Number.isFinite(latest)
    ? `a year from 1900 to ${latest} (latestDataYear in report.config.json: move it forward for newer data)`
    : 'a year from 1900';
export const aboveCeiling = (expected: string, ceiling: string) => `${expected}, at most ${ceiling}`;

// The last line of defence (exit 1): a number that is not finite never reaches print.
export const nonFiniteFigure = (id: string, value: number, text: string) =>
  `figure ${id}: refusing to print ${value} as ${q(text)} in report.html and figures.csv: expected a finite number ` +
  '(an input value out of range or a division by zero upstream)';

// Usage (exit 2)
export const editionOutOfRange = (edition: number, first: number, last: number) =>
  `--edition ${edition}: editions are publication years and use data up to the year before; the data allow editions ${first} to ${last}`;
export const badOption = (detail: string) => `${detail}\nRun with --help to see the options.`;
export const badFileSize = (text: string) => `--max-file-size: expected a size such as 64M, 500K or 1G (or bytes), found ${q(text)}`;
export const unsafeOutput = (dir: string, why: string) =>
  `--out ${q(dir)}: refusing to replace it: ${why}. Nothing was written; give an empty or new folder, or one that holds a previous build`;

// Environment (exit 3)
export const noBrowser = (tried: string[]) =>
  `no Chromium found to print the PDF (looked at $PUPPETEER_EXECUTABLE_PATH and ${tried.join(', ')}).\n` +
  "Install Debian's Chromium with:  sudo apt-get install -y chromium\n" +
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
  `helper ${helper}: expected ${expected}, found ${clip(JSON.stringify(found) ?? String(found))}`;

/** How many characters of a value a message quotes at most; a 200 MB cell must not reach stderr whole. */
export const QUOTE_CHARS = 80;

/**
 * A value quoted for a message: JSON string syntax, with C1 controls escaped too (so a NUL or an
 * escape sequence cannot reach the terminal), clipped to QUOTE_CHARS characters and an ellipsis.
 *
 * @example q('x'.repeat(200)) // '"xxxx…" (200 characters)', with 80 x's
 */
export function q(s: string): string {
  const shown = s.length <= QUOTE_CHARS ? s : `${s.slice(0, QUOTE_CHARS)}…`;
  const quoted = JSON.stringify(shown).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return s.length <= QUOTE_CHARS ? quoted : `${quoted} (${s.length.toLocaleString('en-US')} characters)`;
}

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
export const badFrontMatter = (key: string, value: string, expected: string) =>
  `front matter ${key}: expected ${expected}, found ${q(value)}`;

/**
 * Free text from elsewhere (a parser's message, an OS error) for a message: control characters
 * escaped as in q, cut to `max` characters with an ellipsis and the full length.
 */
export function clip(text: string, max = QUOTE_CHARS): string {
  const shown = text.length <= max ? text : `${text.slice(0, max)}… (${text.length.toLocaleString('en-US')} characters)`;
  return shown.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `1048576` → `"1.0 MiB (1,048,576 bytes)"`. */
function size(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let u = 0;
  while (u < units.length - 1 && bytes >= 1024 ** (u + 1)) u++;
  return u === 0 ? `${bytes} bytes` : `${(bytes / 1024 ** u).toFixed(1)} ${units[u]} (${bytes.toLocaleString('en-US')} bytes)`;
}

/** `0` → `"U+0000 (NUL)"`. */
function codePoint(code: number): string {
  const names: Record<number, string> = { 0: 'NUL', 8: 'backspace', 27: 'ESC', 127: 'DEL' };
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${names[code] ? ` (${names[code]})` : ''}`;
}

/** Chapter warning: topics the founding documents ask to monitor that no data available to the report can measure. */
export const dataGaps = (count: number, edition: number) =>
  `${count} topic${count === 1 ? '' : 's'} that the founding documents dated up to ` +
  `${edition} ask to monitor cannot be measured with the data available (printed as data ` +
  `gaps)`;
