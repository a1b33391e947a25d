// Encodes drawn pixels as a PNG: an indexed-colour image when they have 256 colours or fewer, as a card does.
// resvg's own encoder writes 8-bit RGBA whatever the image: four bytes a pixel to filter and compress where one
// will do. A card is opaque and flat colours plus antialiasing (about 160 colours), so a palette holds every
// pixel exactly: the same picture, half the bytes, in less time (scripts/profile-cards.ts measures both).
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOUR_TYPE = { rgb: 2, indexed: 3 } as const;
/**
 * zlib's level, measured on cards' 756 kB of palette indices (scripts/profile-cards.ts): 3 takes under 2 ms for
 * 38 kB; 6 takes 5 ms for 31 kB, 9 takes 40 ms for 30 kB. resvg's RGBA encoder: about 15 ms for 79 kB.
 * The bytes depend on the zlib Node bundles (`process.versions.zlib`), which is part of every card's cache key.
 */
export const PNG_LEVEL = 3;

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

function png(width: number, height: number, colourType: number, rows: Buffer, palette?: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bits per sample (or per index)
  ihdr[9] = colourType;
  // compression, filter method and interlace are 0: the only standard deflate, adaptive filtering, no interlace.
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    ...(palette ? [chunk('PLTE', palette)] : []),
    chunk('IDAT', deflateSync(rows, { level: PNG_LEVEL })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/**
 * Opaque RGBA pixels (`width × height × 4` bytes, as resvg renders them) as a PNG, or null when some pixel is
 * not fully opaque (resvg's pixels are then premultiplied and its own encoder is the one that knows how to undo it).
 */
export function encodeOpaquePng(pixels: Uint8Array, width: number, height: number): Buffer | null {
  if (pixels.length !== width * height * 4) throw new Error(`encodeOpaquePng: ${pixels.length} bytes are not ${width}×${height} RGBA pixels`);
  // Read as 32-bit words, which needs them aligned: a copy if they are not.
  if (pixels.byteOffset % 4 !== 0) pixels = pixels.slice();
  const words = new Uint32Array(pixels.buffer, pixels.byteOffset, width * height);
  // Little- or big-endian, an opaque pixel has 0xff in the alpha byte; a word test avoids a byte loop.
  const alphaMask = new Uint8Array(new Uint32Array([0xff]).buffer)[0] === 0xff ? 0xff000000 : 0x000000ff;

  // Palette indices in order of first appearance, so the same pixels always give the same bytes.
  const index = new Map<number, number>();
  const firstAt: number[] = [];
  const rows = Buffer.alloc((width + 1) * height);
  let last = -1;
  let lastIndex = 0;
  let indexed = true;
  const rowBytes = width * 4;
  for (let y = 0; y < height; y++) {
    const o = y * (width + 1);
    // Half a card's rows repeat the one above (margins, line spacing): a native compare and a copy do for them.
    if (y > 0 && Buffer.compare(pixels.subarray(y * rowBytes, (y + 1) * rowBytes), pixels.subarray((y - 1) * rowBytes, y * rowBytes)) === 0) {
      rows.copyWithin(o, o - width - 1, o);
      continue;
    }
    rows[o] = 0; // filter "None": the best for indexed images, whose neighbouring values are not magnitudes
    for (let x = 0, p = y * width; x < width; x++, p++) {
      const word = words[p]!;
      if (word !== last) {
        if ((word & alphaMask) >>> 0 !== alphaMask >>> 0) return null;
        let i = index.get(word);
        if (i === undefined) {
          if (index.size === 256) {
            indexed = false;
            break;
          }
          i = index.size;
          index.set(word, i);
          firstAt.push(p);
        }
        last = word;
        lastIndex = i;
      }
      rows[o + 1 + x] = lastIndex;
    }
    if (!indexed) break;
  }
  if (indexed) {
    const palette = Buffer.alloc(firstAt.length * 3);
    firstAt.forEach((p, i) => palette.set(pixels.subarray(p * 4, p * 4 + 3), i * 3));
    return png(width, height, COLOUR_TYPE.indexed, rows, palette);
  }
  return encodeRgb(pixels, words, alphaMask, width, height);
}

/** More than 256 colours: 8-bit RGB, each row filtered by "Sub" (its difference from the pixel to its left). */
function encodeRgb(pixels: Uint8Array, words: Uint32Array, alphaMask: number, width: number, height: number): Buffer | null {
  for (const word of words) if ((word & alphaMask) >>> 0 !== alphaMask >>> 0) return null;
  const stride = width * 3 + 1;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const o = y * stride;
    rows[o] = 1;
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      const q = o + 1 + x * 3;
      for (let c = 0; c < 3; c++) rows[q + c] = (pixels[p + c]! - (x > 0 ? pixels[p + c - 4]! : 0)) & 0xff;
    }
  }
  return png(width, height, COLOUR_TYPE.rgb, rows);
}
