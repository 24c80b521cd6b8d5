import { PDFDocument, PDFName, PDFString } from 'pdf-lib';

/** What the PDF's document information says about it. */
export interface PdfMetadata {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  language: string;
  /** The date the report is as of (from the edition, never the clock). */
  date: Date;
}

/**
 * Sets the document information Chromium leaves out (subject, author, keywords, language) and
 * replaces its print-time dates and producer with fixed ones, so that the same HTML printed by the
 * same Chromium gives the same bytes. Everything else, the tagged structure and the outline
 * included, is kept as Chromium wrote it.
 */
export async function finishPdf(bytes: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setAuthor(meta.author);
  doc.setKeywords(meta.keywords);
  doc.setProducer('ssc-report with Chromium (Skia/PDF)');
  doc.setCreator('ssc-report');
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.language));
  return doc.save({ useObjectStreams: false });
}
