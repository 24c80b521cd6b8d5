import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/**
 * The page (1-based) each named destination of a PDF points to. Chromium writes a destination for
 * every element a link in the document points to (`<a href="#trade">`), in the catalog's /Dests
 * dictionary (or, in other writers, the /Names tree, also read here).
 *
 * @example destinationPages(pdf) // { 'explanatory-notes': 3, trade: 6, … }
 */
export async function destinationPages(pdf: Uint8Array): Promise<Record<string, number>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const out: Record<string, number> = {};
  const record = (name: string, dest: unknown) => {
    const array = dest instanceof PDFRef ? doc.context.lookup(dest) : dest;
    const d = array instanceof PDFDict ? array.lookupMaybe(PDFName.of('D'), PDFArray) : array;
    const page = d instanceof PDFArray ? d.get(0) : undefined;
    if (page instanceof PDFRef && pageOf.has(page.toString())) out[name] = pageOf.get(page.toString())!;
  };
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [key, value] of dests?.entries() ?? []) record(key.decodeText(), value);
  const tree = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const walk = (node: PDFDict | undefined) => {
    if (!node) return;
    const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; names && i + 1 < names.size(); i += 2) record((names.lookup(i) as unknown as { decodeText(): string }).decodeText(), names.get(i + 1));
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) walk(kids.lookup(i, PDFDict));
  };
  walk(tree);
  return out;
}
