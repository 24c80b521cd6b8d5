import { describe, expect, it } from 'vitest';
import { DEFAULT_PUBLICATION } from '../../src/publication';
import { speaksSoftware } from '../../src/render/readers-words';
import { build } from '../helpers/build';

/** The text a reader sees: no markup, styles, scripts or chart drawings. */
function printedText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('the publication speaks to readers', () => {
  it('prints no path, option, code identifier, column type or hash; reviewer aids go to review.html', async () => {
    const publication = { ...DEFAULT_PUBLICATION, symbol: 'SC/SSC/{edition}', isbn: '978-92-9162-000-0', date: '2014-12-15' };
    const { files } = await build({ publication });
    const html = files.get('report.html') as string;
    const text = printedText(html);
    for (const pattern of [
      /\bdata\//,
      /\.csv\b/,
      /\.ts\b/,
      /\bsrc\//,
      /--[a-z]/,
      /\bsome text\b/,
      /\bas_of\b/,
      /\breviewer\b/,
      /indicator:entity/,
    ]) {
      expect(text, String(pattern)).not.toMatch(pattern);
    }
    expect(speaksSoftware(text)).toBe(false);
    const review = files.get('review.html') as string;
    expect(review).toContain('Year-on-year changes of at least');
    expect(review).toContain('Figures shown as not available');
    // The title-page verso, from the publication's settings, and the colophon with the generator's version.
    expect(html).toContain('<dt>Symbol</dt><dd>SC/SSC/2026</dd>');
    expect(html).toContain('<dt>ISBN</dt><dd>978-92-9162-000-0</dd>');
    expect(html).toContain('<dt>Date of publication</dt><dd>15 December 2014</dd>');
    expect(text).toContain(
      'do not imply the expression of any opinion whatsoever on the part of the South Centre concerning the legal status',
    );
    expect(html).toMatch(/<section class="colophon"[\s\S]*ssc-report \d+\.\d+\.\d+/);
  });
});
