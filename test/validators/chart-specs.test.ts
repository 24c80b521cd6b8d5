import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as vl from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHART_CONFIG } from '../../src/charts/theme';
import { build } from '../helpers/build';

const require = createRequire(import.meta.url);

// Every emitted Vega-Lite spec validates against the JSON schema the vega-lite package ships and
// compiles without a warning.
describe('charts/<id>.vl.json', () => {
  let specs: [string, unknown][];
  beforeAll(async () => {
    const { files } = await build({ dataDir: 'data' });
    specs = [...files].filter(([f]) => f.endsWith('.vl.json')).map(([f, c]) => [f, JSON.parse(c as string)]);
  });

  it('validate against the Vega-Lite JSON schema', () => {
    // The package's exports hide the schema file; it sits beside the resolved entry point, in build/.
    const schema = JSON.parse(readFileSync(join(dirname(require.resolve('vega-lite')), 'vega-lite-schema.json'), 'utf8'));
    // The schema's own formats: colours are checked; URIs are accepted as text (our specs carry only $schema).
    const ajv = new Ajv({ strict: false, allErrors: true, formats: { uri: true, 'uri-reference': true, 'color-hex': /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/ } });
    const validate = ajv.compile(schema);
    expect(specs.length).toBeGreaterThanOrEqual(4);
    for (const [file, spec] of specs) {
      const ok = validate(spec);
      expect(ok, `${file}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`).toBe(true);
    }
  });

  it('compile without warnings', () => {
    for (const [file, spec] of specs) {
      const warnings: string[] = [];
      const logger = { level: () => logger, error: (m: unknown) => warnings.push(String(m)), warn: (m: unknown) => warnings.push(String(m)), info: () => logger, debug: () => logger };
      vl.compile(spec as vl.TopLevelSpec, { config: CHART_CONFIG, logger: logger as never });
      expect(warnings, `${file}: ${warnings.join('; ')}`).toEqual([]);
    }
  });
});
