// Draws a social card: layout.ts places its words with Skia's measure of them, paint.ts paints it, png.ts encodes.
// Same input, same bytes: the fonts are fixed files, no system font is looked up, nothing reads the clock.
import { cardFace, layoutCard, type CardFace } from './layout.ts';
import { cardMeasure, paintCard } from './paint.ts';
import { encodeOpaquePng } from './png.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardInput } from './types.ts';

/** A card's face as a 1200×630 PNG. */
export function renderFace(face: CardFace): Uint8Array<ArrayBuffer> {
  const png = encodeOpaquePng(paintCard(layoutCard(face, cardMeasure)), CARD_WIDTH, CARD_HEIGHT);
  return new Uint8Array(png.buffer as ArrayBuffer, png.byteOffset, png.byteLength);
}

/** The card of one annotation as a 1200×630 PNG. */
export function renderCard(input: CardInput): Uint8Array<ArrayBuffer> {
  return renderFace(cardFace(input));
}
