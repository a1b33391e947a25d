// The card's fonts: every subset of every face, and the characters they cover, which the card draws from them alone.
import { describe, expect, it } from 'vitest';
import { cardCoverage, cardFonts, FONT_SUBSETS } from '../../../src/lib/cards/fonts.ts';

describe('the card fonts', () => {
  it('are every subset of the serif at 400 and the sans at 400, 600 and 700', () => {
    const fonts = cardFonts();
    expect(fonts).toHaveLength(4 * FONT_SUBSETS.length);
    expect(new Set(fonts.map((f) => `${f.name.replace(/ (latin-ext|cyrillic-ext|cyrillic|greek)$/, '')} ${f.weight}`))).toEqual(
      new Set(['Source Serif 4 400', 'Inter 400', 'Inter 600', 'Inter 700']),
    );
  });

  it('cover Latin, Latin Extended, Cyrillic and Greek letters, and no CJK', () => {
    const covered = cardCoverage();
    for (const char of 'AzÀżőŁЖжЄΩωά') expect(covered.has(char.codePointAt(0)!), char).toBe(true);
    expect(covered.has(0x4e2d)).toBe(false);
  });
});
