// The card's drawing, 1200×630: where each box, icon and line of text goes, laid out from the card's face (its fitted
// words and colours) with a measure of text that paint.ts gives from Skia. Pure: a face and a measure in, plain shapes
// and lines out. Every string is editor input and stays a string to draw; nothing here reads it as markup.
import { FOOTER_SIZE, PAD_X, SUMMARY } from './fit.ts';
import { cardPalette, type CardPalette } from './palette.ts';
import { graphemes, withEllipsis } from './text.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardInput } from './types.ts';
import { cardText } from './words.ts';

/** What a card shows: its words fitted to their boxes, the label's tone and icon, the colours and the languages. */
export interface CardFace extends ReturnType<typeof cardText> {
  colours: Omit<CardPalette, 'tones'>;
  /** The language of the site's words, and of the article's (its quote, title and publisher): shaping can depend on it. */
  languages: { site: string; article: string };
}

/** The card's face for an annotation: what its cache key hashes and what a worker draws. */
export function cardFace(input: CardInput): CardFace {
  const { tones: _tones, ...colours } = cardPalette();
  return { ...cardText(input), colours, languages: { site: input.language ?? 'en', article: input.article.language } };
}

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

export type CardShape =
  | { type: 'rect'; x: number; y: number; width: number; height: number; fill: string; radii?: [number, number, number, number] }
  /** A 24×24 line drawing in a disc, drawn `size` px wide. */
  | { type: 'icon'; x: number; y: number; size: number; path: string; disc: string; stroke: string };

/** One line of text, from its start on its baseline. */
export interface CardLine {
  x: number;
  y: number;
  text: string;
  font: CardFont;
  fill: string;
}

export interface CardDrawing {
  /** Painted first, in order, on an opaque ground. */
  shapes: CardShape[];
  lines: CardLine[];
}

const ELLIPSIS = '…';
const BORDER_TOP = 14;
const PAD = { top: 40, bottom: 38 };
const PILL = { border: 2, radius: 8, kickerPadX: 18, padY: 9, padLeft: 14, padRight: 20, icon: 32, gap: 12 };
const HEADER_GAP = 32;
const BODY = { gap: 26, padBottom: 8 };
const FOOTER = { rule: 2, padTop: 18, gap: 24 };

/** The fonts of the card's texts, each in the language of the site's words or of the article's. */
const cardFonts = ({ site, article }: CardFace['languages']) =>
  ({
    kicker: { family: 'sans', weight: 700, size: 22, letterSpacing: 1.5, lang: site },
    label: { family: 'sans', weight: 700, size: 30, letterSpacing: 0, lang: site },
    site: { family: 'sans', weight: 700, size: 24, letterSpacing: 0.3, lang: site },
    summary: { family: 'sans', weight: 400, size: SUMMARY.fontSize, letterSpacing: 0, lang: site },
    title: { family: 'sans', weight: 600, size: FOOTER_SIZE, letterSpacing: 0, lang: article },
    publisher: { family: 'sans', weight: 400, size: FOOTER_SIZE, letterSpacing: 0, lang: article },
  }) as const satisfies Record<string, CardFont>;

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

/** The card's shapes and lines of text, 1200×630, from its face. */
export function layoutCard(face: CardFace, measure: TextMeasure): CardDrawing {
  const { colours } = face;
  const fonts = cardFonts(face.languages);
  const tone = face.badge.tone;
  const shapes: CardShape[] = [
    { type: 'rect', x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT, fill: colours.paper },
    { type: 'rect', x: 0, y: 0, width: CARD_WIDTH, height: BORDER_TOP, fill: tone.ink },
  ];
  const lines: CardLine[] = [];
  const left = PAD_X;
  const right = CARD_WIDTH - PAD_X;
  const top = BORDER_TOP + PAD.top;
  const bottom = CARD_HEIGHT - PAD.bottom;
  /** A line's height when the font sets it ("normal"), and the baseline of text centred in a box. */
  const normal = (font: CardFont) => {
    const { ascent, descent } = measure.extent(font);
    return ascent + descent;
  };
  const baseline = (font: CardFont, boxTop: number, boxHeight: number) => Math.round(boxTop + (boxHeight - normal(font)) / 2 + measure.extent(font).ascent);

  // The header: the label's pill (the kicker on the tone's ink, then the icon and the verdict on its light ground),
  // and the site's name on the right.
  const kicker = face.badge.kicker?.toUpperCase() ?? null;
  const kickerWidth = kicker === null ? 0 : Math.round(PILL.kickerPadX * 2 + measure.width(kicker, fonts.kicker));
  const labelInner = Math.max(tone.icon ? PILL.icon : 0, normal(fonts.label));
  const innerHeight = Math.round(PILL.padY * 2 + labelInner);
  const iconWidth = tone.icon ? PILL.icon + PILL.gap : 0;
  const labelWidth = Math.round(PILL.padLeft + iconWidth + measure.width(face.badge.text, fonts.label) + PILL.padRight);
  const pillWidth = PILL.border * 2 + kickerWidth + labelWidth;
  const pillHeight = innerHeight + PILL.border * 2;
  const inner = { x: left + PILL.border, y: top + PILL.border };
  const round = PILL.radius - PILL.border;
  shapes.push(
    { type: 'rect', x: left, y: top, width: pillWidth, height: pillHeight, fill: tone.ink, radii: [PILL.radius, PILL.radius, PILL.radius, PILL.radius] },
    { type: 'rect', x: inner.x + kickerWidth, y: inner.y, width: labelWidth, height: innerHeight, fill: tone.bg, radii: kicker === null ? [round, round, round, round] : [0, round, round, 0] },
  );
  if (kicker !== null) lines.push({ x: inner.x + PILL.kickerPadX, y: baseline(fonts.kicker, inner.y, innerHeight), text: kicker, font: fonts.kicker, fill: colours.onInk });
  const labelX = inner.x + kickerWidth + PILL.padLeft;
  if (tone.icon) {
    shapes.push({ type: 'icon', x: labelX, y: Math.round(inner.y + PILL.padY + (labelInner - PILL.icon) / 2), size: PILL.icon, path: tone.icon, disc: tone.ink, stroke: colours.onInk });
  }
  lines.push({ x: labelX + iconWidth, y: baseline(fonts.label, inner.y + PILL.padY, labelInner), text: face.badge.text, font: fonts.label, fill: tone.ink });
  const siteName = clampLine(face.siteName, fonts.site, right - left - pillWidth - HEADER_GAP, measure);
  lines.push({ x: right - measure.width(siteName, fonts.site), y: baseline(fonts.site, top, pillHeight), text: siteName, font: fonts.site, fill: colours.ink });

  // The footer: a rule, the article's title on the left and its publisher, whole when it can be, on the right.
  const footerTop = Math.round(bottom - FOOTER.rule - FOOTER.padTop - normal(fonts.title));
  shapes.push({ type: 'rect', x: left, y: footerTop, width: right - left, height: FOOTER.rule, fill: colours.rule });
  const footLine = baseline(fonts.title, footerTop + FOOTER.rule + FOOTER.padTop, normal(fonts.title));
  const publisher = clampLine(face.footer.publisher, fonts.publisher, right - left, measure);
  const publisherWidth = measure.width(publisher, fonts.publisher);
  lines.push({ x: right - publisherWidth, y: footLine, text: publisher, font: fonts.publisher, fill: colours.muted });
  const title = clampLine(face.footer.title, fonts.title, right - left - publisherWidth - FOOTER.gap, measure);
  lines.push({ x: left, y: footLine, text: title, font: fonts.title, fill: colours.ink });

  // The body, centred between them: the quote, large, and the summary under it.
  const quoteFont: CardFont = { family: 'serif', weight: 400, size: face.quote.fontSize, letterSpacing: 0, lang: face.languages.article };
  const quoteLines = wrapLines(face.quote.text, quoteFont, right - left, face.quote.lines, measure);
  const summaryLines = wrapLines(face.summary, fonts.summary, right - left, SUMMARY.lines, measure);
  const quoteLeading = face.quote.fontSize * face.quote.lineHeight;
  const summaryLeading = SUMMARY.fontSize * SUMMARY.lineHeight;
  const bodyHeight = quoteLines.length * quoteLeading + (summaryLines.length > 0 ? BODY.gap + summaryLines.length * summaryLeading : 0);
  const bodyTop = top + pillHeight + (footerTop - BODY.padBottom - top - pillHeight - bodyHeight) / 2;
  quoteLines.forEach((text, i) => lines.push({ x: left, y: baseline(quoteFont, bodyTop + i * quoteLeading, quoteLeading), text, font: quoteFont, fill: colours.ink }));
  const summaryTop = bodyTop + quoteLines.length * quoteLeading + BODY.gap;
  summaryLines.forEach((text, i) => lines.push({ x: left, y: baseline(fonts.summary, summaryTop + i * summaryLeading, summaryLeading), text, font: fonts.summary, fill: colours.summary }));
  return { shapes, lines };
}
