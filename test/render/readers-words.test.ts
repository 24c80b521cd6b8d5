import { describe, expect, it } from 'vitest';
import { readersVersion, readersWords, speaksSoftware } from '../../src/render/readers-words';

describe('readersWords', () => {
  it('leaves out parentheses, clauses and sentences written for the software', () => {
    expect(
      readersWords(
        "Copy taken from the R package peacesciencer (data/cow_trade_ndy.rda, blob 87915d4ea6165996); flow1 is the importer's reported imports. No Hong Kong SAR.",
      ),
    ).toBe('Copy taken from the R package peacesciencer. No Hong Kong SAR.');
    expect(readersWords('Transcribed by hand (shared/data/sources/pgtf-unossc-facts). The page carries no date.')).toBe(
      'Transcribed by hand. The page carries no date.',
    );
    expect(readersWords('Paragraph numbers as in the document A/C.2/54/L.5, 1999/2000.')).toBe(
      'Paragraph numbers as in the document A/C.2/54/L.5, 1999/2000.',
    );
  });

  it('gives a version without hashes, or the date', () => {
    expect(readersVersion('datasets/country-codes commit 4b783b0 (15 October 2020)', '2020')).toBe('2020');
    expect(readersVersion('3.0; aggregates from the R package odadata, data/cow_gcdf.csv, commit 3c1f895', '2023')).toBe(
      '3.0, aggregates from the R package odadata',
    );
    expect(readersVersion('G-77/IFCC-XI/3', '2005')).toBe('G-77/IFCC-XI/3');
    expect(speaksSoftware('1990-2014 and 2000')).toBe(false);
  });
});
