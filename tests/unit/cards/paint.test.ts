// Painting a card: every word where satori placed it, in the card's fonts, inside its clips; the picture that
// satori's own glyph outlines give, within antialiasing.
import { describe, expect, it } from 'vitest';
import { cardTree } from '../../../src/lib/cards/layout.ts';
import { paintCard } from '../../../src/lib/cards/paint.ts';
import { renderSvg } from '../../../src/lib/cards/render.ts';
import { splitSvg } from '../../../src/lib/cards/svg-text.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../src/lib/cards/types.ts';
import { variedCards } from './fixtures.ts';
import { meanDifference, outlinedPixels } from './outlined.ts';

/** How many pixels of a box differ from the colour of its top-left corner. */
function inked(pixels: Uint8Array, [x0, y0, x1, y1]: number[]): number {
  const at = (x: number, y: number) => (Math.round(y) * CARD_WIDTH + Math.round(x)) * 4;
  const corner = at(x0!, y0!);
  let count = 0;
  for (let y = Math.round(y0!); y < y1!; y++) for (let x = Math.round(x0!); x < x1!; x++) if (pixels[at(x, y)] !== pixels[corner]) count++;
  return count;
}

describe('paintCard', () => {
  const cards = variedCards(24);

  it('paints the picture satori outlines, within antialiasing, in Latin, Cyrillic and Greek', async () => {
    for (const [i, input] of cards.entries()) {
      const tree = cardTree(input);
      const painted = Uint8Array.from(paintCard(splitSvg(await renderSvg(tree))));
      expect(meanDifference(painted, outlinedPixels(await renderSvg(tree, { embedFont: true }))), `card ${i}`).toBeLessThan(4);
    }
  });

  it('draws every word where satori placed it', async () => {
    for (const input of cards.slice(0, 6)) {
      const split = splitSvg(await renderSvg(cardTree(input)));
      const painted = Uint8Array.from(paintCard(split));
      for (const run of split.runs) expect(inked(painted, [run.x, run.y - run.size * 0.7, run.x + run.size * 0.6, run.y]), run.text).toBeGreaterThan(0);
    }
  });

  it('keeps a word inside its clip', () => {
    const word = { text: 'Clipped', x: 100, y: 300, families: ['inter'], weight: '700', style: 'normal', size: 60, fill: '#000', letterSpacing: 0 };
    const shapes = `<svg width="${CARD_WIDTH}" height="${CARD_HEIGHT}" xmlns="http://www.w3.org/2000/svg"><rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#fff"/></svg>`;
    const free = Uint8Array.from(paintCard({ shapes, runs: [{ ...word, clips: [] }] }));
    const clipped = Uint8Array.from(paintCard({ shapes, runs: [{ ...word, clips: [{ rect: [0, 0, 150, 630] }] }] }));
    expect(inked(free, [150, 240, 400, 310])).toBeGreaterThan(100);
    expect(inked(clipped, [150, 240, 400, 310])).toBe(0);
    expect(inked(clipped, [100, 240, 150, 310])).toBeGreaterThan(100);
  });

  it('draws a box for a character no card font has, never a system font\'s glyph', () => {
    const shapes = `<svg width="${CARD_WIDTH}" height="${CARD_HEIGHT}" xmlns="http://www.w3.org/2000/svg"><rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#fff"/></svg>`;
    const word = (text: string) => ({ text, x: 100, y: 300, families: ['source serif 4'], weight: 'normal', style: 'normal', size: 60, fill: '#000', letterSpacing: 0, clips: [] });
    const paint = (text: string) => Uint8Array.from(paintCard({ shapes, runs: [word(text)] }));
    // This machine's fonts may have Arabic (DejaVu Sans does), and none has this private-use character: both are boxes.
    expect(Buffer.from(paint('a\u0645b')).equals(Buffer.from(paint('a\ue000b')))).toBe(true);
    expect(Buffer.from(paint('a\u4e2db')).equals(Buffer.from(paint('a\ue000b')))).toBe(true);
    // A joiner or a variation selector draws nothing.
    expect(Buffer.from(paint('ab')).equals(Buffer.from(paint('a\u200d\ufe0fb')))).toBe(true);
    expect(Buffer.from(paint('a\u4e2db')).equals(Buffer.from(paint('ab')))).toBe(false);
  });
});
