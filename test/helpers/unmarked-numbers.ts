/**
 * The numbers a report prints outside its ledger figures, other than the named kinds below: what
 * a reader would take for a statistic that figures.csv cannot trace. Each kind is a number that
 * names or locates something rather than measuring it.
 */
const NOT_FIGURES: Record<string, RegExp> = {
  /** Years and decades: "2014", "1999-2000", "1999/2000", "the 1990s". */
  years: /\b(1[89]|20)\d\d(s|\/\d{4})?\b/g,
  /** Dates: "3 May 2007", "21-23 March 2005", "30 June". */
  dates: /\b\d{1,2}(-\d{1,2})? (January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
  /** Labels of tables and figures, "Table 5.1", "figure 3.2", "Table B.1". */
  labels: /\b(Table|Figure|table|figure) [A-Z\d]+\.\d+\b/g,
  /** Identifiers of sources, indicators and figures, which the annexes list: "un-m49-2020", "south-south-top5-share:south:2014". */
  identifiers: /\b[a-z][a-z0-9]*([-:][a-z0-9.]+)+\b/g,
  /** Paths of the data files the annexes describe: "data/groups/countries.csv". */
  paths: /\b[\w./-]+\.(csv|rda|ts|md)\b/g,
  /** How often a source is published: "4-year waves". */
  periodicity: /\b\d+-year(ly)? waves\b/g,
  /** Conventions stated in words: "(1 = highest)", and the thresholds of the quality annex. */
  conventions: /\(1 = (highest|largest)\)|at least \d+ percentage points or \d+ per cent/g,
  /** Paragraph references: "para. 48", "paras. 38-39", "paras. 39 and 40". */
  paragraphs: /\b[Pp]aras?\. \d+((-|, | and )\d+)*/g,
  /** Document symbols and resolution numbers: "A/C.2/54/L.5", "G-77/IFCC-XI/3", "resolution 33/134", "2768 (XXVI)". */
  documents: /\b(A\/C\.\d\/\d+\/L\.\d+|A\/\d+\/\d+|G-77\/IFCC-[XVI]+\/\d+|\d+\/\d+|\d+ \([XVI]+\)|\d+(st|nd|rd|th) session|item \d+)/g,
  /** Names and versions: "Group of 77", "G77", "M49", "ISO 3166", "version 4.0", "GCDF 3.0", "v0.2.4", "NY.GDP.MKTP.CD". */
  names:
    /(Group of 77|G-?77|M49|ISO 3166(-\d)?|[Vv]ersion \d+\.\d+|GCDF \d\.\d|v\d+\.\d+(\.\d+)?|flow1|usd2021|iso3|penppml-comtrade-\d\.\d\.\d|cow-trade-\d\.\d)/g,
  /** Bibliographic references of the sources: "Journal of Open Source Software 3(28), 848", "countrycode 1.8.0". */
  references: /\b\d+\(\d+\), \d+\b|\b[a-z]+ \d+\.\d+\.\d+\b/g,
  /** Addresses of the pages a source line cites. */
  urls: /https?:\/\/[^\s)]+/g,
  /** Goals, targets and indicators of the 2030 Agenda: "target 17.11", "indicator 17.11.1", "Goal 17". */
  sdg: /\b([Tt]arget|[Ii]ndicator|[Gg]oal|SDG) \d+(\.\d+)*\b/g,
  /** Words quoted from a document or a page, which may hold its own numbers: “…” and "…". */
  quotations: /“[^”]*”|"[^"<]*"/g,
};

/**
 * Parts of the report whose numbers are not statistics: the contents (page numbers), chapter
 * numbers in headings, and the annex tables that describe the sources and files (versions, value
 * ranges of the data dictionary, the sources' own notes).
 */
const SKIPPED = [
  /<nav[\s\S]*?<\/nav>/g,
  // The explanatory notes state conventions (the thresholds of the wording rules), not statistics.
  /<section class="notes"[\s\S]*?<\/section>/g,
  /<dl class="limitations">[\s\S]*?<\/dl>/g,
  /<style[\s\S]*?<\/style>/g,
  /<svg[\s\S]*?<\/svg>/g,
  /<figure class="table-figure" id="annex-(sources-register|dictionary-[a-z0-9-]+)">[\s\S]*?<\/figure>/g,
  // The colophon: the generator's and the data sets' versions, which are provenance, not statistics.
  /<section class="colophon"[\s\S]*?<\/section>/g,
  // What each data set records: the columns' codes and value ranges, described in words.
  /<ul class="dictionary">[\s\S]*?<\/ul>/g,
  /(?<=<h2[^>]*>(<span class="chapter-number">)?)\d+\.(?=<\/span>| )/g,
  // Footnote references and their back-links number the authors' notes.
  /<sup class="footnote-ref">[\s\S]*?<\/sup>/g,
  /<a [^>]*class="footnote-backref"[^>]*>[\s\S]*?<\/a>/g,
];

/** Every number in the report's text that is neither marked as a ledger figure nor of a named kind. */
export function unmarkedNumbers(html: string): { number: string; context: string }[] {
  let text = html;
  for (const re of SKIPPED) text = text.replace(re, ' ');
  // A marked figure is the ledger's: it is replaced by a sign no number pattern matches.
  text = text.replace(/<(\w+)[^>]*\sdata-figure="[^"]*"[^>]*>[^<]*<\/\1>/g, '\u00a7');
  text = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
  for (const re of Object.values(NOT_FIGURES)) text = text.replace(re, (m) => m.replace(/\d/g, '#'));
  return [...text.matchAll(/\d[\d,.]*/g)].map((m) => ({
    number: m[0],
    context: text.slice(Math.max(0, m.index! - 50), m.index! + m[0].length + 30),
  }));
}
