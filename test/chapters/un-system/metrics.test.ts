import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/load/read-csv';
import { dataGapsAsOf } from '../../../src/chapters/un-system/metrics';
import { dataGapsSchema } from '../../../src/validate/schemas/data-gaps';
import { validateTable } from '../../../src/validate/validate-table';

const GAPS = `id,topic,asked_by,source_ref,quote,why_no_data,what_would_measure_it
g1,Trade,doc-1997,para. 31,Trade should be reported.,Not found.,Bilateral trade.
g2,Funds,doc-2005,section: One,Funds should be reported.,Not found.,Contributions.
g3,Staff,doc-2005,section: One,Staff should be reported.,Not found.,Posts.
g4,Both,doc-1997;doc-2005,para. 2,Both ask.,Not found.,Something.
`;
const gaps = validateTable(readCsv('gaps/data-gaps.csv', GAPS), dataGapsSchema, { sources: new Set(['doc-1997', 'doc-2005']) }).rows;
const years = new Map([
  ['doc-1997', 1997],
  ['doc-2005', 2005],
]);

describe('dataGapsAsOf', () => {
  it('keeps every gap once a document dated up to the edition asks for it, and counts them by document', () => {
    const m = dataGapsAsOf(gaps, years, 2014);
    expect(m.gaps.map((g) => g.id)).toEqual(['g1', 'g2', 'g3', 'g4']);
    // doc-1997 asks for g1 and g4; doc-2005 for g2, g3 and g4 (g4 is counted under both documents)
    expect(m.byDocument).toEqual([
      { source: 'doc-1997', year: 1997, count: 2 },
      { source: 'doc-2005', year: 2005, count: 3 },
    ]);
  });

  it('leaves out gaps that only later documents ask for', () => {
    // 2000: g1 (1997) and g4 (asked in 1997 already); g2 and g3 come from the 2005 document
    const m = dataGapsAsOf(gaps, years, 2000);
    expect(m.gaps.map((g) => g.id)).toEqual(['g1', 'g4']);
    expect(m.byDocument).toEqual([{ source: 'doc-1997', year: 1997, count: 2 }]);
  });

  it('has no gaps before the first document', () => {
    expect(dataGapsAsOf(gaps, years, 1995)).toEqual({ edition: 1995, gaps: [], byDocument: [] });
  });
});
