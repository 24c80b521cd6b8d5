import { describe, expect, it } from 'vitest';
import { blocksAtFoot, blocksOf, underfilledPages } from './page-layout';

describe('blocksOf', () => {
  it('lists headings and captions in order, leaving out the contents and the charts’ data tables', () => {
    const html = [
      '<nav class="contents"><h2>Contents</h2></nav>',
      '<h2 id="a">1. Trade &amp; finance</h2>',
      '<details class="chart-data"><table><caption>Data</caption></table></details>',
      '<table><caption><span class="label">Table 1.1.</span> Shares</caption></table>',
    ].join('\n');
    expect(blocksOf(html)).toEqual([
      { text: '1. Trade & finance', follow: 3 },
      { text: 'Table 1.1. Shares', follow: 4 },
    ]);
  });
});

describe('blocksAtFoot', () => {
  const blocks = [{ text: 'Where their exports go', follow: 3 }];
  const page = (...lines: string[]) => [...lines, '', '    Page 3 of 9', ''].join('\n');

  it('finds a heading on the last lines of its page, the running header and page number aside', () => {
    const pages = ['contents', page('Where their exports go (header)', 'Text.', 'Where their exports go', 'One line.')];
    expect(blocksAtFoot(pages, blocks, 1)).toEqual(['page 2: Where their exports go']);
  });

  it('accepts a heading followed by enough of its text', () => {
    expect(blocksAtFoot(['contents', page('Where their exports go', 'One.', 'Two.')], blocks, 1)).toEqual([]);
  });
});

describe('underfilledPages', () => {
  const word = (y: number, text: string) => `<word xMin="10" yMin="${y}" xMax="20" yMax="${y + 10}">${text}</word>`;
  const pdf = (...pages: string[][]) => pages.map((words) => `<page width="600" height="1000">\n${words.join('\n')}\n</page>`).join('\n');

  it('reports a page filled less than a third unless the next starts a chapter', () => {
    const starts = (t: string) => t.startsWith('2.');
    const bbox = pdf(
      [word(100, 'a'), word(300, 'b')],
      [word(100, 'c'), word(800, 'd')],
      [word(100, '2.'), word(150, 'e')],
      [word(100, 'f')],
    );
    // Type area 100-900. Page 1 reaches 310 (26 %); page 2 precedes a chapter; page 3 reaches 160 (8 %); page 4 is the last.
    expect(underfilledPages(bbox, 100, 1 / 3, starts)).toEqual(['page 1: 26% full', 'page 3: 8% full']);
  });
});
