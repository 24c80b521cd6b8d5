import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineChapter, type ChapterSpec } from '../../src/chapters/chapter';
import { CHAPTERS } from '../../src/chapters';
import { CHAPTERS_DIR, normalizeConfig, TEMPLATES_DIR } from '../../src/config';
import { loadTables } from '../../src/load/load-tables';
import { buildModel } from '../../src/render/build-model';
import { loadTemplates } from '../../src/render/render-html';
import { DATA_FILES, validateData } from '../../src/validate/validate-data';
import { SMALL } from '../helpers/build';

/** A chapter a contributor might add: one figure, one table. */
const inserted = defineChapter({
  id: 'population',
  metrics: () => null,
  charts: () => [],
  model: ({ number, ledger }) => ({
    id: 'population',
    number,
    title: 'Population',
    partial: 'chapter-population',
    table: {
      id: 'population-table',
      label: `Table ${number}.1`,
      caption: 'Population',
      head: ['Group', 'Millions'],
      rows: [
        {
          label: 'Developing economies',
          cells: [
            ledger.add({
              indicator: 'population',
              entity: 'south',
              period: '2014',
              value: 1,
              unit: 'millions',
              source: 'wdi-pop',
              text: '1.0',
            }),
          ],
        },
      ],
      source: 'Source: test.',
      notes: [],
    },
  }),
});

async function render(chapters: ChapterSpec[]): Promise<string> {
  const { tables } = await loadTables(SMALL, DATA_FILES, false);
  const data = validateData(tables);
  const options = { edition: 2014, publication: 2015, growthWindow: 10 };
  const metrics = new Map(chapters.map((c) => [c.id, c.metrics(data, options)]));
  const charts = chapters.flatMap((c) => c.charts(data, metrics.get(c.id), options)).map((c) => ({ ...c, svg: '<svg></svg>' }));
  const { model } = buildModel(chapters, data, metrics, charts, options, normalizeConfig(), 'test', null);
  const dir = mkdtempSync(join(tmpdir(), 'ssc-insert-'));
  writeFileSync(
    join(dir, 'population.hbs'),
    '<section class="chapter" id="{{id}}">\n<h2>{{heading}}</h2>\n{{> table table}}\n</section>\n',
  );
  const partials = new Map(
    chapters.map((c) => [`chapter-${c.id}`, c === inserted ? join(dir, 'population.hbs') : join(CHAPTERS_DIR, c.id, `${c.id}.hbs`)]),
  );
  return loadTemplates(TEMPLATES_DIR, partials).render(model);
}

const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
const label = (html: string, id: string) => new RegExp(`id="${id}"[^]*?<span class="label">([^<]+)</span>`).exec(html)?.[1];

describe('inserting a chapter', () => {
  it('renumbers the chapters after it but changes no other chapter\u2019s anchors', async () => {
    const at = CHAPTERS.findIndex((c) => c.id === 'trade') + 1;
    const before = await render(CHAPTERS);
    const after = await render([...CHAPTERS.slice(0, at), inserted, ...CHAPTERS.slice(at)]);
    const added = ids(after).filter((id) => !ids(before).includes(id));
    expect(added.sort()).toEqual(['population', 'population-table']);
    expect(ids(after).filter((id) => !added.includes(id))).toEqual(ids(before));
    // Trade keeps its number; the chapter after it moves up by one, and so do its tables' labels.
    expect(label(after, 'trade-latest')).toBe(label(before, 'trade-latest'));
    expect(label(before, 'vulnerable-growth-table')).toBe('Table 5.1.');
    expect(label(after, 'vulnerable-growth-table')).toBe('Table 6.1.');
  });
});
