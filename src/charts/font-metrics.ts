import { brotliDecompressSync } from 'node:zlib';

/** The horizontal metrics text measurement needs from a font: its em and each character's advance. */
export interface AdvanceWidths {
  /** Font units per em, from the `head` table. */
  unitsPerEm: number;
  /** Advance width, in font units, of the glyph the font's Unicode cmap maps `codePoint` to (glyph 0 if none). */
  advance(codePoint: number): number;
}

/**
 * Reads the advance widths of a WOFF2 font: only the `head`, `hhea`, `hmtx` and `cmap` tables,
 * so that measuring chart labels does not need a full font engine (loading fontkit took longer
 * than rendering the charts). The widths are those fontkit's `glyphForCodePoint(cp).advanceWidth`
 * gives; test/charts/font-metrics.test.ts checks every code point of the report's faces.
 *
 * @example readAdvanceWidths(fontBytes(face)).advance(0x41) // 639: Noto Sans Regular "A" is 0.639 em wide
 */
export function readAdvanceWidths(woff2: Uint8Array): AdvanceWidths {
  const tables = woff2Tables(woff2);
  const head = table(tables, 'head');
  const hhea = table(tables, 'hhea');
  const hmtx = table(tables, 'hmtx');
  const unitsPerEm = head.getUint16(18);
  const metrics = hhea.getUint16(34);
  // An untransformed hmtx holds (advance, left side bearing) pairs; the WOFF2 transform of hmtx
  // (version 1) drops bearings, and starts with a flags byte before the advances.
  const transformed = tables.get('hmtx')!.transformed;
  const advanceOf = (glyph: number): number => {
    const i = glyph < metrics ? glyph : metrics - 1;
    return transformed ? hmtx.getUint16(1 + 2 * i) : hmtx.getUint16(4 * i);
  };
  const glyphOf = unicodeCmap(table(tables, 'cmap'));
  return { unitsPerEm, advance: (cp) => advanceOf(glyphOf(cp)) };
}

interface Woff2Table {
  data: DataView;
  transformed: boolean;
}

/** The WOFF2 "known table" tags, by the index its directory uses (WOFF2 spec, table 5.1). */
const KNOWN_TAGS = [
  'cmap',
  'head',
  'hhea',
  'hmtx',
  'maxp',
  'name',
  'OS/2',
  'post',
  'cvt ',
  'fpgm',
  'glyf',
  'loca',
  'prep',
  'CFF ',
  'VORG',
  'EBDT',
  'EBLC',
  'gasp',
  'hdmx',
  'kern',
  'LTSH',
  'PCLT',
  'VDMX',
  'vhea',
  'vmtx',
  'BASE',
  'GDEF',
  'GPOS',
  'GSUB',
  'EBSC',
  'JSTF',
  'MATH',
  'CBDT',
  'CBLC',
  'COLR',
  'CPAL',
  'SVG ',
  'sbix',
  'acnt',
  'avar',
  'bdat',
  'bloc',
  'bsln',
  'cvar',
  'fdsc',
  'feat',
  'fmtx',
  'fvar',
  'gvar',
  'hsty',
  'just',
  'lcar',
  'mort',
  'morx',
  'opbd',
  'prop',
  'trak',
  'Zapf',
  'Silf',
  'Glat',
  'Gloc',
  'Feat',
  'Sill',
];

/** Splits a WOFF2 file into its tables (decompressed, glyf and loca left in their transformed form). */
function woff2Tables(bytes: Uint8Array): Map<string, Woff2Table> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (ascii(0) !== 'wOF2') throw new Error(`not a WOFF2 font: starts with "${ascii(0)}"`);
  if (ascii(4) === 'ttcf') throw new Error('WOFF2 font collections are not supported');
  const numTables = view.getUint16(12);
  const compressedLength = view.getUint32(20);
  let at = 48;
  const base128 = (): number => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const b = bytes[at++]!;
      value = value * 128 + (b & 0x7f);
      if ((b & 0x80) === 0) return value;
    }
    throw new Error('bad UIntBase128 in the WOFF2 table directory');
  };
  const entries: { tag: string; length: number; transformed: boolean }[] = [];
  for (let i = 0; i < numTables; i++) {
    const flags = bytes[at++]!;
    const tag = (flags & 0x3f) === 63 ? ascii((at += 4) - 4) : KNOWN_TAGS[flags & 0x3f]!;
    const version = flags >> 6;
    // glyf and loca are transformed unless their version is 3; every other table only if non-zero.
    const transformed = tag === 'glyf' || tag === 'loca' ? version !== 3 : version !== 0;
    const origLength = base128();
    entries.push({ tag, transformed, length: transformed ? base128() : origLength });
  }
  const data = brotliDecompressSync(bytes.subarray(at, at + compressedLength));
  const tables = new Map<string, Woff2Table>();
  let offset = 0;
  for (const e of entries) {
    // the tables follow one another in the decompressed stream, in directory order, unpadded
    tables.set(e.tag, { data: new DataView(data.buffer, data.byteOffset + offset, e.length), transformed: e.transformed });
    offset += e.length;
  }
  return tables;
}

function table(tables: Map<string, Woff2Table>, tag: string): DataView {
  const t = tables.get(tag);
  if (!t) throw new Error(`font has no ${tag} table`);
  return t.data;
}

/** Preferred Unicode subtables, best first: fontkit's order, so both pick the same one. */
const UNICODE_SUBTABLES = [
  [3, 10],
  [0, 6],
  [0, 4],
  [3, 1],
  [0, 3],
  [0, 2],
  [0, 1],
  [0, 0],
] as const;

/** The code point → glyph id lookup of the font's preferred Unicode cmap subtable (format 4 or 12). */
function unicodeCmap(cmap: DataView): (codePoint: number) => number {
  const records = Array.from({ length: cmap.getUint16(2) }, (_, i) => ({
    platform: cmap.getUint16(4 + 8 * i),
    encoding: cmap.getUint16(6 + 8 * i),
    offset: cmap.getUint32(8 + 8 * i),
  }));
  const record = UNICODE_SUBTABLES.map(([p, e]) => records.find((r) => r.platform === p && r.encoding === e)).find((r) => r !== undefined);
  if (!record) throw new Error('font has no Unicode cmap subtable');
  const t = new DataView(cmap.buffer, cmap.byteOffset + record.offset);
  const format = t.getUint16(0);
  if (format === 4) return cmapFormat4(t);
  if (format === 12) return cmapFormat12(t);
  throw new Error(`cmap format ${format} is not supported`);
}

/** Segment mapping to delta values (16-bit code points). */
function cmapFormat4(t: DataView): (codePoint: number) => number {
  const segments = t.getUint16(6) / 2;
  const endCode = 14;
  const startCode = endCode + 2 * segments + 2;
  const idDelta = startCode + 2 * segments;
  const idRangeOffset = idDelta + 2 * segments;
  return (cp) => {
    let lo = 0;
    let hi = segments - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < t.getUint16(startCode + 2 * mid)) hi = mid - 1;
      else if (cp > t.getUint16(endCode + 2 * mid)) lo = mid + 1;
      else {
        const delta = t.getInt16(idDelta + 2 * mid);
        const rangeOffset = t.getUint16(idRangeOffset + 2 * mid);
        if (rangeOffset === 0) return (cp + delta) & 0xffff;
        // idRangeOffset is relative to its own position in the table
        const glyph = t.getUint16(idRangeOffset + 2 * mid + rangeOffset + 2 * (cp - t.getUint16(startCode + 2 * mid)));
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
    }
    return 0;
  };
}

/** Segmented coverage (32-bit code points). */
function cmapFormat12(t: DataView): (codePoint: number) => number {
  const groups = t.getUint32(12);
  return (cp) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = 16 + 12 * mid;
      if (cp < t.getUint32(g)) hi = mid - 1;
      else if (cp > t.getUint32(g + 4)) lo = mid + 1;
      else return t.getUint32(g + 8) + (cp - t.getUint32(g));
    }
    return 0;
  };
}
