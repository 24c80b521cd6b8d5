import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { InputError } from './errors';
import * as msg from './messages';

/** The settings kept with the data in the repository, in `report.config.json`. */
export interface ProjectConfig {
  /** Publication year of the default edition, e.g. 2026; it uses data up to the year before. */
  edition: number;
  /**
   * The latest year any data file may hold: a later year in a year column is an error, so that a
   * mistyped year cannot make an edition of its own. Before `edition`: 2025 for the 2026 edition
   * (the WDI population series ends in 2024, GDP and trade directions in 2023, GCDF in 2021).
   * Move both forward for the next edition.
   */
  latestDataYear: number;
}

/** The file, relative to the project's folder (it sits beside package.json). */
export const PROJECT_CONFIG_FILE = 'report.config.json';

const schema = z
  .strictObject({
    edition: z.number().int().min(1900).max(2100).describe('Publication year of the default edition; it uses data up to the year before.'),
    latestDataYear: z.number().int().min(1900).max(2100).describe('The latest year any data file may hold.'),
    // The title-page verso's settings, checked by src/publication.ts.
    publisher: z.string().optional(),
    symbol: z.string().optional(),
    isbn: z.string().optional(),
    eisbn: z.string().optional(),
    date: z.string().optional(),
  })
  .refine((c) => c.latestDataYear < c.edition, {
    message: 'latestDataYear must be before edition: an edition uses data up to the year before it',
  });

const read = new Map<string, ProjectConfig>();

/**
 * Reads and checks `report.config.json` in `root` (once per folder and process). A file that is
 * missing, not JSON or not of the expected shape is an InputError naming the file (exit 1).
 */
export function readProjectConfig(root: string): ProjectConfig {
  const known = read.get(root);
  if (known) return known;
  const file = join(root, PROJECT_CONFIG_FILE);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError([{ file, message: msg.badProjectConfig((error as Error).message) }]);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(the file)'}: ${i.message}`).join('; ');
    throw new InputError([{ file, message: msg.badProjectConfig(detail) }]);
  }
  read.set(root, parsed.data);
  return parsed.data;
}
