// Which characters a font file has glyphs for: its cmap table, read from a WOFF (or bare OpenType) file without a font library.
import { inflateSync } from 'node:zlib';

/** The table `tag` of a WOFF 1.0 or OpenType file, decompressed; null when the file has none. */
function table(font: Uint8Array, tag: string): DataView | null {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const signature = String.fromCharCode(...font.subarray(0, 4));
  const woff = signature === 'wOFF';
  if (signature === 'wOF2') throw new Error('WOFF2 fonts are not read here: give the card WOFF or OpenType files');
  const count = view.getUint16(woff ? 12 : 4);
  const [start, size] = woff ? [44, 20] : [12, 16];
  for (let i = 0; i < count; i++) {
    const at = start + i * size;
    if (String.fromCharCode(...font.subarray(at, at + 4)) !== tag) continue;
    const offset = view.getUint32(at + (woff ? 4 : 8));
    const length = view.getUint32(at + (woff ? 8 : 12));
    const bytes = font.subarray(offset, offset + length);
    // In a WOFF, a table whose compressed length is less than its original one is zlib-compressed.
    const data = woff && length < view.getUint32(at + 12) ? inflateSync(bytes) : bytes;
    return new DataView(data.buffer, data.byteOffset, data.byteLength);
  }
  return null;
}

/** The code points the font maps to a glyph (other than glyph 0, "missing"). */
export function fontCoverage(font: Uint8Array): Set<number> {
  const cmap = table(font, 'cmap');
  if (!cmap) throw new Error('font without a cmap table');
  const records = Array.from({ length: cmap.getUint16(2) }, (_, i) => ({
    platform: cmap.getUint16(4 + i * 8),
    encoding: cmap.getUint16(6 + i * 8),
    offset: cmap.getUint32(8 + i * 8),
  }));
  const format = (r: { offset: number }) => cmap.getUint16(r.offset);
  // Unicode full repertoire (format 12) when there is one, else the Basic Multilingual Plane (format 4).
  const full = records.find((r) => (r.platform === 3 && r.encoding === 10) || r.platform === 0) ?? null;
  const record = full && format(full) === 12 ? full : records.find((r) => format(r) === 4);
  if (!record) throw new Error('font without a Unicode cmap subtable of format 4 or 12');
  const covered = new Set<number>();
  const at = record.offset;
  if (format(record) === 12) {
    const groups = cmap.getUint32(at + 12);
    for (let g = 0; g < groups; g++) {
      const [first, last, glyph] = [cmap.getUint32(at + 16 + g * 12), cmap.getUint32(at + 20 + g * 12), cmap.getUint32(at + 24 + g * 12)];
      for (let c = first; c <= last; c++) if (glyph + (c - first) !== 0) covered.add(c);
    }
    return covered;
  }
  const segments = cmap.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const [end, first] = [cmap.getUint16(ends + s * 2), cmap.getUint16(starts + s * 2)];
    const delta = cmap.getInt16(deltas + s * 2);
    const rangeOffset = cmap.getUint16(rangeOffsets + s * 2);
    for (let c = first; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        // idRangeOffset counts from its own position to the glyph id in glyphIdArray.
        const raw = cmap.getUint16(rangeOffsets + s * 2 + rangeOffset + (c - first) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) covered.add(c);
    }
  }
  return covered;
}
