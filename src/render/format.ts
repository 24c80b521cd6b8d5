/**
 * Number formatting in the house style (EDITORIAL.md): thousands separated by commas, decimals by
 * a full stop, ".." for not available, a hyphen-minus for decreases. Independent of the machine's
 * locale, so the same inputs give the same text everywhere.
 */

/** Two dots: data not available or not separately reported. */
export const NOT_AVAILABLE = '..';

/**
 * What a cell says where a figure does not apply (a rank for a group that is not ranked, the years
 * of a file without years): in words, because the dash means nil and nothing else (EDITORIAL.md).
 */
export const NOT_APPLICABLE = 'not applicable';

/** `1234.56` → `"1,234.6"` with one decimal; null → `".."`. */
export function formatNumber(value: number | null | undefined, decimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NOT_AVAILABLE;
  const fixed = roundHalfUp(Math.abs(value), decimals).toFixed(decimals);
  // -0.04 printed with one decimal is "0.0", not "-0.0"
  const negative = value < 0 && Number(fixed) !== 0;
  const [int, frac] = fixed.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/**
 * Rounds half away from zero in decimal, as a reader does: 0.35 → 0.4. toFixed rounds the binary
 * value, and 0.35 is stored as 0.34999…, so it would print 0.3.
 */
export function roundHalfUp(value: number, decimals: number): number {
  return Number(`${Math.round(Number(`${value}e${decimals}`))}e-${decimals}`);
}

/** A change with its sign: `0.35` → `"+0.4"`, `-0.4` → `"-0.4"`, `0` → `"0.0"`. */
export function formatChange(value: number | null | undefined, decimals = 1): string {
  const text = formatNumber(value, decimals);
  return value != null && Number.isFinite(value) && roundHalfUp(Math.abs(value), decimals) !== 0 && value > 0 ? `+${text}` : text;
}

/** Millions of dollars as the source supports them: `4505960` → `"$4,506.0 billion"`. */
export function formatMoneyMillions(musd: number | null | undefined): string {
  if (musd === null || musd === undefined) return NOT_AVAILABLE;
  // Decided on the rounded value: 999.96 million prints as "$1.0 billion", not "$1,000.0 million".
  return roundHalfUp(musd, 1) >= 1000 ? `$${formatNumber(musd / 1000, 1)} billion` : `$${formatNumber(musd, 1)} million`;
}

/** Dollars as a document states them: `$1,000`, `$15.46 million`, `$1 billion`. */
export function formatUsdAsPublished(usd: number | null): string {
  if (usd === null) return '..';
  const trim = (v: number) => formatNumber(v, 2).replace(/\.?0+$/, '');
  if (usd >= 1e9) return `$${trim(usd / 1e9)} billion`;
  if (usd >= 1e6) return `$${trim(usd / 1e6)} million`;
  return `$${formatNumber(usd, 0)}`;
}
