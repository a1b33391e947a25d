// A card loads only the font subsets its text needs, and draws exactly the glyphs it would with all of them.
import { readFileSync } from 'node:fs';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { fontCoverage } from '../../../src/lib/cards/cmap.ts';
import { cardFonts, FONT_SUBSETS, fontsFor, SANS_FAMILY, SERIF_FAMILY } from '../../../src/lib/cards/fonts.ts';
import { packageFile } from '../../../src/lib/package-file.ts';

/** The code points of a fontsource unicode-range list, `U+0000-00FF,U+0131`. */
function rangePoints(list: string): number[] {
  return list.split(',').flatMap((range) => {
    const [from, to] = range.replace('U+', '').split('-').map((hex) => parseInt(hex, 16));
    return Array.from({ length: (to ?? from!) - from! + 1 }, (_, i) => from! + i);
  });
}

/** Every character a subset declares (its unicode-range) or has (its cmap), but controls. */
function everyCharacter(): number[] {
  const points = new Set<number>();
  for (const pkg of ['@fontsource/inter', '@fontsource/source-serif-4']) {
    const ranges = JSON.parse(readFileSync(packageFile(`${pkg}/unicode.json`), 'utf8')) as Record<string, string>;
    for (const subset of FONT_SUBSETS) for (const point of rangePoints(ranges[subset]!)) points.add(point);
  }
  for (const font of cardFonts()) for (const point of fontCoverage(font.data as Uint8Array)) points.add(point);
  return [...points].filter((p) => p > 0x20 && !(p >= 0x7f && p <= 0xa0)).sort((a, b) => a - b);
}

/** Whether every face (a font name and weight) has the character in one of its subsets. */
function everyFaceHas(point: number): boolean {
  const faces = new Map<string, boolean>();
  for (const font of cardFonts()) {
    const face = `${font.name.replace(/ (latin-ext|cyrillic-ext|cyrillic|greek)$/, '')} ${font.weight}`;
    faces.set(face, (faces.get(face) ?? false) || fontCoverage(font.data as Uint8Array).has(point));
  }
  return [...faces.values()].every(Boolean);
}

/** The text in every face the card uses (serif 400, sans 400, 600 and 700), small enough to fit. */
function specimen(text: string) {
  const block = (style: Record<string, string | number>) => ({ type: 'div', props: { style: { display: 'block', fontSize: 9, lineHeight: 1.1, ...style }, children: text } });
  return {
    type: 'div',
    props: {
      style: { display: 'flex', flexDirection: 'column', width: 1600, height: 1600, backgroundColor: '#fff' },
      children: [block({ fontFamily: SERIF_FAMILY }), block({ fontFamily: SANS_FAMILY }), block({ fontFamily: SANS_FAMILY, fontWeight: 600 }), block({ fontFamily: SANS_FAMILY, fontWeight: 700 })],
    },
  };
}
const svgOf = (text: string, fonts: ReturnType<typeof cardFonts>) => satori(specimen(text) as never, { width: 1600, height: 1600, fonts, embedFont: true });

describe('fontsFor', () => {
  it('gives Latin text the latin subset only, and adds a subset for a script that needs it', () => {
    const names = (text: string) => new Set(fontsFor(text).map((f) => f.name));
    expect(names('Thousands of soldiers, “officials” said… 12,000 – 40%')).toEqual(new Set(['Source Serif 4', 'Inter']));
    expect(names('Війська прибули')).toEqual(new Set(['Source Serif 4', 'Inter', 'Source Serif 4 cyrillic', 'Inter cyrillic']));
    expect(names('Łódź')).toEqual(new Set(['Source Serif 4', 'Inter', 'Source Serif 4 latin-ext', 'Inter latin-ext']));
    expect(fontsFor('abc')).toBe(fontsFor('xyz'));
  });

  it('gives every font to a text with a character some face lacks, whose missing glyph depends on them all', () => {
    expect(fontsFor('a\u2126b')).toBe(cardFonts());
    expect(fontsFor('🇺🇦')).toBe(cardFonts());
  });

  it('draws every character of every subset with the same glyph as with all the fonts', async () => {
    const all = cardFonts();
    const characters = everyCharacter().filter(everyFaceHas);
    expect(characters.length).toBeGreaterThan(700);
    // In slices, so that a difference names its characters.
    for (let i = 0; i < characters.length; i += 400) {
      const text = String.fromCodePoint(...characters.slice(i, i + 400));
      expect(await svgOf(text, fontsFor(text)), `U+${characters[i]!.toString(16)}…`).toBe(await svgOf(text, all));
    }
  });
});
