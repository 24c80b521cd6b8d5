import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/load/read-csv';
import { groupMembers } from '../../src/metrics/group-members';
import { countriesSchema } from '../../src/validate/schemas/countries';
import { tradeGroupsSchema } from '../../src/validate/schemas/trade-groups';
import { validateTable } from '../../src/validate/validate-table';

const COUNTRIES = `iso3,name,m49,region,subregion,intermediate_region,development,ldc,lldc,sids,g77,source,note
ARG,Argentina,032,Americas,Latin America and the Caribbean,South America,developing,0,0,0,1,m49,
BRA,Brazil,076,Americas,Latin America and the Caribbean,South America,developing,0,0,0,1,m49,
USA,United States of America,840,Americas,Northern America,,developed,0,0,0,0,m49,
CHN,China,156,Asia,Eastern Asia,,developing,0,0,0,1,m49,
IND,India,356,Asia,Southern Asia,,developing,0,0,0,1,m49,
JPN,Japan,392,Asia,Eastern Asia,,developed,0,0,0,0,m49,
ZAF,South Africa,710,Africa,Sub-Saharan Africa,Southern Africa,developing,0,0,0,1,m49,
XKX,Kosovo,,,,,,0,0,0,0,m49,Not in M49.
`;
const GROUPS = `id,name,short_name,region,subregions,development,source
lac,Developing Latin America and the Caribbean,Latin America and the Caribbean,,Latin America and the Caribbean,developing,m49
east-south-asia,"Developing Eastern, South-eastern and Southern Asia",East and South Asia,,Eastern Asia;South-eastern Asia;Southern Asia,developing,m49
africa,Africa,Africa,Africa,,,m49
south,Developing economies,All developing economies,,,developing,m49
developed-americas,Developed Americas,Developed Americas,Americas,,developed,m49
everyone,All economies,All,,,,m49
`;
const sources = new Set(['m49']);
const countries = validateTable(readCsv('data/groups/countries.csv', COUNTRIES), countriesSchema, { sources }).rows;
const groups = validateTable(readCsv('data/groups/trade-groups.csv', GROUPS), tradeGroupsSchema, { sources }).rows;
const members = (id: string) => [...groupMembers(groups.find((g) => g.id === id)!, countries)].sort();

describe('groupMembers', () => {
  it('matches a sub-region list and a development status together', () => {
    // Latin America and the Caribbean and developing: ARG, BRA (USA is Northern America)
    expect(members('lac')).toEqual(['ARG', 'BRA']);
    // Eastern or Southern Asia and developing: CHN, IND; JPN is Eastern Asia but developed
    expect(members('east-south-asia')).toEqual(['CHN', 'IND']);
  });

  it('matches a region alone, whatever the development status', () => {
    expect(members('africa')).toEqual(['ZAF']);
  });

  it('matches a region and a development status together', () => {
    expect(members('developed-americas')).toEqual(['USA']);
  });

  it('matches a development status alone; an economy with no status is in no such group', () => {
    // developing: ARG, BRA, CHN, IND, ZAF; XKX has no flag
    expect(members('south')).toEqual(['ARG', 'BRA', 'CHN', 'IND', 'ZAF']);
  });

  it('puts every economy, even one without a region, in a group with no criteria', () => {
    expect(members('everyone')).toEqual(['ARG', 'BRA', 'CHN', 'IND', 'JPN', 'USA', 'XKX', 'ZAF']);
  });

  it('never puts an economy with no M49 region in a regional group', () => {
    for (const id of ['lac', 'east-south-asia', 'africa', 'developed-americas']) expect(members(id), id).not.toContain('XKX');
  });
});
