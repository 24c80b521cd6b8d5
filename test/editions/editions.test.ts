import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors';
import { build } from '../helpers/build';

// Editions of the real data: an edition is its publication year and uses data to the year before.
describe('editions', () => {
  it.each([1991, 1997, 2006, 2015, 2026])('builds the %i edition with data to the year before', async (edition) => {
    const { files, metrics } = await build({ dataDir: 'data', edition });
    const html = files.get('report.html') as string;
    expect(html).toContain(`<title>State of South-South Cooperation: ${edition} edition</title>`);
    // No data figure of the publication year or later is printed. Two kinds are dated otherwise: group
    // sizes by their classification (M49 2020), and amounts quoted by the year of the document that
    // records a commitment made before the edition (the 1981 Caracas decision as the 2002 report states it).
    const dated = ['vulnerable-group-members', 'quoted-amount'];
    const years = [...(files.get('figures.csv') as string).matchAll(/^[^,]+,([^,]+),[^,]+,(\d{4}),/gm)]
      .filter((m) => !dated.includes(m[1]!))
      .map((m) => Number(m[2]));
    expect(Math.max(...years)).toBeLessThanOrEqual(edition - 1);
    // The bilateral series reach the data year, or 2014 where the Correlates of War data end.
    expect((metrics.get('trade') as { edition: number }).edition).toBe(Math.min(edition - 1, 2014));
    if (edition === 1991) expect(html).toContain('This is the first edition the data allow (1991)');
    else expect(html).toContain(`Table 2.1.</span> Figures of the ${edition} edition compared with the ${edition - 1} edition`);
  });

  it('holds each chapter at its own latest year in the 2026 edition', async () => {
    const { files } = await build({ dataDir: 'data', edition: 2026 });
    const csv = files.get('figures.csv') as string;
    const value = (id: string) => Number(new RegExp(`^${id},[^,]*,[^,]*,[^,]*,([^,]*),`, 'm').exec(csv)?.[1]);
    // Hand-checked with python3 from the raw shared files (WDI DDF, SDG DDF, AidData aggregates).
    expect(value('exports-to-lmic-share:south:2023')).toBeCloseTo(41.1755, 3);
    expect(value('exports-to-lmic-share:ldc:2023')).toBeCloseTo(51.1992, 3);
    expect(value('within-region-lmic-export-share:sub-saharan-africa:2023')).toBeCloseTo(21.7007, 3);
    expect(value('world-export-share:ldc:2021')).toBeCloseTo(1.05294, 5);
    expect(value('world-export-share:sids:2021')).toBeCloseTo(2.27613, 4);
    expect(value('china-commitments:all:2021')).toBeCloseTo(78558601648.98, 0);
    expect(csv).toMatch(/^south-south-export-share:south:2014,/m);
    expect(csv).not.toMatch(/^south-south-export-share:south:2015,/m);
    const html = files.get('report.html') as string;
    expect(html).toContain('<p class="cover-subtitle">2026 edition</p>');
    expect(html).toContain('<li>Exports to low- and middle-income economies: 2023</li>');
    expect(html).toContain('<li>Finance for cooperation: 2021</li>');
  });

  it('compares year on year with the year before: the 2006 edition, 2005 against 2004', async () => {
    const { files } = await build({ dataDir: 'data', edition: 2006 });
    const html = files.get('report.html') as string;
    expect(html).toMatch(/data-figure="south-south-export-share-change:south:2005"/);
    expect(html).toContain('Change on 2004 (percentage points)');
  });

  it('refuses an edition outside the data, naming the editions it allows', async () => {
    await expect(build({ dataDir: 'data', edition: 2027 })).rejects.toThrow(UsageError);
    await expect(build({ dataDir: 'data', edition: 1990 })).rejects.toThrow(/the data allow editions 1991 to 2026/);
  });
});
