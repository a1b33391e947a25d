// The card's typefaces: family names, unicode subsets, the font files (read once), and the subsets a card's text needs.
import { readFileSync } from 'node:fs';
import type { Font } from 'satori';
import { packageFile } from '../package-file.ts';
import { fontCoverage } from './cmap.ts';

export const SERIF = 'Source Serif 4';
export const SANS = 'Inter';

/**
 * The unicode subsets of each face, in the order a style lists them. satori keeps one font per family, weight
 * and style, so each subset is its own family (`Inter cyrillic`); a character missing from one comes from the next.
 */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek'] as const;
export type FontSubset = (typeof FONT_SUBSETS)[number];

export const subsetFamily = (name: string, subset: FontSubset) => (subset === 'latin' ? name : `${name} ${subset}`);
const familyList = (name: string) => FONT_SUBSETS.map((subset) => `"${subsetFamily(name, subset)}"`).join(', ');
/** The `fontFamily` of serif and of sans text: every subset, latin first. */
export const SERIF_FAMILY = familyList(SERIF);
export const SANS_FAMILY = familyList(SANS);

const FACES = [
  { name: SERIF, pkg: '@fontsource/source-serif-4', file: 'source-serif-4', weight: 400 },
  { name: SANS, pkg: '@fontsource/inter', file: 'inter', weight: 400 },
  { name: SANS, pkg: '@fontsource/inter', file: 'inter', weight: 600 },
  { name: SANS, pkg: '@fontsource/inter', file: 'inter', weight: 700 },
] as const;

/** WOFF files: satori reads TTF, OTF and WOFF, and the cmap reader WOFF and OpenType. */
const fontPath = (face: (typeof FACES)[number], subset: FontSubset) => packageFile(`${face.pkg}/files/${face.file}-${subset}-${face.weight}-normal.woff`);

interface LoadedFont {
  face: (typeof FACES)[number];
  font: Font;
  subset: FontSubset;
  /** The code points it has glyphs for. */
  coverage: Set<number>;
}

let loaded: LoadedFont[] | null = null;

/**
 * Every font file, read once per process. satori parses a font once per `data` object and keeps it, so the
 * same Buffer objects go into every font list below.
 */
function loadFonts(): LoadedFont[] {
  loaded ??= FACES.flatMap((face) =>
    FONT_SUBSETS.map((subset) => {
      const data = readFileSync(fontPath(face, subset));
      return { face, font: { name: subsetFamily(face.name, subset), weight: face.weight, style: 'normal' as const, data }, subset, coverage: fontCoverage(data) };
    }),
  );
  return loaded;
}

let all: Font[] | null = null;

let covered: Set<number> | null = null;

/** Every character some card font has a glyph for. */
export function cardCoverage(): ReadonlySet<number> {
  covered ??= new Set(loadFonts().flatMap((f) => [...f.coverage]));
  return covered;
}

/** All the fonts, every subset of every face: always the same array, which satori keys its font loader on. */
export function cardFonts(): Font[] {
  all ??= loadFonts().map((f) => f.font);
  return all;
}

/** The font files' paths, in the order `cardFonts` gives them (for the cache key, which hashes their bytes). */
export function fontFiles(): string[] {
  return FACES.flatMap((face) => FONT_SUBSETS.map((subset) => fontPath(face, subset)));
}

const lists = new Map<string, Font[]>();

/**
 * The fonts a text needs: for each of its characters and each face, the first subset (in family order) that
 * has it, and latin always. satori takes a character from the first font of the family list that has it, so
 * leaving out the subsets that are never first changes no glyph: the SVG is the same as with every font. A
 * character that no subset has is drawn as a missing glyph whose look depends on the whole list, so a text
 * with one gets every font. What this saves is parsing fonts a card never uses: most cards are Latin, and a
 * worker's first card is 0.2 s faster. One list per combination of subsets, kept, so that satori reuses its
 * font loader.
 */
export function fontsFor(text: string): Font[] {
  const fonts = loadFonts();
  const needed = new Set<FontSubset>(['latin']);
  const seen = new Set<number>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (seen.has(code)) continue;
    seen.add(code);
    for (const face of FACES) {
      const first = fonts.find((f) => f.face === face && f.coverage.has(code));
      if (!first) return cardFonts();
      needed.add(first.subset);
    }
  }
  const key = FONT_SUBSETS.filter((s) => needed.has(s)).join('+');
  let list = lists.get(key);
  if (!list) {
    list = fonts.filter((f) => needed.has(f.subset)).map((f) => f.font);
    lists.set(key, list);
  }
  return list;
}
