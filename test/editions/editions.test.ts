import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors';
import { build } from '../helpers/build';

// Editions of the real data: the report as of a year, compared with the year before.
describe('editions', () => {
  it.each([1990, 1996, 2005, 2014])('builds the %i edition as of that year', async (edition) => {
    const { files, metrics } = await build({ dataDir: 'data', edition });
    const html = files.get('report.html') as string;
    expect(html).toContain(`<title>State of South-South Cooperation: ${edition} edition, with data to ${edition}</title>`);
    // No data figure of a later year is printed. Two kinds are dated otherwise: group sizes by their
    // classification (M49 2020), and amounts quoted by the year of the document that records a
    // commitment made before the edition (the 1981 Caracas decision as the 2002 report states it).
    const dated = ['vulnerable-group-members', 'quoted-amount'];
    const years = [...(files.get('figures.csv') as string).matchAll(/^[^,]+,([^,]+),[^,]+,(\d{4}),/gm)].filter((m) => !dated.includes(m[1]!)).map((m) => Number(m[2]));
    expect(Math.max(...years)).toBeLessThanOrEqual(edition);
    const trade = metrics.get('trade') as { edition: number };
    expect(trade.edition).toBe(edition);
    if (edition === 1990) expect(html).toContain('This is the first edition the data allow (1990)');
    else expect(html).toContain(`Table 2.1.</span> Figures of the ${edition} edition compared with the ${edition - 1} edition`);
  });

  it('compares year on year with the year before: 2005 against 2004', async () => {
    const { files } = await build({ dataDir: 'data', edition: 2005 });
    const html = files.get('report.html') as string;
    expect(html).toMatch(/data-figure="south-south-export-share-change:south:2005"/);
    expect(html).toContain('Change on 2004 (percentage points)');
  });

  it('refuses an edition outside the data, naming the years it has', async () => {
    await expect(build({ dataDir: 'data', edition: 2020 })).rejects.toThrow(UsageError);
    await expect(build({ dataDir: 'data', edition: 2020 })).rejects.toThrow(/the data covers 1990-2014/);
  });
});
