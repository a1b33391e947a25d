// Encodes a card's painted pixels as an 8-bit RGBA PNG, the canvas's own layout, rows copied as they are.
// Skia's own PNG encoder takes about 29 ms a card (every filter tried on every row, zlib at level 6); this one
// about 3 ms. A palette does not fit: antialiased text has a level for each of 255 coverages of each ink, over a
// thousand colours a card. Dropping the alpha channel (all 255, which zlib squeezes to nothing) costs a loop over
// every pixel and gains no byte.
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOUR_TYPE_RGBA = 6;
/** The filter byte of each row: "None" for a painted row, "Up" (all zeros) for a row that repeats the one above. */
const FILTER = { none: 0, up: 2 } as const;
/**
 * zlib's level, measured on cards (scripts/profile-cards.ts): 1 and 3 take about 3 ms for 85 to 90 kB, 6 takes
 * 8.5 ms for 68 kB. The bytes depend on the zlib Node bundles (`process.versions.zlib`), which is part of every
 * card's cache key.
 */
export const PNG_LEVEL = 3;

let rowBuffer: Buffer | null = null;

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * Opaque RGBA pixels (`width × height × 4` bytes, as the canvas gives them) as a PNG. They must be opaque: a
 * canvas's pixels are premultiplied by their alpha, PNG's are not, and for alpha 255 the two are the same
 * (paint.ts paints every card on an opaque ground). Rows are left unfiltered: on antialiased text that
 * compresses better than "Sub" or "Paeth", and costs nothing to compute.
 */
export function encodeOpaquePng(pixels: Uint8Array, width: number, height: number): Buffer {
  const rowBytes = width * 4;
  if (pixels.length !== rowBytes * height) throw new Error(`encodeOpaquePng: ${pixels.length} bytes are not ${width}×${height} RGBA pixels`);
  const stride = rowBytes + 1;
  // Every byte is written below: no need to zero the buffer first. The buffer of the last card is reused, as
  // deflateSync is done with it before this returns: a fresh 3 MB buffer costs more than the copy into it.
  if (!rowBuffer || rowBuffer.length < stride * height) rowBuffer = Buffer.allocUnsafe(stride * height);
  const rows = rowBuffer.subarray(0, stride * height);
  for (let y = 0; y < height; y++) {
    const row = pixels.subarray(y * rowBytes, (y + 1) * rowBytes);
    // Half a card's rows repeat the one above (margins, line spacing): "Up", a row of zeros.
    if (y > 0 && Buffer.compare(row, pixels.subarray((y - 1) * rowBytes, y * rowBytes)) === 0) {
      rows.fill(0, y * stride, (y + 1) * stride);
      rows[y * stride] = FILTER.up;
    } else {
      rows[y * stride] = FILTER.none;
      rows.set(row, y * stride + 1);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bits per sample
  ihdr[9] = COLOUR_TYPE_RGBA;
  // compression, filter method and interlace are 0: the only standard deflate, adaptive filtering, no interlace.
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows, { level: PNG_LEVEL })), chunk('IEND', new Uint8Array(0))]);
}
