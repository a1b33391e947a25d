// Draws a social card: the element tree to SVG with satori, the SVG to PNG with resvg.
// Same input, same bytes: the fonts are fixed files, no system font is looked up, nothing reads the clock.
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { packageFile } from '../package-file.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, FONT_SUBSETS, SANS, SERIF, subsetFamily, type CardInput, type SatoriNode } from './card.ts';

const FACES = [
  { name: SERIF, pkg: '@fontsource/source-serif-4', file: 'source-serif-4', weight: 400 },
  { name: SANS, pkg: '@fontsource/inter', file: 'inter', weight: 400 },
  { name: SANS, pkg: '@fontsource/inter', file: 'inter', weight: 600 },
  { name: SANS, pkg: '@fontsource/inter', file: 'inter', weight: 700 },
] as const;

let fonts: Font[] | null = null;

/**
 * The fonts, read once. Satori caches what it parses per array, so the same array is passed every time.
 * WOFF files: satori reads TTF, OTF and WOFF.
 */
export function cardFonts(): Font[] {
  fonts ??= FACES.flatMap((face) =>
    FONT_SUBSETS.map((subset) => ({
      name: subsetFamily(face.name, subset),
      weight: face.weight,
      style: 'normal' as const,
      data: readFileSync(packageFile(`${face.pkg}/files/${face.file}-${subset}-${face.weight}-normal.woff`)),
    })),
  );
  return fonts;
}

/** The card as SVG. `embedFont: false` keeps text as `<text>` (for inspection); the PNG needs glyph outlines. */
export async function renderSvg(tree: SatoriNode, options: { embedFont?: boolean } = {}): Promise<string> {
  // satori's types ask for a React node; a plain element object is what that means without React.
  return satori(tree as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: cardFonts(),
    embedFont: options.embedFont ?? true,
  });
}

/** The SVG as PNG, at its own size, with no system fonts (satori has drawn the text as outlines). */
export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false },
    shapeRendering: 2,
    textRendering: 1,
    imageRendering: 0,
    logLevel: 'off',
  });
  return new Uint8Array(resvg.render().asPng());
}

/** The card of one annotation as a 1200×630 PNG. */
export async function renderCard(input: CardInput): Promise<Uint8Array<ArrayBuffer>> {
  return svgToPng(await renderSvg(cardTree(input)));
}
