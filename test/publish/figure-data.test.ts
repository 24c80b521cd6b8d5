import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/figures/ledger';
import { figureData } from '../../src/publish/figure-data';

const ledger = new Ledger();
ledger.add({
  indicator: 'share',
  entity: 'lac',
  period: '2014',
  value: 18.74321,
  unit: 'per cent',
  source: 'cow-trade-4.0;un-m49-2020',
  text: '18.7',
});

const html = [
  '<figure class="chart" id="trade-shares">',
  '<p class="downloads">Download: <a href="data/trade-shares.csv" download>Data (CSV)</a></p>',
  '<details class="chart-data">',
  '<figure class="table-figure" id="trade-shares-data">',
  '<table>',
  '<caption>Data</caption>',
  '<thead>',
  '<tr><th scope="col">Year</th><th scope="col">Latin America &amp; the Caribbean</th><th scope="col">Note</th></tr>',
  '</thead>',
  '<tbody>',
  '<tr><th scope="row">2014</th><td data-figure="share:lac:2014">18.7</td><td>as <q>reported</q>,<br>rounded</td></tr>',
  '</tbody>',
  '</table>',
  '</figure>',
  '</details>',
  '</figure>',
  '<figure class="table-figure" id="unlinked"><table><thead><tr><th>A</th></tr></thead><tbody></tbody></table></figure>',
].join('\n');

describe('figureData', () => {
  const files = figureData(html, ledger);

  it('writes one file per linked figure, a chart from its data table, and none for what is not linked', () => {
    expect([...files.keys()]).toEqual(['data/trade-shares.csv']);
  });

  it('gives each cell its text as printed and, for a figure, the ledger value, unit, sources and id', () => {
    expect(files.get('data/trade-shares.csv')).toBe(
      [
        'row,column,text,value,unit,source,figure_id',
        '2014,Latin America & the Caribbean,18.7,18.74321,per cent,cow-trade-4.0;un-m49-2020,share:lac:2014',
        '2014,Note,"as reported, rounded",,,,',
        '',
      ].join('\n'),
    );
  });
});
