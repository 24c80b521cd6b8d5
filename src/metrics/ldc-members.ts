import type { LdcMembership } from '../validate/validate-data';

/**
 * The least developed countries of a calendar year: on the list from the year of inclusion, and
 * off it from the year of graduation when graduation took effect by 30 June, from the next year
 * otherwise. Most graduations took effect in December (Botswana 1994, Cabo Verde 2007), so their
 * graduation year is still an LDC year; Maldives (1 January 2011), Samoa (1 January 2014) and
 * Equatorial Guinea (4 June 2017) count no longer in theirs. The rule is the one the source's notes
 * suggest; it gives the UN's own counts (49 in 2001, 48 in 2011, 47 in 2017).
 *
 * @example ldcMembersIn(rows, 1990).has('AGO') // false: Angola joined in 1994
 */
export function ldcMembersIn(rows: readonly LdcMembership[], year: number): Set<string> {
  return new Set(rows.filter((r) => r.included_year <= year && !graduatedBy(r, year)).map((r) => r.iso3));
}

function graduatedBy(r: LdcMembership, year: number): boolean {
  if (r.graduated_year === null) return false;
  if (r.graduated_year !== year) return r.graduated_year < year;
  // A month-only date (YYYY-MM) counts as the end of that month.
  const [, month = 12] = (r.graduated_date ?? `${year}-12`).split('-').map(Number);
  return month <= 6; // by 30 June
}
