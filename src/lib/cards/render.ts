// Draws a social card: satori lays the element tree out as SVG, Skia paints its shapes and words, png.ts encodes.
// Same input, same bytes: the fonts are fixed files, no system font is looked up, nothing reads the clock.
import satori from 'satori';
import { fontsFor } from './fonts.ts';
import { cardTree } from './layout.ts';
import { paintCard } from './paint.ts';
import { encodeOpaquePng } from './png.ts';
import { splitSvg } from './svg-text.ts';
import { CARD_HEIGHT, CARD_WIDTH, treeText, type CardInput, type SatoriNode } from './types.ts';

export { cardFonts } from './fonts.ts';

/**
 * The card as SVG. Text stays `<text>`, placed word by word, which paint.ts draws with the fonts' glyphs;
 * `embedFont: true` gives every glyph's outline instead (the SVG a browser would draw the same).
 */
export async function renderSvg(tree: SatoriNode, options: { embedFont?: boolean } = {}): Promise<string> {
  // satori's types ask for a React node; a plain element object is what that means without React.
  return satori(tree as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: fontsFor(treeText(tree).join('')),
    embedFont: options.embedFont ?? false,
  });
}

/** A card's SVG (text as `<text>`) as a PNG. */
export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
  const png = encodeOpaquePng(paintCard(splitSvg(svg)), CARD_WIDTH, CARD_HEIGHT);
  return new Uint8Array(png.buffer as ArrayBuffer, png.byteOffset, png.byteLength);
}

/** A card's element tree as a 1200×630 PNG. */
export async function renderTree(tree: SatoriNode): Promise<Uint8Array<ArrayBuffer>> {
  return svgToPng(await renderSvg(tree));
}

/** The card of one annotation as a 1200×630 PNG. */
export async function renderCard(input: CardInput): Promise<Uint8Array<ArrayBuffer>> {
  return renderTree(cardTree(input));
}
