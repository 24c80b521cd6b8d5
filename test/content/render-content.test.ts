import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderContent } from '../../src/content/render-content';
import { InputError } from '../../src/errors';
import { type FigureKind, Ledger } from '../../src/figures/ledger';
import * as msg from '../../src/messages';
import { placeAnalysis } from '../../src/render/place-analysis';

const T = { unchangedPoints: 0.1, unchangedPercent: 1 };

/** A ledger of a share that rose, an amount that fell and their changes. */
function ledger(): Ledger {
  const l = new Ledger();
  const add = (indicator: string, entity: string, period: string, value: number, unit: string, text: string, kind: FigureKind = 'level') =>
    l.add({ indicator, entity, period, value, unit, source: 's', text, kind, base: indicator.replace(/-change(-pct)?$/, '') });
  add('share', 'south', '2013', 54.6, 'per cent', '54.6');
  add('share', 'south', '2014', 55.3, 'per cent', '55.3');
  add('share-change', 'south', '2014', 0.7, 'percentage points', '+0.7', 'change');
  add('money', 'all', '2014', 83.6, 'constant 2021 US dollars', '$83.6 billion');
  add('money-change-pct', 'all', '2014', -25.6, 'per cent', '-25.6', 'pct-change');
  return l;
}

/** Writes files into a fresh content folder; returns it relative to the working directory, as the CLI shows it. */
function content(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ssc-content-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return relative(process.cwd(), dir);
}

function problems(dir: string): string[] {
  try {
    renderContent(dir, 2014, ledger(), T, ['trade']);
  } catch (error) {
    if (error instanceof InputError) return error.message.split('\n');
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('renderContent', () => {
  it('prints {{figure}} marked with its id, and {{change}} in the house words', () => {
    const dir = content({
      'overview.md':
        'The share {{change "share:south:2014"}}; finance {{change "money:all:latest"}}. It was {{figure "share:south:2013"}} per cent before.\n',
    });
    const html = renderContent(dir, 2014, ledger(), T, []).front.overview!.html;
    expect(html).toContain(
      'The share rose by <span data-figure="share-change:south:2014">0.7</span> percentage points to <span data-figure="share:south:2014">55.3</span> per cent;',
    );
    expect(html).toContain(
      'finance fell by <span data-figure="money-change-pct:all:2014">25.6</span> per cent to <span data-figure="money:all:2014">$83.6 billion</span>.',
    );
    expect(html).toContain('<span data-figure="share:south:2013">54.6</span> per cent before.');
  });

  it('fails on an unknown id at content/FILE.md:line:column, every problem listed', () => {
    const dir = content({
      'key-messages.md': '# Key\n\nThe share was {{figure "share:north:2014"}}.\nAnd {{change "nothing:all:2014"}}.\n',
    });
    const lines = problems(dir);
    expect(lines).toEqual([
      `${dir}/key-messages.md:3:25: ${msg.unknownFigure('share:north:2014', ['share:south:2014', 'share:south:2013'])}`,
      `${dir}/key-messages.md:4:15: ${msg.unknownFigure('nothing:all:2014', [])}`,
    ]);
  });

  it('fails on a trend word the cited figure contradicts, and accepts one it bears out', () => {
    const dir = content({
      'trade.md':
        'Line one.\n\nFinance rose to {{figure "money:all:2014"}}, and the share grew to {{figure "share:south:2014"}} per cent.\n',
    });
    expect(problems(dir)).toEqual([`${dir}/trade.md:3:9: ${msg.trendContradicted('rose', 'money:all:2014', 'fell')}`]);
    const ok = content({ 'trade.md': 'Finance fell to {{figure "money:all:2014"}}; it rose from {{figure "money:all:2014"}} before.\n' });
    expect(() => renderContent(ok, 2014, ledger(), T, ['trade'])).not.toThrow();
  });

  it('warns of a number typed by hand that matches no cited figure, not of years, symbols or cited text', () => {
    const dir = content({
      'overview.md':
        'The share, {{figure "share:south:2014"}} per cent (55.3 as typed), passed 54.6 and 12,000 in 1997 (G-77, A/C.2/54/L.5, para. 48).\n',
    });
    const { warnings } = renderContent(dir, 2014, ledger(), T, []);
    expect(warnings).toEqual([
      `${dir}/overview.md:1:75: ${msg.handTypedNumber('54.6', ['share:south:2013'])}`,
      `${dir}/overview.md:1:84: ${msg.handTypedNumber('12,000', [])}`,
    ]);
  });

  it('renders CommonMark with tables and footnotes, escapes raw HTML and shifts headings under the section', () => {
    const dir = content({
      'overview.md':
        '---\ntitle: At a glance\n---\n# Part\n\n*a* <script>x</script>[^n]\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^n]: A note.\n',
    });
    const { front } = renderContent(dir, 2014, ledger(), T, []);
    expect(front.overview!.title).toBe('At a glance');
    const html = front.overview!.html;
    expect(html).toContain('<h3>Part</h3>');
    expect(html).toContain('<em>a</em> &lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('<table class="content-table">');
    expect(html).toMatch(/<section class="footnotes">[\s\S]*A note\./);
    expect(html).toContain('id="fnref-overview-1"');
  });

  it("takes an edition's own file over the common one, and leaves out a part an empty one replaces", () => {
    const dir = content({
      'overview.md': 'Common.\n',
      'foreword.md': 'Foreword.\n',
      '2014/overview.md': 'For 2014.\n',
      '2014/foreword.md': '',
    });
    const { front } = renderContent(dir, 2014, ledger(), T, []);
    expect(front.overview!.html).toBe('<p>For 2014.</p>');
    expect(front.foreword).toBeUndefined();
    expect(renderContent(dir, 2013, ledger(), T, []).front.overview!.html).toBe('<p>Common.</p>');
  });

  it('refuses a file with no place in the report, and a box without its chapter', () => {
    const dir = content({ 'summary.md': 'x\n', 'box-a.md': '---\nchapter: nowhere\n---\ny\n' });
    expect(problems(dir)).toEqual([
      `${dir}/box-a.md:1:1: ${msg.badFrontMatter('chapter', 'nowhere', 'a chapter id (trade)')}`,
      `${dir}/summary.md:1:1: ${msg.unknownContentFile('summary', ['foreword', 'key-messages', 'overview', 'trade'])}`,
    ]);
  });
});

describe('placeAnalysis', () => {
  const chapter = [
    '<section class="chapter" id="trade">',
    '<h2>3. Trade</h2>',
    '<p>Opening.</p>',
    '<blockquote>',
    '<p>Quoted.</p>',
    '</blockquote>',
    '<h3>Part</h3>',
    '<p>More.</p>',
    '</section>',
  ].join('\n');
  it('puts the analysis after the generated opening, at the start or at the end', () => {
    const at = (placement: 'opening' | 'start' | 'end') => placeAnalysis(chapter, { html: 'A', placement }).split('\n').indexOf('A');
    expect(at('opening')).toBe(6);
    expect(at('start')).toBe(2);
    expect(at('end')).toBe(8);
    expect(placeAnalysis(chapter, null)).toBe(chapter);
  });
});

describe('front matter from:', () => {
  it('leaves a text out of the editions published before the one it is written for', () => {
    const dir = content({ 'overview.md': '---\nfrom: 2015\n---\nThe share {{change "share:south:2014"}}.\n' });
    expect(renderContent(dir, 2014, ledger(), T, []).front.overview).toBeUndefined();
    expect(renderContent(dir, 2015, ledger(), T, []).front.overview?.html).toMatch(
      /rose by <span data-figure="share-change:south:2014">\+?0.7<\/span> percentage points to/,
    );
  });

  it('is a year, or an error at the file', () => {
    const dir = content({ 'overview.md': '---\nfrom: soon\n---\nText.\n' });
    expect(() => renderContent(dir, 2015, ledger(), T, [])).toThrow(InputError);
  });
});
