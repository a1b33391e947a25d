// The card's typefaces: family names, unicode subsets, the font files (read once), and the subsets a card's text needs.
import { readFileSync } from 'node:fs';
import { packageFile } from '../package-file.ts';
import { fontCoverage } from './cmap.ts';

export const SERIF = 'Source Serif 4';
export const SANS = 'Inter';

/**
 * The unicode subsets of each face, in the order a font lists them. Each subset is a family of its own
 * (`Inter cyrillic`); a character missing from one comes from the next.
 */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek'] as const;
export type FontSubset = (typeof FONT_SUBSETS)[number];

export const subsetFamily = (name: string, subset: FontSubset) => (subset === 'latin' ? name : `${name} ${subset}`);

const FACES = [
  { name: SERIF, pkg: '@fontsource/source-serif-4', file: 'source-serif-4', weight: 400 },
  { name: SANS, pkg: '@fontsource/inter', file: 'inter', weight: 400 },
  { name: SANS, pkg: '@fontsource/inter', file: 'inter', weight: 600 },
  { name: SANS, pkg: '@fontsource/inter', file: 'inter', weight: 700 },
] as const;

/** WOFF files: Skia reads them, and so does the cmap reader. */
const fontPath = (face: (typeof FACES)[number], subset: FontSubset) => packageFile(`${face.pkg}/files/${face.file}-${subset}-${face.weight}-normal.woff`);

/** A font file of one subset of one face, as Skia registers it. */
export interface CardFontFile {
  name: string;
  weight: number;
  data: Buffer;
}

interface LoadedFont {
  font: CardFontFile;
  /** The code points it has glyphs for. */
  coverage: Set<number>;
}

let loaded: LoadedFont[] | null = null;

/** Every font file, read once per process. */
function loadFonts(): LoadedFont[] {
  loaded ??= FACES.flatMap((face) =>
    FONT_SUBSETS.map((subset) => {
      const data = readFileSync(fontPath(face, subset));
      return { font: { name: subsetFamily(face.name, subset), weight: face.weight, data }, coverage: fontCoverage(data) };
    }),
  );
  return loaded;
}

let all: CardFontFile[] | null = null;

let covered: Set<number> | null = null;

/** Every character some card font has a glyph for. */
export function cardCoverage(): ReadonlySet<number> {
  covered ??= new Set(loadFonts().flatMap((f) => [...f.coverage]));
  return covered;
}

/** All the fonts, every subset of every face. */
export function cardFonts(): CardFontFile[] {
  all ??= loadFonts().map((f) => f.font);
  return all;
}

/** The font files' paths, in the order `cardFonts` gives them (for the cache key, which hashes their bytes). */
export function fontFiles(): string[] {
  return FACES.flatMap((face) => FONT_SUBSETS.map((subset) => fontPath(face, subset)));
}
