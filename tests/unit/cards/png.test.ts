// The PNG encoder: the pixels it is given, exactly, as indexed colour when they fit a palette, else as RGB.
import { describe, expect, it } from 'vitest';
import { renderSvg, svgToPixels, svgToPng } from '../../../src/lib/cards/render.ts';
import { cardTree } from '../../../src/lib/cards/layout.ts';
import { encodeOpaquePng } from '../../../src/lib/cards/png.ts';
import { decodePng, differingPixels } from './decode-png.ts';
import { variedCards } from './fixtures.ts';

/** An opaque image of `colours` colours in bands, with a noisy row so that rows differ. */
function image(width: number, height: number, colours: number): Uint8Array {
  const pixels = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const c = (p * 7 + Math.floor(p / width)) % colours;
    pixels.set([c & 0xff, (c * 37) & 0xff, (c >> 8) * 50, 255], p * 4);
  }
  return pixels;
}

describe('encodeOpaquePng', () => {
  it('writes an image of up to 256 colours as indexed colour, pixel for pixel', () => {
    const pixels = image(120, 40, 200);
    const png = encodeOpaquePng(pixels, 120, 40)!;
    const decoded = decodePng(png);
    expect(decoded.colourType).toBe(3);
    expect(decoded.rgba).toEqual(pixels);
  });

  it('writes an image of more colours as RGB, pixel for pixel', () => {
    const pixels = image(120, 40, 3000);
    const decoded = decodePng(encodeOpaquePng(pixels, 120, 40)!);
    expect(decoded.colourType).toBe(2);
    expect(decoded.rgba).toEqual(pixels);
  });

  it('gives the same bytes for the same pixels, and declines an image that is not opaque', () => {
    const pixels = image(64, 64, 90);
    expect(Buffer.from(encodeOpaquePng(pixels, 64, 64)!).equals(encodeOpaquePng(pixels.slice(), 64, 64)!)).toBe(true);
    pixels[4 * 100 + 3] = 254;
    expect(encodeOpaquePng(pixels, 64, 64)).toBeNull();
  });

  it('reads pixels that are not 4-byte aligned', () => {
    const pixels = image(30, 10, 12);
    const shifted = new Uint8Array(pixels.length + 1).subarray(1);
    shifted.set(pixels);
    expect(decodePng(encodeOpaquePng(shifted, 30, 10)!).rgba).toEqual(pixels);
  });
});

describe('a card PNG', () => {
  it('holds exactly the pixels resvg drew, as its own encoder would have written them', async () => {
    for (const input of variedCards(12).filter((_, i) => i % 3 === 2)) {
      const svg = await renderSvg(cardTree(input));
      const drawn = svgToPixels(svg);
      const ours = decodePng(svgToPng(svg));
      const resvgs = decodePng(drawn.asPng());
      expect(ours.colourType).toBe(3);
      expect(differingPixels(ours, resvgs)).toBe(0);
    }
  });
});
