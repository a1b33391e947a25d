// Draws a social card: the element tree to SVG with satori, the SVG to pixels with resvg, the pixels to PNG.
// Same input, same bytes: the fonts are fixed files, no system font is looked up, nothing reads the clock.
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { fontsFor } from './fonts.ts';
import { cardTree } from './layout.ts';
import { encodeOpaquePng } from './png.ts';
import { CARD_HEIGHT, CARD_WIDTH, treeText, type CardInput, type SatoriNode } from './types.ts';

export { cardFonts } from './fonts.ts';

/** The card as SVG. `embedFont: false` keeps text as `<text>` (for inspection); the PNG needs glyph outlines. */
export async function renderSvg(tree: SatoriNode, options: { embedFont?: boolean } = {}): Promise<string> {
  // satori's types ask for a React node; a plain element object is what that means without React.
  return satori(tree as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: fontsFor(treeText(tree).join('')),
    embedFont: options.embedFont ?? true,
  });
}

/**
 * resvg's options: the SVG's own size, no system fonts (satori has drawn the text as outlines), antialiased
 * shapes. These are the renderer's defaults but for the fonts; they are part of the picture, so they are
 * spelt out.
 */
export const RESVG_OPTIONS = {
  fitTo: { mode: 'original' },
  font: { loadSystemFonts: false },
  shapeRendering: 2,
  textRendering: 1,
  imageRendering: 0,
  logLevel: 'off',
} as const;

/** The SVG's pixels, 8-bit RGBA (premultiplied, which for an opaque image is the same), with their size. */
export function svgToPixels(svg: string): { pixels: Uint8Array; width: number; height: number; asPng: () => Uint8Array } {
  const image = new Resvg(svg, RESVG_OPTIONS).render();
  return { pixels: image.pixels, width: image.width, height: image.height, asPng: () => image.asPng() };
}

/** The SVG as PNG, at its own size: indexed colour when it can be (png.ts), resvg's RGBA otherwise. */
export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
  const image = svgToPixels(svg);
  const png = encodeOpaquePng(image.pixels, image.width, image.height) ?? image.asPng();
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
