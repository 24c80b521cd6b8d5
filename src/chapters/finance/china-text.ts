/** The sentences on China's commitments: the summary of the latest year, then the shares by recipient group. */
import type { Ledger } from '../../figures/ledger';
import { formatNumber } from '../../render/format';
import type { Sentence, Thresholds } from '../../render/narrative';
import type { Data } from '../../validate/validate-data';
import { type CommitmentFigures, GCDF } from './china-figures';
import { type FinanceMetrics, groupsByKind } from './metrics';
import { commitmentSentence, developedSentence, partsList } from './narrative';
import { FLOW_CLASSES } from './sums';

/** The LDCs, LLDCs and SIDS as running text names them. */
export const GROUP_ABBR: Record<string, string> = {
  ldc: 'least developed countries (LDCs)',
  lldc: 'landlocked developing countries (LLDCs)',
  sids: 'small island developing States (SIDS)',
};

/** The summary and the group sentences of the latest year `y` of the span. */
export function commitmentSentences(
  data: Data,
  ledger: Ledger,
  m: FinanceMetrics,
  f: CommitmentFigures,
  t: Thresholds,
  y: number,
): { summary: Sentence[]; groups: Sentence[] } {
  const { totalFig, changeFig, groupFig, groupChange, shareFig, pct } = f;
  const { developing, developed, regions, status } = groupsByKind(m.groups);
  const nameOf = (iso3: string) => data.countries.rows.find((c) => c.iso3 === iso3)?.name ?? iso3;
  const summary: Sentence[] = [];
  const groups: Sentence[] = [];
  // The headline is what went to developing economies: the M49 2020 flag the rest of the report uses.
  if (developing && developed) {
    summary.push(
      commitmentSentence(
        'China\u2019s official finance commitments to developing economies, in constant 2021 dollars,',
        y,
        developing.points,
        groupFig(developing, y),
        groupChange(developing, y),
        t,
      ),
    );
    summary.push(
      developedSentence(
        y,
        groupFig(developed, y),
        groupFig(developed, y - 1),
        totalFig(y),
        changeFig(y),
        m.developedRecipients.map(nameOf).sort((a, b) => a.localeCompare(b, 'en')),
      ),
    );
  } else
    summary.push(
      commitmentSentence(
        'China\u2019s official finance commitments to the recipients covered, in constant 2021 dollars,',
        y,
        m.total,
        totalFig(y),
        changeFig(y),
        t,
      ),
    );
  const flowShares = FLOW_CLASSES.map((f) => ({
    name: f.id === 'vague' ? 'vague official finance' : f.name,
    share: pct('china-commitments-flow-share', f.id, y, m.flowShares[f.id], [
      `china-commitments-${f.id}:all:${y}`,
      `china-commitments:all:${y}`,
    ]),
  }));
  summary.push([`Of all the commitments of ${y}, to developed recipients included, `, ...partsList(flowShares, 'was', ''), '.']);
  summary.push([
    'They went to ',
    ledger.add({
      indicator: 'china-commitments-recipients',
      entity: 'all',
      period: String(y),
      value: m.recipientsLatest,
      unit: 'economies',
      source: GCDF,
      text: formatNumber(m.recipientsLatest, 0),
    }),
    ` recipient economies in ${y}.`,
  ]);
  // M49 names as running text has them: "the Americas".
  const inText = (name: string) => (name === 'Americas' ? 'the Americas' : name);
  groups.push([
    `Of the commitments of ${y}, by region of the recipient, `,
    ...partsList(
      regions.map((g) => ({ name: inText(g.group.name), share: shareFig(g, y) })),
      'went to',
      'to',
    ),
    '.',
  ]);
  const statusParts = status.map((g) => ({ name: GROUP_ABBR[g.group.id] ?? g.group.name, share: shareFig(g, y) }));
  groups.push([
    `The ${statusParts
      .map((s) => s.name)
      .join(', ')
      .replace(/, ([^,]*)$/, ' and $1')} received, in that order, `,
    ...statusParts.flatMap((s, i) => [
      s.share,
      i === statusParts.length - 1 ? ' per cent' : i === statusParts.length - 2 ? ' per cent and ' : ' per cent, ',
    ]),
    ` of them; these groups overlap and each also belongs to the regions above.`,
  ]);
  return { summary, groups };
}
