/** The TCDC chapter's indicator definitions, for the annex, and the source id of the GDP it divides by. */

/** Source id of the World Bank GDP series that the shares of GDP rest on. */
export const GDP = 'wdi-gdp-2026';

/** Indicator ids and their definitions, for the annex. */
export const TCDC_INDICATORS: Record<string, string> = {
  'tcdc-reported-amount':
    'Amount a Southern provider budgeted, committed or decided for South-South or technical ' +
    'cooperation, current US dollars, as the Secretary-General reported it on 2 July 2002.',
  'tcdc-share-to-tcdc': 'Per cent of a reported budget committed to technical cooperation among developing countries, as reported.',
  'tcdc-amount-to-tcdc': 'The part of a reported budget committed to TCDC: the budget times the per cent reported.',
  'tcdc-trainees': 'Nationals of other developing countries trained or hosted, as reported.',
  'tcdc-countries-reached': 'Developing countries reached by a programme, as reported.',
  'tcdc-annual-average':
    'A reported amount (the part committed to TCDC, where the document gives it) divided by ' +
    'the number of years of its period, current US dollars.',
  'gdp-average': 'Mean of the provider\u2019s GDP over the years of a period, current US dollars (World Bank WDI).',
  'tcdc-quoted-number':
    'A number the 2002 report gives in describing a programme, beside the figures of its own columns (e.g. agreements signed).',
  'tcdc-gdp-share':
    'Annual average of a reported amount (of the part committed to TCDC, where the document ' +
    'gives it) as a per cent of the mean GDP of the provider over the same years, both in ' +
    'current dollars.',
};
