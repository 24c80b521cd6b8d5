/** What `npm run import` tells the person importing, in one place (tests assert against these). */

export const notNumber = (code: string, year: number, found: string) => `expected a number for ${code} ${year}, found "${found}"`;
export const notNumberIn = (column: string, found: string) => `expected a number in ${column}, found "${found}"`;
export const notYear = (column: string, found: string) => `expected a year such as 2023 in column "${column}", found "${found}"`;
export const notM49 = (found: string) => `expected an M49 code, found "${found}"`;
export const cellCount = (expected: number, found: number) => `expected ${expected} cells as in the header, found ${found}`;
export const wrongIndicator = (expected: readonly string[], found: string) =>
  `expected ${expected.length > 1 ? 'one of the indicators ' : 'the indicator '}${expected.join(', ')}, found ${found}`;
export const fileCount = (what: string, found: number) => `expected one file of ${what}, found ${found}`;
export const oneIndicatorPerFile = (found: string[]) => `expected one indicator per file, found ${found.join(', ')}`;
export const unknownLayout = (expected: string[], header: string) =>
  `expected ${expected.join('; or ')}; found the header "${header.slice(0, 120)}"`;
export const WB_HEADER = ['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code'];
export const noWbHeader = () =>
  `expected the header "${WB_HEADER.join('","')}" and the years, after the four lines of the preamble; found none`;
export const badWbHeader = (found: string[]) => `expected the header to start "${WB_HEADER.join('","')}", found "${found.join('","')}"`;
export const noRows = () => 'expected rows of economies after the header, found none';
export const unreadable = (detail: string) => `not a readable CSV file: ${detail}`;
export const moreProblems = (n: number) => `and ${n} more problems`;
