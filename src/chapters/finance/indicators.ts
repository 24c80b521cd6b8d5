/** The finance chapter's indicator ids and their definitions, for the annex. */
export const FINANCE_INDICATORS: Record<string, string> = {
  'china-commitments':
    'Official finance commitments of China to the recipients of a group (all; developing or ' +
    'developed economies by the M49 2020 flag; an M49 region; the LDCs of the year; LLDCs; ' +
    'SIDS), sum over the flow classes, constant 2021 US dollars (AidData GCDF 3.0). ' +
    'Commitments, not disbursements.',
  'china-commitments-change-pct': 'Per cent change of China\u2019s official finance commitments on the previous year (both years needed).',
  'china-commitments-oda': 'ODA-like official finance commitments of China, constant 2021 US dollars (AidData GCDF 3.0).',
  'china-commitments-oof': 'OOF-like official finance commitments of China, constant 2021 US dollars (AidData GCDF 3.0).',
  'china-commitments-vague':
    'Official finance commitments of China too vaguely described to class as ODA-like or ' +
    'OOF-like, constant 2021 US dollars (AidData GCDF 3.0).',
  'china-commitments-flow-share':
    'A flow class\u2019s commitments as a per cent of all China\u2019s official finance commitments in the year.',
  'china-commitments-share': 'Commitments to a recipient group as a per cent of all China\u2019s official finance commitments in the year.',
  'china-commitments-cumulative':
    'Sum of China\u2019s official finance commitments to a group over the years covered, constant 2021 US dollars.',
  'china-commitments-cumulative-share': 'Commitments to a group over the years covered as a per cent of all commitments over those years.',
  'china-commitments-recipients': 'Recipient economies with an official finance commitment from China in the year.',
  'fund-fact': 'A figure published about a South-South trust fund, as the page states it, with its date where the page gives one.',
  'fund-fact-quoted': 'Another number that the words quoted for a fund fact give beside it.',
  'g77-decision-quoted-amount': 'An amount a decision\u2019s words name besides its own amount.',
  'g77-decision-amount': 'Amount named in a decision, recommendation or proposal on contributions or funds, US dollars as stated.',
};
