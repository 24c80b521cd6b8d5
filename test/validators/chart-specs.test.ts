import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as vl from 'vega-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_LABELLED_SERIES } from '../../src/charts/line-ends';
import { textWidth } from '../../src/charts/text-width';
import { CHART_CONFIG, CHART_FONT_SIZE, MAX_CHART_WIDTH } from '../../src/charts/theme';
import { build } from '../helpers/build';

const require = createRequire(import.meta.url);

// Every emitted Vega-Lite spec validates against the JSON schema the vega-lite package ships and
// compiles without a warning.
describe('charts/<id>.vl.json', () => {
  let specs: [string, unknown][];
  let svgs: [string, string][];
  beforeAll(async () => {
    const { files } = await build({ dataDir: 'data' });
    specs = [...files].filter(([f]) => f.endsWith('.vl.json')).map(([f, c]) => [f, JSON.parse(c as string)]);
    svgs = [...files].filter(([f]) => f.endsWith('.svg')).map(([f, c]) => [f, c as string]);
  });

  it('print no text under 9 pt: 12 px text, in charts no wider than the printed column (so never scaled down)', () => {
    expect(svgs.length).toBeGreaterThanOrEqual(10);
    for (const [file, svg] of svgs) {
      expect(Number(/<svg[^>]*\bwidth="([\d.]+)"/.exec(svg)?.[1]), `${file} is wider than the column`).toBeLessThanOrEqual(MAX_CHART_WIDTH);
      const sizes = [...svg.matchAll(/font-size="([\d.]+)px"/g)].map((m) => Number(m[1]));
      expect(Math.min(...sizes), `${file} has text under ${CHART_FONT_SIZE} px`).toBeGreaterThanOrEqual(CHART_FONT_SIZE);
    }
  });

  it('set axis labels apart: no two labels of a horizontal axis touch', () => {
    for (const [file, svg] of svgs) {
      for (const group of svg.split('role-axis-label').slice(1)) {
        const text = /<text[^>]*text-anchor="(\w+)"[^>]*transform="translate\(([-\d.]+),([-\d.]+)\)"[^>]*>([^<]*)<\/text>/g;
        const labels = [...group.split('</g>')[0]!.matchAll(text)];
        const byRow = new Map<string, [number, number, string][]>();
        for (const [tag, anchor, x, y, text] of labels) {
          if (tag.includes('opacity="0"')) continue; // thinned out by labelOverlap: not drawn
          const w = textWidth(text!, CHART_FONT_SIZE);
          const left = Number(x) - (anchor === 'middle' ? w / 2 : anchor === 'end' ? w : 0);
          byRow.set(y!, [...(byRow.get(y!) ?? []), [left, left + w, text!]]);
        }
        for (const row of byRow.values()) {
          row.sort((a, b) => a[0] - b[0]);
          for (const [i, b] of row.slice(1).entries()) {
            expect(b[0] - row[i]![1], `${file}: "${row[i]![2]}" touches "${b[2]}"`).toBeGreaterThanOrEqual(4);
          }
        }
      }
    }
  });

  it('draw each line series with its own dash and marker, and name it at the end of its line (six series or fewer)', () => {
    type Channel = { field?: string; scale?: { domain: string[]; range: unknown[] } };
    type Layer = { mark: { type: string }; encoding?: Record<string, Channel>; data?: { values: { label: string[] }[] } };
    const layered = specs.map(([f, s]) => [f, s as { layer?: Layer[] }] as const);
    const lines = layered.filter(([, s]) => s.layer?.some((l) => l.mark.type === 'line'));
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const [file, spec] of lines) {
      const line = spec.layer!.find((l) => l.mark.type === 'line')!;
      const point = spec.layer!.find((l) => l.mark.type === 'point')!;
      const names = line.encoding!.color!.scale!.domain;
      expect(new Set(line.encoding!.strokeDash!.scale!.range.map(String)).size, `${file}: dashes`).toBe(names.length);
      expect(new Set(point.encoding!.shape!.scale!.range).size, `${file}: markers`).toBe(names.length);
      const text = spec.layer!.find((l) => l.mark.type === 'text');
      const labels = text?.data?.values.map((v) => v.label.join(' ')).sort();
      if (names.length <= MAX_LABELLED_SERIES) expect(labels, `${file}: end labels`).toEqual([...names].sort());
    }
  });

  it('validate against the Vega-Lite JSON schema', () => {
    // The package's exports hide the schema file; it sits beside the resolved entry point, in build/.
    const schema = JSON.parse(readFileSync(join(dirname(require.resolve('vega-lite')), 'vega-lite-schema.json'), 'utf8'));
    // The schema's own formats: colours are checked; URIs are accepted as text (our specs carry only $schema).
    const ajv = new Ajv({
      strict: false,
      allErrors: true,
      formats: { uri: true, 'uri-reference': true, 'color-hex': /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/ },
    });
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
      const logger = {
        level: () => logger,
        error: (m: unknown) => warnings.push(String(m)),
        warn: (m: unknown) => warnings.push(String(m)),
        info: () => logger,
        debug: () => logger,
      };
      vl.compile(spec as vl.TopLevelSpec, { config: CHART_CONFIG, logger: logger as never });
      expect(warnings, `${file}: ${warnings.join('; ')}`).toEqual([]);
    }
  });
});
