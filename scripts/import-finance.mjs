#!/usr/bin/env node
// Re-creates data/finance/ from the unaltered source files in ../shared/data/sources (see each
// SOURCE.md there): China's official finance commitments (AidData GCDF 3.0) and the headline
// facts published about South-South trust funds. Run by hand when a source is updated, never by
// the build. Usage: node scripts/import-finance.mjs [SOURCES_DIR]
import { readSource as read, writeData as write } from './import-lib.mjs';

// 1. AidData GCDF 3.0, China's commitments by recipient and year, constant 2021 US dollars. Only
//    the unadjusted sums (GCDF `amount_constant_usd_2021`) are kept; the values are copied as
//    they are. A 0 is the source's "no recorded commitment of that class", kept as 0.
const gcdf = read('aiddata-gcdf3-china/gcdf3_china_commitments_by_recipient_year.csv')
  .map((r) => ({
    iso3: r.iso3,
    year: r.year,
    oda_usd2021: r.oda_usd2021,
    oof_usd2021: r.oof_usd2021,
    vague_usd2021: r.vof_usd2021,
    source: 'aiddata-gcdf-3.0',
  }))
  .sort((a, b) => a.iso3.localeCompare(b.iso3) || Number(a.year) - Number(b.year));
write('finance/gcdf3-china-commitments.csv', ['iso3', 'year', 'oda_usd2021', 'oof_usd2021', 'vague_usd2021', 'source'], gcdf);

// 2. Fund facts, one source id per publisher page (ids in data/sources.csv). Quotes lose only the
//    quotation marks around them; `as_of` is kept as the transcriber wrote it. `dated` says
//    whether `as_of` names a year; `as_of_year` is that year, for editions to leave later facts out.
const PAGES = {
  'https://unsouthsouth.org/pgtf/': 'unossc-pgtf-page',
  'https://www.southsouth-galaxy.org/funding-mechanisms/pgtf/': 'ssgalaxy-pgtf-page',
  'https://www.unsouthsouth.org/2018/07/26/perez-guerrero-trust-fund-pgtf-2018/': 'unossc-pgtf-2018',
  'https://southsouth-galaxy.org/news/india-contributes-15-5-million-to-india-un-development-partnership-fund-managed-by-unossc/':
    'ssgalaxy-iundpf-2020',
  'https://www.thehindubusinessline.com/news/world/india-to-contribute-usd-100-mn-to-un-partnership-fund/article9946355.ece':
    'hbl-iundpf-2017',
  'http://www.globalissues.org/news/2018/04/23/24128': 'ips-iundpf-2018',
};
const FUNDS = { PGTF: 'pgtf', 'India-UN Development Partnership Fund': 'iundpf' };
// The wording of a fact that the page itself hedges ("about $35,000") is an estimate.
const HEDGE = /\b(about|some|around|approximately|nearly|over)\s+\$?[\d,.]+/i;
const seen = new Map();
const facts = read('pgtf-unossc-facts/south-south-funds-facts.csv').map((r) => {
  const source = PAGES[r.source_url];
  if (!source) throw new Error(`no source id for ${r.source_url}`);
  const fund = FUNDS[r.fund];
  if (!fund) throw new Error(`unknown fund ${r.fund}`);
  // Two pages give the same metric: the transcriber's "earlier"/"later" tells them apart.
  const base = `${fund}-${r.metric.replace(/_/g, '-')}`;
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  const which = /\((earlier|later)\)/.exec(r.as_of)?.[1];
  const id = which ? `${base}-${which}` : n > 1 ? `${base}-${n}` : base;
  const year = /\b(19|20)\d\d\b/.exec(r.as_of)?.[0] ?? '';
  const quote = r.quote.replace(/^"(.*)"$/s, '$1');
  return {
    id,
    fund: r.fund,
    metric: r.metric,
    value: r.value,
    unit: r.unit,
    as_of: r.as_of,
    as_of_year: year,
    dated: String(year !== ''),
    estimate: String(HEDGE.test(quote)),
    quote,
    publisher: r.publisher,
    url: r.source_url,
    source,
  };
});
write(
  'finance/fund-facts.csv',
  ['id', 'fund', 'metric', 'value', 'unit', 'as_of', 'as_of_year', 'dated', 'estimate', 'quote', 'publisher', 'url', 'source'],
  facts,
);
console.log(`china commitments: ${gcdf.length} rows; fund facts: ${facts.length} rows`);
