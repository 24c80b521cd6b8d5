import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { normalizeConfig, TEMPLATES_DIR } from '../../src/config';
import { PreviewBuilder } from '../../src/preview/preview-builder';
import { readPublication } from '../../src/publication';
import { build, SMALL, SMALL_CONTENT } from '../helpers/build';

describe('PreviewBuilder', () => {
  it('serves the same page as the build, from its slots, after each kind of edit', async () => {
    const { files } = await build();
    const builder = new PreviewBuilder(
      normalizeConfig({ dataDir: SMALL, contentDir: SMALL_CONTENT, publication: readPublication('report.config.json') }),
    );
    const expected = files.get('report.html');
    expect((await builder.rebuild(new Set())).html).toBe(expected);
    expect((await builder.rebuild(new Set(['content']))).html).toBe(expected);
    expect((await builder.rebuild(new Set(['templates']))).html).toBe(expected);
    expect(
      (await builder.rebuild(new Set(['templates']), [join(TEMPLATES_DIR, 'partials', 'written.hbs'), join(TEMPLATES_DIR, 'layout.hbs')]))
        .html,
    ).toBe(expected);
    expect((await builder.rebuild(new Set(['data']))).html).toBe(expected);
  }, 120_000);
});
