// Text set in lines for a card: a font, a measure of text in it, and the breaking of a text into lines that fit.
import { graphemes, withEllipsis } from './text.ts';

export interface CardFont {
  family: 'serif' | 'sans';
  weight: 400 | 600 | 700;
  size: number;
  /** Added after every character, in px. */
  letterSpacing: number;
  /** The text's language. */
  lang: string;
}

/** How wide a text is drawn, and how far a font reaches above and below its baseline, in px. */
export interface TextMeasure {
  width(text: string, font: CardFont): number;
  extent(font: CardFont): { ascent: number; descent: number };
}

const ELLIPSIS = '…';

/**
 * The text, or its longest beginning that fits `width` with an ellipsis after it: cut at a word when it has more
 * than one, inside its word otherwise.
 */
export function clampLine(text: string, font: CardFont, width: number, measure: TextMeasure): string {
  if (measure.width(text, font) <= width) return text;
  const fits = (line: string) => measure.width(line, font) <= width;
  const words = text.split(' ');
  while (words.length > 1) {
    words.pop();
    const line = withEllipsis(words.join(' '));
    if (fits(line)) return line;
  }
  const chars = graphemes(words[0]!);
  for (let count = chars.length - 1; count > 0; count--) {
    const line = withEllipsis(chars.slice(0, count).join(''));
    if (fits(line)) return line;
  }
  return ELLIPSIS;
}

/**
 * The text broken into lines of at most `width` px, at spaces; a word wider than a line is broken between its
 * characters. Past `maxLines`, the last line kept ends with an ellipsis. A line's width is that of its words and
 * spaces, each measured once, as browsers measure them.
 */
export function wrapLines(text: string, font: CardFont, width: number, maxLines: number, measure: TextMeasure): string[] {
  const space = measure.width(' ', font);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(' ')) {
    const wordWidth = measure.width(word, font);
    if (line === '' ? wordWidth <= width : lineWidth + space + wordWidth <= width) {
      lineWidth = line === '' ? wordWidth : lineWidth + space + wordWidth;
      line = line === '' ? word : `${line} ${word}`;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    lineWidth = wordWidth;
    while (lineWidth > width) {
      const chars = graphemes(line);
      let fit = chars.length - 1;
      while (fit > 1 && measure.width(chars.slice(0, fit).join(''), font) > width) fit--;
      lines.push(chars.slice(0, fit).join(''));
      line = chars.slice(fit).join('');
      lineWidth = measure.width(line, font);
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  // With the next line's start the last line overflows, so it always ends with an ellipsis.
  kept[maxLines - 1] = clampLine(`${kept[maxLines - 1]} ${lines[maxLines]}`, font, width, measure);
  return kept;
}

/** A line's height when the font sets it (CSS's "normal"): how far the font reaches above and below its baseline. */
export function normalLineHeight(font: CardFont, measure: TextMeasure): number {
  const { ascent, descent } = measure.extent(font);
  return ascent + descent;
}

/** The baseline, on the pixel grid, of a line of text centred in a box, as CSS centres a line in its line box. */
export function centredBaseline(font: CardFont, box: { top: number; height: number }, measure: TextMeasure): number {
  return Math.round(box.top + (box.height - normalLineHeight(font, measure)) / 2 + measure.extent(font).ascent);
}
