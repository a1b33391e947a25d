// Painting a card: every line where the layout placed it, in the card's fonts, and a box for a character they lack.
import { describe, expect, it } from 'vitest';
import type { CardDrawing } from '../../../src/lib/cards/layout.ts';
import type { CardFont } from '../../../src/lib/cards/lines.ts';
import { cardMeasure, paintCard } from '../../../src/lib/cards/paint.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../src/lib/cards/types.ts';
import { drawingOf, variedCards } from './fixtures.ts';

/** How many pixels of a box differ from the colour of its top-left corner. */
function inked(pixels: Uint8Array, [x0, y0, x1, y1]: number[]): number {
  const at = (x: number, y: number) => (Math.round(y) * CARD_WIDTH + Math.round(x)) * 4;
  const corner = at(x0!, y0!);
  let count = 0;
  for (let y = Math.round(y0!); y < y1!; y++) for (let x = Math.round(x0!); x < x1!; x++) if (pixels[at(x, y)] !== pixels[corner]) count++;
  return count;
}

const ground: CardDrawing['shapes'] = [{ type: 'rect', x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT, fill: '#ffffff' }];
const serif: CardFont = { family: 'serif', weight: 400, size: 60, letterSpacing: 0, lang: 'en' };
const paintLine = (text: string, font = serif) => Uint8Array.from(paintCard({ shapes: ground, lines: [{ x: 100, y: 300, text, font, fill: '#000000' }] }));

describe('paintCard', () => {
  it('draws every line where the layout placed it, and nothing past its measured end', () => {
    for (const input of variedCards(12)) {
      const drawing = drawingOf(input);
      const painted = Uint8Array.from(paintCard(drawing));
      for (const line of drawing.lines) {
        const width = cardMeasure.width(line.text, line.font);
        const top = line.y - line.font.size * 0.7;
        expect(inked(painted, [line.x, top, line.x + Math.min(width, line.font.size), line.y]), line.text).toBeGreaterThan(0);
        // A column past the line's end (and past the overhang of a last "f") is the ground it was drawn on.
        const past = line.x + width + 0.2 * line.font.size;
        expect(inked(painted, [past, top, past + 3, line.y]), line.text).toBe(0);
      }
    }
  });

  it('draws Cyrillic, Greek and Polish from the card fonts, with their glyphs', () => {
    for (const text of ['Жизнь', 'Ωμέγα', 'Łódź', 'żółć']) {
      const box = cardMeasure.width('\ue000'.repeat([...text].length), serif);
      expect(cardMeasure.width(text, serif), text).not.toBe(box);
      expect(Buffer.from(paintLine(text)).equals(Buffer.from(paintLine('\ue000'.repeat([...text].length)))), text).toBe(false);
    }
  });

  it('draws a box for a character no card font has, never a system font\'s glyph', () => {
    // This machine's fonts may have Arabic (DejaVu Sans does), and none has this private-use character: both are boxes.
    expect(Buffer.from(paintLine('a\u0645b')).equals(Buffer.from(paintLine('a\ue000b')))).toBe(true);
    expect(Buffer.from(paintLine('a\u4e2db')).equals(Buffer.from(paintLine('a\ue000b')))).toBe(true);
    // A joiner or a variation selector draws nothing.
    expect(Buffer.from(paintLine('ab')).equals(Buffer.from(paintLine('a\u200d\ufe0fb')))).toBe(true);
    expect(Buffer.from(paintLine('a\u4e2db')).equals(Buffer.from(paintLine('ab')))).toBe(false);
    expect(cardMeasure.width('a\u4e2db', serif)).toBeCloseTo(cardMeasure.width('ab', serif) + 0.6 * serif.size, 5);
  });

  it('paints every pixel opaque, whatever the drawing', () => {
    const painted = paintCard({ shapes: [{ type: 'rect', x: 0, y: 0, width: 10, height: 10, fill: 'rgba(0, 0, 0, 0.5)' }], lines: [] });
    for (let p = 3; p < painted.length; p += 4) if (painted[p] !== 255) throw new Error(`pixel ${p / 4} is not opaque`);
  });
});
