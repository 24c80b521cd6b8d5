import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { loadTemplates } from '../../src/render/render-html';
import type { ReportModel } from '../../src/render/model';

const MODEL: ReportModel = {
  lang: 'en',
  title: 'T',
  subtitle: 'S',
  edition: 2014,
  currency: [],
  pdf: false,
  notes: ['a', 'b'],
  chapters: [],
  pages: {},
  generator: 'test',
  foreword: null,
  keyMessages: null,
  overview: null,
  verso: { copyright: '', symbol: null, isbn: null, eisbn: null, date: '2014', notes: [] },
  colophon: { generator: 'test', edition: 2014, sources: [] },
};

function templates(partial: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ssc-tpl-'));
  mkdirSync(join(dir, 'partials'));
  writeFileSync(join(dir, 'layout.hbs'), '<html lang="{{lang}}">\n<body>\n{{> notes}}\n</body>\n</html>\n');
  writeFileSync(join(dir, 'partials', 'notes.hbs'), partial);
  writeFileSync(join(dir, 'print.css'), 'p { margin: 0; }\n');
  writeFileSync(join(dir, 'screen.css'), '');
  return dir;
}

function errorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (e) {
    return e as InputError;
  }
  throw new Error('expected an error');
}

describe('templates', () => {
  it('fill the model, escaping text', () => {
    const html = loadTemplates(templates('<ul>\n{{#each notes}}\n<li>{{.}}</li>\n{{/each}}\n</ul>\n')).render({ ...MODEL, notes: ['<b>'] });
    expect(html).toContain('<li>&lt;b&gt;</li>');
  });

  it('name the template file, line and column when a name is missing, in {{name}} and in {{#each name}}', () => {
    const dir = templates('<ul>\n{{#each notez}}\n<li>{{.}}</li>\n{{/each}}\n</ul>\n');
    const e = errorOf(() => loadTemplates(dir).render(MODEL));
    expect(e).toBeInstanceOf(InputError);
    const file = relative(process.cwd(), join(dir, 'partials', 'notes.hbs'));
    expect(e.message).toBe(`${file}:2:1: template error: helper #each: expected a list, an object or null, found undefined`);
    const e2 = errorOf(() => loadTemplates(templates('<p>\n{{titel}}</p>\n')).render(MODEL));
    expect(e2.problems[0]).toMatchObject({ line: 2 });
    expect(e2.message).toContain('"titel" not defined');
  });

  it('name the file and line of a syntax error when they are loaded', () => {
    const e = errorOf(() => loadTemplates(templates('<p>\n{{#if lang}\n</p>\n')));
    expect(e).toBeInstanceOf(InputError);
    expect(e.problems[0]).toMatchObject({ line: 2 });
    expect(e.message).toMatch(/notes\.hbs:2: template error: Parse error on line 2/);
  });
});
