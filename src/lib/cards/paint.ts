// Paints a card's drawing (layout.ts) with Skia, and measures text for its layout with the same fonts. One canvas
// per thread, reused card after card; Skia draws each glyph from its cache of rasterised glyphs.
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { cardCoverage, cardFonts, FONT_SUBSETS, SANS, SERIF, subsetFamily } from './fonts.ts';
import type { CardDrawing, CardLine, CardShape } from './layout.ts';
import type { CardFont, TextMeasure } from './lines.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './types.ts';

// Only the card's own fonts may draw it: with the system's fonts as fallbacks, a character none of them has would
// look different on every machine. The canvas package reads this when it loads, so it is loaded after it is set.
process.env.DISABLE_SYSTEM_FONTS_LOAD = '1';
const { createCanvas, GlobalFonts, Path2D } = await import('@napi-rs/canvas');

let surface: { canvas: Canvas; context: SKRSContext2D } | null = null;

/** The name a face is registered under: its subset's family (lower case) and the weight, `inter latin-ext 700`. */
const faceName = (family: string, weight: number) => `${family.toLowerCase()} ${weight}`;

/**
 * The thread's canvas, with the card's fonts registered, each face as a family of its own. Worker threads share
 * the process's fonts, so each registers them again; a family of one face finds the same face whatever the
 * copies, where a family of several weights found a different copy and changed the picture.
 */
function canvas(): { canvas: Canvas; context: SKRSContext2D } {
  if (surface) return surface;
  for (const font of cardFonts()) {
    if (!GlobalFonts.register(font.data, faceName(font.name, font.weight))) throw new Error(`the card font ${font.name} ${font.weight} could not be loaded`);
  }
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  surface = { canvas, context: canvas.getContext('2d') };
  return surface;
}

/** The CSS font of a card font: its face in every subset, latin first, which Skia falls back through glyph by glyph. */
const cssFonts = new Map<string, string>();
function cssFont(font: CardFont): string {
  const key = `${font.family} ${font.weight} ${font.size}`;
  let css = cssFonts.get(key);
  if (!css) {
    const name = font.family === 'serif' ? SERIF : SANS;
    css = `${font.weight} ${font.size}px ${FONT_SUBSETS.map((subset) => `"${faceName(subsetFamily(name, subset), font.weight)}"`).join(', ')}`;
    cssFonts.set(key, css);
  }
  return css;
}

/** The context set to a font, changing only what differs from the last call. */
let state = { font: '', spacing: -1, lang: '' };
function withFont(context: SKRSContext2D, font: CardFont): SKRSContext2D {
  const css = cssFont(font);
  if (css !== state.font) context.font = state.font = css;
  if (font.letterSpacing !== state.spacing) context.letterSpacing = `${(state.spacing = font.letterSpacing)}px`;
  // Set always: left to its default, the language would be the machine's.
  if (font.lang !== state.lang) context.lang = state.lang = font.lang;
  return context;
}

/** Characters drawn as nothing: joiners, variation selectors and other format marks, and combining marks. */
const INVISIBLE = /[\p{Cf}\p{M}]/u;
/** The box that stands for a character no card font has, as a fraction of the font size: advance, width, height. */
const MISSING = { advance: 0.6, width: 0.42, height: 0.7 };

/**
 * A text as runs the fonts have and boxes for the characters none of them has. Skia would look such a character up
 * in the system's fonts (Arabic from one machine's fonts, a box on another's): the box keeps every machine's card
 * the same, as the cache needs.
 */
function pieces(text: string): (string | null)[] {
  const coverage = cardCoverage();
  const out: (string | null)[] = [];
  let piece = '';
  for (const char of text) {
    if (coverage.has(char.codePointAt(0)!)) piece += char;
    else if (!INVISIBLE.test(char)) {
      if (piece !== '') out.push(piece);
      piece = '';
      out.push(null);
    }
  }
  if (piece !== '') out.push(piece);
  return out;
}

const extents = new Map<string, { ascent: number; descent: number }>();

/** Text measured as paint.ts draws it, in the card's fonts, with a box for each character they lack. */
export const cardMeasure: TextMeasure = {
  width(text, font) {
    const context = withFont(canvas().context, font);
    return pieces(text).reduce((width, piece) => width + (piece === null ? MISSING.advance * font.size : context.measureText(piece).width), 0);
  },
  extent(font) {
    const key = `${cssFont(font)} ${font.lang}`;
    let extent = extents.get(key);
    if (!extent) {
      const metrics = withFont(canvas().context, font).measureText('');
      extent = { ascent: metrics.fontBoundingBoxAscent, descent: metrics.fontBoundingBoxDescent };
      extents.set(key, extent);
    }
    return extent;
  },
};

function paintShape(context: SKRSContext2D, shape: CardShape): void {
  if (shape.type === 'rect') {
    context.fillStyle = shape.fill;
    if (!shape.radii) return context.fillRect(shape.x, shape.y, shape.width, shape.height);
    context.beginPath();
    context.roundRect(shape.x, shape.y, shape.width, shape.height, shape.radii);
    context.fill();
    return;
  }
  context.save();
  context.translate(shape.x, shape.y);
  context.scale(shape.size / 24, shape.size / 24);
  context.fillStyle = shape.disc;
  context.beginPath();
  context.arc(12, 12, 12, 0, 2 * Math.PI);
  context.fill();
  context.strokeStyle = shape.stroke;
  context.lineWidth = 2.4;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.stroke(new Path2D(shape.path));
  context.restore();
}

function paintLine(context: SKRSContext2D, line: CardLine): void {
  withFont(context, line.font);
  context.fillStyle = line.fill;
  let x = line.x;
  const all = pieces(line.text);
  for (const [i, piece] of all.entries()) {
    if (piece !== null) {
      context.fillText(piece, x, line.y);
      // Measured only when a box follows: most lines are drawn whole.
      if (i < all.length - 1) x += context.measureText(piece).width;
      continue;
    }
    const size = line.font.size;
    const width = MISSING.width * size;
    context.lineWidth = Math.max(1, size / 16);
    context.strokeStyle = line.fill;
    context.strokeRect(x + (MISSING.advance * size - width) / 2, line.y - MISSING.height * size, width, MISSING.height * size);
    x += MISSING.advance * size;
  }
}

/** The card's pixels, 1200×630 opaque RGBA, straight from the canvas. */
export function paintCard({ shapes, lines }: CardDrawing): Uint8Array {
  const { canvas: card, context } = canvas();
  // An opaque ground makes every pixel opaque, whatever the shapes: the PNG stores them as they are (png.ts).
  context.fillStyle = '#fff';
  context.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  for (const shape of shapes) paintShape(context, shape);
  for (const line of lines) paintLine(context, line);
  return card.data();
}
