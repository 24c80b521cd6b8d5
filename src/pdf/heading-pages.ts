import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFHexString, PDFString } from 'pdf-lib';

/**
 * The page (1-based) on which each section starts, read from the outline Chromium writes from the
 * document's headings: `headings` maps a section id to its heading's text, which is the title of
 * its outline entry. Sections whose heading is not in the outline are left out.
 */
export async function headingPages(pdf: Uint8Array, headings: Record<string, string>): Promise<Record<string, number>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const byTitle = new Map<string, number>();
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const visit = (ref: unknown) => {
    for (let item = ref instanceof PDFRef ? doc.context.lookup(ref, PDFDict) : undefined; item; ) {
      const title = item.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText();
      const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray);
      const page = dest?.get(0);
      if (title !== undefined && page instanceof PDFRef && !byTitle.has(normalise(title))) byTitle.set(normalise(title), pageIndex.get(page.toString())!);
      visit(item.get(PDFName.of('First')));
      const next = item.get(PDFName.of('Next'));
      item = next instanceof PDFRef ? doc.context.lookup(next, PDFDict) : undefined;
    }
  };
  if (outlines) visit(outlines.get(PDFName.of('First')));
  const out: Record<string, number> = {};
  for (const [id, text] of Object.entries(headings)) {
    const page = byTitle.get(normalise(text));
    if (page !== undefined) out[id] = page;
  }
  return out;
}

function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
