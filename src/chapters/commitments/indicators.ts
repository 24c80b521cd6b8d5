/** The commitments chapter's indicator ids and their definitions, for the annex. */

/** The ids of the scorecard's counts. */
export const INDICATORS = {
  tracked: 'commitments-tracked',
  byStatus: 'commitments-by-status',
  byDecade: 'commitments-by-decade',
  byDecadeStatus: 'commitments-by-decade-and-status',
} as const;

/** Indicator ids and their definitions, for the annex. */
export const COMMITMENTS_INDICATORS: Record<string, string> = {
  [INDICATORS.tracked]: 'Commitments stated or recalled in the founding documents and made up to the edition year.',
  [INDICATORS.byStatus]:
    'Commitments tracked, by the status that the latest document dated up to the edition ' +
    'records (carried out, partly, not carried out, no information).',
  [INDICATORS.byDecade]: 'Commitments tracked, by the decade in which they were made.',
  [INDICATORS.byDecadeStatus]: 'Commitments tracked, by decade made and by recorded status.',
  'quoted-amount': 'A dollar amount as a founding document states it (a contribution, a fund), registered where the report quotes it.',
};
