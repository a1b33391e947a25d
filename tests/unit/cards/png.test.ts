// The PNG encoder: the pixels it is given, exactly, as 8-bit RGBA.
import { describe, expect, it } from 'vitest';
import { paintCard } from '../../../src/lib/cards/paint.ts';
import { encodeOpaquePng } from '../../../src/lib/cards/png.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../src/lib/cards/types.ts';
import { decodePng } from './decode-png.ts';
import { drawingOf, variedCards } from './fixtures.ts';

/** An opaque image of `colours` colours in bands, with a noisy row so that rows differ, and two rows that repeat. */
function image(width: number, height: number, colours: number): Uint8Array {
  const pixels = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const c = (p * 7 + Math.floor(p / width)) % colours;
    pixels.set([c & 0xff, (c * 37) & 0xff, (c >> 8) * 50, 255], p * 4);
  }
  pixels.copyWithin(width * 4 * 5, width * 4 * 4, width * 4 * 5);
  pixels.copyWithin(width * 4 * 6, width * 4 * 5, width * 4 * 6);
  return pixels;
}

describe('encodeOpaquePng', () => {
  it('writes an image as RGBA, pixel for pixel, repeated rows included', () => {
    const pixels = image(120, 40, 3000);
    const decoded = decodePng(encodeOpaquePng(pixels, 120, 40));
    expect(decoded.colourType).toBe(6);
    expect(decoded.rgba).toEqual(pixels);
  });

  it('gives the same bytes for the same pixels', () => {
    const pixels = image(64, 64, 90);
    expect(encodeOpaquePng(pixels, 64, 64).equals(encodeOpaquePng(pixels.slice(), 64, 64))).toBe(true);
  });

  it('refuses pixels that are not the size it is told', () => {
    expect(() => encodeOpaquePng(new Uint8Array(10), 2, 2)).toThrow(/not 2×2 RGBA pixels/);
  });
});

describe('a card PNG', () => {
  it('holds exactly the pixels painted, all opaque', () => {
    for (const input of variedCards(12).filter((_, i) => i % 3 === 2)) {
      const painted = Uint8Array.from(paintCard(drawingOf(input)));
      for (let p = 3; p < painted.length; p += 4) if (painted[p] !== 255) throw new Error(`pixel ${p / 4} is not opaque`);
      expect(decodePng(encodeOpaquePng(painted, CARD_WIDTH, CARD_HEIGHT)).rgba).toEqual(painted);
    }
  });
});
