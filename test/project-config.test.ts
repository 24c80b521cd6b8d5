import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../src/config';
import { EXIT, InputError } from '../src/errors';
import { PROJECT_CONFIG_FILE, readProjectConfig } from '../src/project-config';

function errorOf(text: string | null): InputError {
  const dir = mkdtempSync(join(tmpdir(), 'ssc-config-'));
  if (text !== null) writeFileSync(join(dir, PROJECT_CONFIG_FILE), text);
  try {
    readProjectConfig(dir);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('readProjectConfig', () => {
  it('reads the repository\u2019s report.config.json: the 2026 edition, data to 2025 at most', () => {
    expect(readProjectConfig(ROOT)).toMatchObject({ edition: 2026, latestDataYear: 2025 });
  });

  it('refuses a data cut that is not before the edition', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ssc-config-'));
    writeFileSync(join(dir, 'report.config.json'), JSON.stringify({ edition: 2026, latestDataYear: 2026 }));
    expect(() => readProjectConfig(dir)).toThrow(/latestDataYear must be before edition/);
  });

  it('refuses a missing file, bad JSON, a wrong type and an unknown key, naming the file (exit 1)', () => {
    for (const text of [
      null,
      '{',
      '{"latestDataYear": "2014"}',
      '{"latestDataYear": 2014.5}',
      '{"latestDataYear": 2014, "latest": 1}',
      '{}',
    ]) {
      const e = errorOf(text);
      expect(e.exitCode).toBe(EXIT.data);
      expect(e.message).toMatch(/report\.config\.json: expected \{"latestDataYear": YEAR\}: /);
    }
  });
});
