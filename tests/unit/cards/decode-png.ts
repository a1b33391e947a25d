// Decodes the PNGs cards are written as (8-bit RGBA, RGB or indexed, not interlaced) to RGBA pixels, to compare pictures.
import { inflateSync } from 'node:zlib';

export interface Decoded {
  width: number;
  height: number;
  colourType: number;
  /** Straight RGBA, 4 bytes a pixel. */
  rgba: Uint8Array;
}

export function decodePng(png: Uint8Array): Decoded {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let colourType = 0;
  let palette: Uint8Array = new Uint8Array(0);
  const idat: Uint8Array[] = [];
  while (at < png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs');
      colourType = data[9]!;
    } else if (type === 'PLTE') palette = data;
    else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const channels = { 2: 3, 3: 1, 6: 4 }[colourType];
  if (!channels) throw new Error(`colour type ${colourType} is not decoded here`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels]! : 0;
      const b = prev[x]!;
      const c = x >= channels ? prev[x - channels]! : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[x] = (line[x]! + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    if (colourType === 3) {
      const i = rows[p]!;
      rgba.set(palette.subarray(i * 3, i * 3 + 3), p * 4);
      rgba[p * 4 + 3] = 255;
    } else if (colourType === 2) {
      rgba.set(rows.subarray(p * 3, p * 3 + 3), p * 4);
      rgba[p * 4 + 3] = 255;
    } else rgba.set(rows.subarray(p * 4, p * 4 + 4), p * 4);
  }
  return { width, height, colourType, rgba };
}

/** How many pixels differ between two decoded pictures of the same size. */
export function differingPixels(a: Decoded, b: Decoded): number {
  if (a.width !== b.width || a.height !== b.height) return Math.max(a.width * a.height, b.width * b.height);
  let count = 0;
  for (let p = 0; p < a.rgba.length; p += 4) {
    if (a.rgba[p] !== b.rgba[p] || a.rgba[p + 1] !== b.rgba[p + 1] || a.rgba[p + 2] !== b.rgba[p + 2] || a.rgba[p + 3] !== b.rgba[p + 3]) count++;
  }
  return count;
}
