// Paints a card's split SVG (svg-text.ts) with Skia: the shapes as an SVG image, the words with the card's fonts.
// Skia draws each glyph from a cache of rasterised glyphs, where rasterising every glyph's outline from the SVG
// (resvg) cost most of a card's time. One canvas per thread, reused card after card, and the shapes painted once
// for all the cards that share them.
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { cardCoverage, cardFonts } from './fonts.ts';
import type { ClipShape, SplitSvg, TextRun } from './svg-text.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './types.ts';

// Only the card's own fonts may draw it: with the system's fonts as fallbacks, a character none of them has would
// look different on every machine. The canvas package reads this when it loads, so it is loaded after it is set.
process.env.DISABLE_SYSTEM_FONTS_LOAD = '1';
const { createCanvas, GlobalFonts, Image, Path2D } = await import('@napi-rs/canvas');

let surface: { canvas: Canvas; context: SKRSContext2D } | null = null;

/** The name a face is registered under: satori's family name (lower case) and the weight, `inter latin-ext 700`. */
const faceName = (family: string, weight: number | string) => `${family.toLowerCase()} ${weight}`;
const WEIGHTS: Record<string, number> = { normal: 400, bold: 700 };

/**
 * The thread's canvas, with the card's fonts registered, each face as a family of its own. Worker threads share
 * the process's fonts, so each registers them again; a family of one face finds the same face whatever the
 * copies, where a family of several weights found a different copy and changed the picture.
 */
function canvas(): { canvas: Canvas; context: SKRSContext2D } {
  if (surface) return surface;
  for (const font of cardFonts()) {
    if (!GlobalFonts.register(font.data as Buffer, faceName(font.name, font.weight ?? 400))) throw new Error(`the card font ${font.name} ${font.weight} could not be loaded`);
  }
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  surface = { canvas, context: canvas.getContext('2d') };
  return surface;
}

/** The shapes of cards drawn so far, painted: a site's cards have a handful of different ones (one a label). */
const layers = new Map<string, Canvas>();
const MAX_LAYERS = 64;

function layer(shapes: string): Canvas {
  let painted = layers.get(shapes);
  if (painted) return painted;
  const image = new Image();
  image.src = Buffer.from(shapes);
  if (image.width !== CARD_WIDTH || image.height !== CARD_HEIGHT) throw new Error(`a card's shapes did not load as a ${CARD_WIDTH}×${CARD_HEIGHT} image`);
  painted = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const context = painted.getContext('2d');
  // An opaque ground makes every pixel opaque, whatever the shapes: the PNG stores them as they are (png.ts).
  context.fillStyle = '#fff';
  context.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  context.drawImage(image, 0, 0);
  if (layers.size === MAX_LAYERS) layers.clear();
  layers.set(shapes, painted);
  return painted;
}

function clip(context: SKRSContext2D, shape: ClipShape): void {
  if ('rect' in shape) {
    context.beginPath();
    context.rect(...shape.rect);
    context.clip();
  } else {
    context.clip(new Path2D(shape.path), shape.evenOdd ? 'evenodd' : 'nonzero');
  }
}

const quoted = (family: string) => `"${family.replace(/["\\]/g, '')}"`;

/** Characters drawn as nothing: joiners, variation selectors and other format marks, and combining marks. */
const INVISIBLE = /[\p{Cf}\p{M}]/u;
/** The box that stands for a character no card font has, as a fraction of the font size: advance, width, height. */
const MISSING = { advance: 0.6, width: 0.42, height: 0.7 };

/**
 * A run's words, with a box in place of each character that no card font has. Skia would look such a character up
 * in the system's fonts (Arabic from one machine's fonts, a box on another's): the box keeps every machine's card
 * the same, as the cache needs.
 */
function drawWords(context: SKRSContext2D, run: TextRun): void {
  const coverage = cardCoverage();
  let x = run.x;
  let piece = '';
  const flush = (more: boolean) => {
    if (piece === '') return;
    context.fillText(piece, x, run.y);
    // Measured only when a box follows: most runs are drawn whole.
    if (more) x += context.measureText(piece).width;
    piece = '';
  };
  for (const char of run.text) {
    if (coverage.has(char.codePointAt(0)!)) piece += char;
    else if (!INVISIBLE.test(char)) {
      flush(true);
      context.lineWidth = Math.max(1, run.size / 16);
      context.strokeStyle = run.fill;
      const width = MISSING.width * run.size;
      context.strokeRect(x + (MISSING.advance * run.size - width) / 2, run.y - MISSING.height * run.size, width, MISSING.height * run.size);
      x += MISSING.advance * run.size;
    }
  }
  flush(false);
}

/** The card's pixels, 1200×630 opaque RGBA, straight from the canvas. */
export function paintCard({ shapes, runs }: SplitSvg): Uint8Array {
  const { canvas: card, context } = canvas();
  context.drawImage(layer(shapes), 0, 0);
  // Runs come in order, and most share their clips and font with the one before: state changes only when they differ.
  let clips: ClipShape[] | null = null;
  let state = { font: '', fill: '', spacing: '' };
  for (const run of runs) {
    if (run.clips !== clips) {
      if (clips) context.restore();
      context.save();
      for (const shape of run.clips) clip(context, shape);
      clips = run.clips;
      state = { font: '', fill: '', spacing: '' };
    }
    const weight = WEIGHTS[run.weight] ?? run.weight;
    const font = `${run.style} ${weight} ${run.size}px ${run.families.map((family) => quoted(faceName(family, weight))).join(', ')}`;
    const spacing = `${run.letterSpacing}px`;
    if (font !== state.font) context.font = state.font = font;
    if (run.fill !== state.fill) context.fillStyle = state.fill = run.fill;
    if (spacing !== state.spacing) context.letterSpacing = state.spacing = spacing;
    drawWords(context, run);
  }
  if (clips) context.restore();
  return card.data();
}
