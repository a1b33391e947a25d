// The card's drawing, 1200×630: where each box, icon and line of text goes, laid out from the card's face (its fitted
// words and colours) with a measure of text that paint.ts gives from Skia. Pure: a face and a measure in, plain shapes
// and lines out. Every string is editor input and stays a string to draw; nothing here reads it as markup.
import { FOOTER_SIZE, PAD_X, SUMMARY } from './fit.ts';
import { cardPalette, type CardPalette } from './palette.ts';
import { centredBaseline, clampLine, normalLineHeight, wrapLines, type CardFont, type TextMeasure } from './lines.ts';
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

const BORDER_TOP = 14;
const PAD = { top: 40, bottom: 38 };
const PILL = { border: 2, radius: 8, kickerPadX: 18, padY: 9, padLeft: 14, padRight: 20, icon: 32, gap: 12 };
const HEADER_GAP = 32;
const BODY = { gap: 26, padBottom: 8 };
const FOOTER = { rule: 2, padTop: 18, gap: 24 };

/** The fonts of the card's texts, each in the language of the site's words or of the article's. */
const textFonts = ({ site, article }: CardFace['languages']) =>
  ({
    kicker: { family: 'sans', weight: 700, size: 22, letterSpacing: 1.5, lang: site },
    label: { family: 'sans', weight: 700, size: 30, letterSpacing: 0, lang: site },
    site: { family: 'sans', weight: 700, size: 24, letterSpacing: 0.3, lang: site },
    summary: { family: 'sans', weight: 400, size: SUMMARY.fontSize, letterSpacing: 0, lang: site },
    title: { family: 'sans', weight: 600, size: FOOTER_SIZE, letterSpacing: 0, lang: article },
    publisher: { family: 'sans', weight: 400, size: FOOTER_SIZE, letterSpacing: 0, lang: article },
  }) as const satisfies Record<string, CardFont>;

/** Where the card's parts go: its text box inside the margins, and the fonts of its texts. */
interface Frame {
  face: CardFace;
  measure: TextMeasure;
  fonts: ReturnType<typeof textFonts>;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The header: the label's pill (the kicker on the tone's ink, then the icon and the verdict on the tone's light
 * ground), and the site's name on the right. Returns where it ends.
 */
function header({ face, measure, fonts, left, right, top }: Frame, into: CardDrawing): number {
  const { tone } = face.badge;
  const kicker = face.badge.kicker?.toUpperCase() ?? null;
  const kickerWidth = kicker === null ? 0 : Math.round(PILL.kickerPadX * 2 + measure.width(kicker, fonts.kicker));
  const labelInner = Math.max(tone.icon ? PILL.icon : 0, normalLineHeight(fonts.label, measure));
  const innerHeight = Math.round(PILL.padY * 2 + labelInner);
  const iconWidth = tone.icon ? PILL.icon + PILL.gap : 0;
  const labelWidth = Math.round(PILL.padLeft + iconWidth + measure.width(face.badge.text, fonts.label) + PILL.padRight);
  const pill = { width: PILL.border * 2 + kickerWidth + labelWidth, height: innerHeight + PILL.border * 2 };
  const inner = { x: left + PILL.border, y: top + PILL.border };
  const round = PILL.radius - PILL.border;
  into.shapes.push(
    { type: 'rect', x: left, y: top, ...pill, fill: tone.ink, radii: [PILL.radius, PILL.radius, PILL.radius, PILL.radius] },
    { type: 'rect', x: inner.x + kickerWidth, y: inner.y, width: labelWidth, height: innerHeight, fill: tone.bg, radii: kicker === null ? [round, round, round, round] : [0, round, round, 0] },
  );
  if (kicker !== null) {
    into.lines.push({ x: inner.x + PILL.kickerPadX, y: centredBaseline(fonts.kicker, { top: inner.y, height: innerHeight }, measure), text: kicker, font: fonts.kicker, fill: face.colours.onInk });
  }
  const labelX = inner.x + kickerWidth + PILL.padLeft;
  const labelBox = { top: inner.y + PILL.padY, height: labelInner };
  if (tone.icon) {
    into.shapes.push({ type: 'icon', x: labelX, y: Math.round(labelBox.top + (labelInner - PILL.icon) / 2), size: PILL.icon, path: tone.icon, disc: tone.ink, stroke: face.colours.onInk });
  }
  into.lines.push({ x: labelX + iconWidth, y: centredBaseline(fonts.label, labelBox, measure), text: face.badge.text, font: fonts.label, fill: tone.ink });
  const siteName = clampLine(face.siteName, fonts.site, right - left - pill.width - HEADER_GAP, measure);
  into.lines.push({ x: right - measure.width(siteName, fonts.site), y: centredBaseline(fonts.site, { top, height: pill.height }, measure), text: siteName, font: fonts.site, fill: face.colours.ink });
  return top + pill.height;
}

/** The footer: a rule, the article's title on the left and its publisher, whole when it can be, on the right. Returns where it starts. */
function footer({ face, measure, fonts, left, right, bottom }: Frame, into: CardDrawing): number {
  const lineHeight = normalLineHeight(fonts.title, measure);
  const top = Math.round(bottom - FOOTER.rule - FOOTER.padTop - lineHeight);
  into.shapes.push({ type: 'rect', x: left, y: top, width: right - left, height: FOOTER.rule, fill: face.colours.rule });
  const baseline = centredBaseline(fonts.title, { top: top + FOOTER.rule + FOOTER.padTop, height: lineHeight }, measure);
  const publisher = clampLine(face.footer.publisher, fonts.publisher, right - left, measure);
  const publisherWidth = measure.width(publisher, fonts.publisher);
  const title = clampLine(face.footer.title, fonts.title, right - left - publisherWidth - FOOTER.gap, measure);
  into.lines.push(
    { x: right - publisherWidth, y: baseline, text: publisher, font: fonts.publisher, fill: face.colours.muted },
    { x: left, y: baseline, text: title, font: fonts.title, fill: face.colours.ink },
  );
  return top;
}

/** The body, centred between the header and the footer: the quote, large, and the summary under it. */
function body({ face, measure, fonts, left, right }: Frame, between: { top: number; bottom: number }, into: CardDrawing): void {
  const quoteFont: CardFont = { family: 'serif', weight: 400, size: face.quote.fontSize, letterSpacing: 0, lang: face.languages.article };
  const blocks = [
    { font: quoteFont, leading: face.quote.fontSize * face.quote.lineHeight, fill: face.colours.ink, texts: wrapLines(face.quote.text, quoteFont, right - left, face.quote.lines, measure) },
    { font: fonts.summary, leading: SUMMARY.fontSize * SUMMARY.lineHeight, fill: face.colours.summary, texts: wrapLines(face.summary, fonts.summary, right - left, SUMMARY.lines, measure) },
  ].filter((block) => block.texts.length > 0);
  const height = blocks.reduce((sum, block) => sum + block.texts.length * block.leading, 0) + BODY.gap * (blocks.length - 1);
  let y = between.top + (between.bottom - BODY.padBottom - between.top - height) / 2;
  for (const block of blocks) {
    for (const text of block.texts) {
      into.lines.push({ x: left, y: centredBaseline(block.font, { top: y, height: block.leading }, measure), text, font: block.font, fill: block.fill });
      y += block.leading;
    }
    y += BODY.gap;
  }
}

/** The card's shapes and lines of text, 1200×630, from its face. */
export function layoutCard(face: CardFace, measure: TextMeasure): CardDrawing {
  const drawing: CardDrawing = {
    shapes: [
      { type: 'rect', x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT, fill: face.colours.paper },
      { type: 'rect', x: 0, y: 0, width: CARD_WIDTH, height: BORDER_TOP, fill: face.badge.tone.ink },
    ],
    lines: [],
  };
  const frame: Frame = { face, measure, fonts: textFonts(face.languages), left: PAD_X, right: CARD_WIDTH - PAD_X, top: BORDER_TOP + PAD.top, bottom: CARD_HEIGHT - PAD.bottom };
  const headerEnd = header(frame, drawing);
  const footerStart = footer(frame, drawing);
  body(frame, { top: headerEnd, bottom: footerStart }, drawing);
  return drawing;
}
