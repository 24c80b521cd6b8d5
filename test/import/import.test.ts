import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { runImport } from '../../src/import/import-cli';

const FIX = join(import.meta.dirname, 'fixtures');

/** A data folder holding only the register of sources and the economies, as an import needs. */
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ssc-import-'));
  cpSync('data/sources.csv', join(dir, 'sources.csv'));
  cpSync('data/groups', join(dir, 'groups'), { recursive: true });
  return dir;
}
const lines = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8').trim().split('\n');

describe('npm run import', () => {
  it('reads the World Bank site download: economies only, its vintage as the source', () => {
    const dir = dataDir();
    const r = runImport('wdi-trade-direction', [join(FIX, 'wb-wide-tx-val-mrch-wr-zs.csv')], dir);
    expect(r.written).toEqual(['trade/wdi-export-direction.csv', 'sources.csv']);
    const rows = lines(dir, 'trade/wdi-export-direction.csv');
    expect(rows[0]).toBe('indicator,iso3,year,value,source');
    expect(rows).toContain('TX.VAL.MRCH.WR.ZS,BRA,2023,12.48816,wdi-trade-2025-07-01');
    expect(rows).toContain('TX.VAL.MRCH.WR.ZS,KEN,2019,34.19258,wdi-trade-2025-07-01');
    expect(rows.filter((l) => l.includes(',AFE,'))).toEqual([]);
    expect(rows).toHaveLength(1 + 15);
    expect(lines(dir, 'sources.csv').at(-1)).toMatch(
      /^wdi-trade-2025-07-01,dataset,"Merchandise exports to low- and middle-income economies within region .*",World Bank,2025-07-01,Last Updated Date 2025-07-01,/,
    );
  });

  it('changes nothing when the same file is imported again', () => {
    const dir = dataDir();
    runImport('wdi-trade-direction', [join(FIX, 'wb-wide-tx-val-mrch-wr-zs.csv')], dir);
    const before = readFileSync(join(dir, 'trade/wdi-export-direction.csv'));
    expect(runImport('wdi-trade-direction', [join(FIX, 'wb-wide-tx-val-mrch-wr-zs.csv')], dir).written).toEqual([]);
    expect(readFileSync(join(dir, 'trade/wdi-export-direction.csv'))).toEqual(before);
  });

  it('replaces one indicator and keeps the others; reads DDF codes such as nld_curacao', () => {
    const dir = dataDir();
    runImport('wdi-trade-direction', [join(FIX, 'wb-wide-tx-val-mrch-wr-zs.csv')], dir);
    runImport('wdi-trade-direction', [join(FIX, 'ddf-tx-val-mrch-or-zs.csv')], dir);
    const rows = lines(dir, 'trade/wdi-export-direction.csv');
    expect(rows).toContain('TX.VAL.MRCH.OR.ZS,BRA,2023,44.61091,wdi-trade-direction-2026');
    expect(rows).toContain('TX.VAL.MRCH.OR.ZS,CUW,2015,99.72439,wdi-trade-direction-2026');
    expect(rows).toContain('TX.VAL.MRCH.WR.ZS,BRA,2023,12.48816,wdi-trade-2025-07-01');
  });

  it('reads GDP from the site download and from the datahub copy, aggregates dropped', () => {
    const a = dataDir();
    runImport('gdp', [join(FIX, 'wb-wide-ny-gdp-mktp-cd.csv')], a);
    expect(lines(a, 'economy/wdi-gdp.csv')).toEqual([
      'iso3,year,gdp_usd,source',
      'ABW,2021,3103184101.5135417,wdi-gdp-2025-07-01',
      'ABW,2022,3544707788.0566425,wdi-gdp-2025-07-01',
      'BRA,2021,1670647399034.6658,wdi-gdp-2025-07-01',
      'BRA,2022,1951923942083.3196,wdi-gdp-2025-07-01',
      'BRA,2023,2173665655937.2737,wdi-gdp-2025-07-01',
    ]);
    const b = dataDir();
    runImport('gdp', [join(FIX, 'datahub-gdp.csv')], b);
    expect(lines(b, 'economy/wdi-gdp.csv').slice(-1)).toEqual(['BRA,2023,2173665655937.2737,wdi-gdp-2026']);
  });

  it('reads the current inputs\u2019 own layouts: COW, penppml Comtrade, AidData, SDG', () => {
    const dir = dataDir();
    runImport('cow', [join(FIX, 'cow-dyadic.csv')], dir);
    expect(lines(dir, 'trade/cow-bilateral-exports.csv')[2]).toBe('1990,AFG,BEL,19,cow-trade-4.0');
    runImport('comtrade', [join(FIX, 'penppml-comtrade.csv')], dir);
    expect(lines(dir, 'trade/comtrade-exports.csv')[4]).toBe('2016,ABW,COL,22653276,penppml-comtrade-0.2.4');
    runImport('aiddata', [join(FIX, 'aiddata-gcdf3.csv')], dir);
    expect(lines(dir, 'finance/gcdf3-china-commitments.csv')[1]).toBe('BHS,2004,0,60767572.768171564,0,aiddata-gcdf-3.0');
    runImport('sdg-17-11-1', [join(FIX, 'sdg-tx-exp-gbmrch.csv')], dir);
    expect(lines(dir, 'trade/sdg-world-trade-shares.csv')).toEqual([
      'indicator,m49,year,value,source',
      'TX.EXP.GBMRCH,199,2020,1.04944,unsd-sdg-17-11-1-2023',
      'TX.EXP.GBMRCH,199,2021,1.05294,unsd-sdg-17-11-1-2023',
    ]);
  });

  it('names file:line and what was expected for a bad download, and leaves data/ as it was', () => {
    const dir = dataDir();
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, readFileSync(join(FIX, 'wb-wide-tx-val-mrch-wr-zs.csv'), 'utf8').replace('"38.18499"', '"n/a"'));
    expect(() => runImport('wdi-trade-direction', [join(FIX, 'ddf-tx-val-mrch-or-zs.csv'), bad], dir)).toThrow(InputError);
    expect(() => runImport('wdi-trade-direction', [bad], dir)).toThrow(`${bad}:8: expected a number for KEN 2021, found "n/a"`);
    expect(existsSync(join(dir, 'trade/wdi-export-direction.csv'))).toBe(false);

    writeFileSync(bad, 'Country,Year,GDP\nBrazil,2023,1\n');
    expect(() => runImport('gdp', [bad], dir)).toThrow(
      /bad\.csv:1: expected the World Bank data site\u2019s CSV.*; or the datahub WDI layout: Country Name,Country Code,Year,Value; found the header "Country,Year,GDP"/,
    );
    writeFileSync(
      bad,
      readFileSync(join(FIX, 'wb-wide-ny-gdp-mktp-cd.csv'), 'utf8').replace('"Country Name","Country Code"', '"Country","Code"'),
    );
    expect(() => runImport('gdp', [bad], dir)).toThrow(
      /bad\.csv:\d+: expected the header "Country Name","Country Code","Indicator Name","Indicator Code"/,
    );
    expect(() => runImport('population', [join(FIX, 'wb-wide-ny-gdp-mktp-cd.csv')], dir)).toThrow(
      /:6: expected the indicator SP\.POP\.TOTL, found NY\.GDP\.MKTP\.CD/,
    );
    expect(existsSync(join(dir, 'economy/wdi-gdp.csv'))).toBe(false);
  });
});
