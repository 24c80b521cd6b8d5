import type { Publication } from '../publication';
import { publicationDate } from '../publication';
import type { Data } from '../validate/validate-data';
import { readersVersion } from './readers-words';

/** The title-page verso: the notes every UN-system publication prints behind its title page. */
export interface Verso {
  copyright: string;
  symbol: string | null;
  isbn: string | null;
  eisbn: string | null;
  date: string;
  notes: string[];
}

/** The colophon: how the report was made, for readers who want to know or to check. */
export interface Colophon {
  generator: string;
  edition: number;
  sources: { title: string; version: string }[];
}

/** The verso and the colophon, from the publication's settings and the register of sources. */
export function frontPages(data: Data, p: Publication, edition: number, generator: string): { verso: Verso; colophon: Colophon } {
  const date = publicationDate(p.date, edition);
  const verso: Verso = {
    copyright: `\u00a9 ${date.slice(-4)} ${p.publisher}`,
    symbol: p.symbol ? p.symbol.replace(/\{edition\}/g, String(edition)) : null,
    isbn: p.isbn || null,
    eisbn: p.eisbn || null,
    date,
    notes: [
      'The designations employed and the presentation of material in this publication do not imply the expression of any ' +
        `opinion whatsoever on the part of the ${p.publisher} concerning the legal status of any country, territory, city or ` +
        'area or of its authorities, or concerning the delimitation of its frontiers or boundaries.',
      'The term \u201ccountry\u201d as used in this report also refers, as appropriate, to territories or areas. The ' +
        'designations of country groups are intended solely for statistical or analytical convenience and do not necessarily ' +
        'express a judgement about the stage of development reached by a particular country or area in the development process.',
      'Mention of any firm, organization or policy does not imply endorsement. The views expressed are those of the authors ' +
        'and do not necessarily reflect the views of the member States of the publisher.',
      'Material in this publication may be freely quoted or reprinted, but acknowledgement is requested, together with a ' +
        'copy of the publication containing the quotation or reprint.',
    ],
  };
  const colophon: Colophon = {
    generator,
    edition,
    sources: data.sources.rows.map((s) => ({ title: s.title, version: readersVersion(s.version, s.date) })),
  };
  return { verso, colophon };
}
