/**
 * Errors the CLI turns into exit codes. Each carries what a user needs to fix the cause: a data
 * problem names file:line:column, a usage problem names the option, an environment problem names
 * the command that installs what is missing. Message texts live in `messages.ts`.
 */

/** Exit codes of `npm run report`, documented in `--help` and the README. */
export const EXIT = { ok: 0, data: 1, usage: 2, environment: 3 } as const;

/** An error with the exit code the CLI should end with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** One problem at a place in an input file; lines and columns are 1-based. */
export interface Problem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** Formats a problem as `file:line:column: message`, the form editors and terminals link. */
export function formatProblem(p: Problem): string {
  const place = [p.file, p.line, p.column].filter((x) => x !== undefined).join(':');
  return `${place}: ${p.message}`;
}

/** Bad data or templates (exit 1): every problem found, not just the first. */
export class InputError extends CliError {
  constructor(
    readonly problems: Problem[],
    /** Lines printed after the problems, such as how many more were not listed. */
    readonly notes: string[] = [],
  ) {
    super([...problems.map(formatProblem), ...notes].join('\n'), EXIT.data);
  }
}

/** Bad command line (exit 2). */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.usage);
  }
}

/** Something the machine lacks or refuses: no browser, unwritable output (exit 3). */
export class EnvironmentError extends CliError {
  constructor(message: string) {
    super(message, EXIT.environment);
  }
}
