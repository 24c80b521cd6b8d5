/** The TCDC chapter's words: the sentences on shares of GDP, why a share is not computed, the quotes and who is described. */
import type { Sentence } from '../../render/narrative';
import { markNumbers } from '../../render/mark-numbers';
import { barLabel } from './charts';
import type { ProgrammeRow, TcdcFigures } from './figures';
import type { TcdcRow } from './metrics';
import type { GdpRow } from './tables';

/** For each programme with a share of GDP: the amount, its annual average and the per cent of GDP. */
export function gdpSentences(gdpRows: GdpRow[]): Sentence[] {
  return gdpRows.map(({ r, f, g }) => [
    ...(f.toTcdc
      ? [`Of ${r.programme.provider}\u2019s `, f.amount!, ` for ${r.programme.period}, the `, f.toTcdc, ' committed to TCDC is ']
      : [`${r.programme.provider}\u2019s `, f.amount!, ` for ${r.programme.period} is `]),
    r.gdp!.years === 1 ? '' : 'an annual average of ',
    ...(r.gdp!.years === 1 ? [] : [g.avg, ', ']),
    g.pct,
    ` per cent of its GDP${r.gdp!.years === 1 ? ` that year` : ` in those years`}.`,
  ]);
}

/** For each programme whose report gives the per cent committed to TCDC: the budget, the per cent and the part. */
export function tcdcParts(rows: ProgrammeRow[]): Sentence[] {
  return rows
    .filter(({ f }) => f.toTcdc && f.share && f.amount)
    .map(({ r, f }) => [
      `${r.programme.provider} committed `,
      f.share!,
      ` per cent of its `,
      f.amount!,
      ` budget for ${r.programme.period}, that is `,
      f.toTcdc!,
      `, to TCDC.`,
    ]);
}

/** For each row with an amount but no share of GDP: why the share is not computed. */
export function notComputed(rows: TcdcRow[]): string[] {
  return rows
    .filter((r) => r.programme.amount_usd !== null && r.gdp === null)
    .map((r) => {
      const who = barLabel(r);
      if (r.noShare === 'debt relief')
        return (
          `${who}: not computed. The amount is debt to be reduced or cancelled, a stock of past ` +
          `lending written off, not a flow of spending, and the report does not say which two years ` +
          `the relief covers.`
        );
      if (r.noShare === 'no period') return `${who}: not computed, because the report does not state the years of the period.`;
      return `${who}: not computed, because GDP is not available for every year of the period.`;
    });
}

/** Each quote once: a quote contained in a longer one is shown within it, with both rows' figures marked. */
export function quotes(rows: TcdcRow[], fx: TcdcFigures, sgCitation: string): { text: Sentence; ref: string }[] {
  const { marks } = fx;
  const quoted = rows.filter((r) => marks.has(r.programme.id));
  const longest = quoted.filter(
    (r) =>
      !quoted.some((o) => o !== r && o.programme.quote.length > r.programme.quote.length && o.programme.quote.includes(r.programme.quote)),
  );
  return longest.map((r) => {
    const inside = quoted.filter((o) => r.programme.quote.includes(o.programme.quote)).flatMap((o) => marks.get(o.programme.id)!);
    // A quote that starts or ends within a sentence is marked as an extract.
    const q = r.programme.quote;
    const text = markNumbers(
      q,
      inside.map((x) => x.fig),
      fx.otherNumber(r),
    );
    if (/^[a-z]/.test(q)) text.unshift('\u2026 ');
    if (!/[.!?]$/.test(q)) text.push(' \u2026');
    return { text, ref: `${sgCitation}, ${r.programme.source_ref}` };
  });
}

/** The providers the report describes without a figure, as a list in words ("A, B and C"); null when none. */
export function described(rows: TcdcRow[]): string | null {
  const providers = [...new Set(rows.map((r) => r.programme.provider))];
  return providers.length === 0 ? null : providers.join(', ').replace(/, ([^,]*)$/, ' and $1');
}
