// The reference a painted card is held against: satori's SVG with every glyph as an outline, drawn by Skia's SVG
// renderer (no font involved), and how far two pictures are apart.
import { CARD_HEIGHT, CARD_WIDTH } from '../../../src/lib/cards/types.ts';

// Loaded as paint.ts loads it, without the system's fonts, whichever of the two is imported first.
process.env.DISABLE_SYSTEM_FONTS_LOAD = '1';
const { createCanvas, Image } = await import('@napi-rs/canvas');

/** The outlined SVG's pixels, 1200×630 RGBA. */
export function outlinedPixels(svg: string): Uint8Array {
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const image = new Image();
  image.src = Buffer.from(svg);
  canvas.getContext('2d').drawImage(image, 0, 0);
  return Uint8Array.from(canvas.data());
}

/** The mean over pixels of the largest difference of a colour channel, 0 to 255. */
export function meanDifference(a: Uint8Array, b: Uint8Array): number {
  let sum = 0;
  for (let p = 0; p < a.length; p += 4) sum += Math.max(Math.abs(a[p]! - b[p]!), Math.abs(a[p + 1]! - b[p + 1]!), Math.abs(a[p + 2]! - b[p + 2]!));
  return sum / (a.length / 4);
}
