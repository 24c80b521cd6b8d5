/**
 * Number formatting in the house style (EDITORIAL.md): thousands separated by commas, decimals by
 * a full stop, ".." for not available, a hyphen-minus for decreases. Independent of the machine's
 * locale, so the same inputs give the same text everywhere.
 */

/** Two dots: data not available or not separately reported. */
export const NOT_AVAILABLE = '..';

/** `1234.56` → `"1,234.6"` with one decimal; null → `".."`. */
export function formatNumber(value: number | null | undefined, decimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NOT_AVAILABLE;
  const fixed = Math.abs(value).toFixed(decimals);
  // -0.04 printed with one decimal is "0.0", not "-0.0"
  const negative = value < 0 && Number(fixed) !== 0;
  const [int, frac] = fixed.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** A change with its sign: `0.35` → `"+0.4"`, `-0.4` → `"-0.4"`, `0` → `"0.0"`. */
export function formatChange(value: number | null | undefined, decimals = 1): string {
  const text = formatNumber(value, decimals);
  return value != null && Number.isFinite(value) && Number(Math.abs(value).toFixed(decimals)) !== 0 && value > 0 ? `+${text}` : text;
}

/** Millions of dollars as the source supports them: `4505960` → `"$4,506.0 billion"`. */
export function formatMoneyMillions(musd: number | null | undefined): string {
  if (musd === null || musd === undefined) return NOT_AVAILABLE;
  return musd >= 1000 ? `$${formatNumber(musd / 1000, 1)} billion` : `$${formatNumber(musd, 1)} million`;
}
