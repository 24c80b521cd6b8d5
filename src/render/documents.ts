import type { Ledger } from '../figures/ledger';
import { formatNumber } from './format';
import type { Sentence } from './narrative';

/**
 * Short names of the founding documents for references inside tables ("Secretary-General,
 * para. 51"); the full citation is in each table's source line. A source without one here is
 * cited in full.
 */
export const SHORT_NAMES: Record<string, string> = {
  'sj-1997': 'San José Declaration and Plan of Action',
  'a-c2-54-l5': 'draft resolution A/C.2/54/L.5',
  'sg-2002': 'Secretary-General',
  'sc-2005': 'South Centre, G-77/IFCC-XI/3',
  'ny-2007': 'Chair\u2019s Summary, New York',
};

/** "para. 51" stays; "section: The need for …" → "section “The need for …”". */
export function formatRef(ref: string): string {
  const section = /^section: (.*)$/.exec(ref);
  return section ? `section \u201c${section[1]}\u201d` : ref;
}

/**
 * A text quoted or transcribed from a document, with every dollar amount in it registered as a
 * figure of that document ("$1,000", "$10 million", "US$1 billion"), so that the amounts a
 * quote prints are in the ledger like any other number. The figure's id names the document and
 * the amount, so the same amount quoted twice from one document is one figure.
 */
export function withAmounts(text: string, ledger: Ledger, source: string, year: number): Sentence {
  const out: Sentence = [];
  let last = 0;
  for (const m of text.matchAll(AMOUNT)) {
    const value = Number(m[1]!.replace(/,/g, '')) * (m[2] === 'billion' ? 1e9 : m[2] === 'million' ? 1e6 : 1);
    out.push(text.slice(last, m.index));
    out.push(
      ledger.add({
        indicator: 'quoted-amount',
        entity: `${source}.usd-${formatNumber(value, 0).replace(/,/g, '')}`,
        period: String(year),
        value,
        unit: 'United States dollars',
        source,
        text: m[0],
      }),
    );
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out.filter((p) => p !== '');
}

/** A dollar amount as documents write it: "$1,000", "US$10 million". */
const AMOUNT = /(?:US)?\$(\d[\d,]*(?:\.\d+)?)(?: (million|billion))?/g;
