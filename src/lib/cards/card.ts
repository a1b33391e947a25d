// The social card of an annotation, as a satori element tree: what a shared link shows.
// Pure: plain data in, plain objects out. Every string is editor input and goes in as a text child,
// which satori draws as text; nothing here is ever read as markup.
import type { ArticleMeta, SiteSettings, Verdict } from '../../schemas/index.ts';
import type { ResolvedAnnotation } from '../graph/types.ts';
import { annotationLabel, KIND_LABELS } from '../vocabulary.ts';
import { charBudget, collapseSpace, graphemes, truncateAtWord } from './text.ts';

export { charBudget, collapseSpace, graphemes, truncateAtWord } from './text.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Font family names, as registered with satori by render.ts. */
export const SERIF = 'Source Serif 4';
export const SANS = 'Inter';
/**
 * The unicode subsets of each face. satori keeps one font per family, weight and style, so each subset is
 * its own family (`Inter cyrillic`), and a style lists them all: a character missing from one comes from the next.
 */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek'] as const;
export const subsetFamily = (name: string, subset: (typeof FONT_SUBSETS)[number]) => (subset === 'latin' ? name : `${name} ${subset}`);
const familyList = (name: string) => FONT_SUBSETS.map((subset) => `"${subsetFamily(name, subset)}"`).join(', ');
const SERIF_FAMILY = familyList(SERIF);
const SANS_FAMILY = familyList(SANS);

/** An element of the tree satori draws (its input; satori's own `SatoriNode` type is the laid-out node). */
export interface SatoriNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: SatoriChild | SatoriChild[];
    [attribute: string]: unknown;
  };
}
export type SatoriChild = SatoriNode | string;

export interface CardInput {
  settings: Pick<SiteSettings, 'name'>;
  article: Pick<ArticleMeta, 'title' | 'publisher' | 'language'>;
  annotation: Pick<ResolvedAnnotation, 'annotation' | 'quote'>;
  /** Language of the site's own words (labels, summary); the quote is in the article's. */
  language?: string;
}

// The site's light palette (src/styles/site.css): ink on a light tint, for each verdict and kind.
const PAPER = '#fdfcf9';
const INK = '#1d1c1a';
const MUTED = '#5d5950';
const RULE = '#dcd7cc';
const TONES: Record<Verdict | 'note' | 'correction', { ink: string; bg: string; icon: string }> = {
  supported: { ink: '#1c5c2e', bg: '#e1f0e4', icon: 'M6.5 12.5l3.7 3.7L17.5 8' },
  'mostly-supported': { ink: '#35560f', bg: '#e9f1da', icon: 'M6 10c2-1.8 4-1.8 6 0s4 1.8 6 0M6 15c2-1.8 4-1.8 6 0s4 1.8 6 0' },
  mixed: { ink: '#6a4700', bg: '#faecc6', icon: 'M12 6.5v7M8.5 10h7M8.5 17.5h7' },
  misleading: { ink: '#8a3500', bg: '#fde2cc', icon: 'M12 6.5v6.5M12 17v.5' },
  contradicted: { ink: '#9a1b1b', bg: '#fadbd8', icon: 'M8 8l8 8M16 8l-8 8' },
  unverifiable: { ink: '#484650', bg: '#e7e6ec', icon: 'M9.2 9.5a2.9 2.9 0 1 1 4.3 2.5c-.9.5-1.5 1.1-1.5 2.2M12 17.5v.2' },
  note: { ink: '#1d4c82', bg: '#e0ebf7', icon: 'M12 11v6M12 7.2v.3' },
  correction: { ink: '#64297f', bg: '#f0e3f5', icon: 'M14.5 6.5l3 3L10 17l-3.8.8L7 14z' },
};

// The boxes, in px. Padding left and right, and so the width every line of text has.
const PAD_X = 64;
const TEXT_WIDTH = CARD_WIDTH - 2 * PAD_X;

/**
 * Quote sizes, largest first: the first whose budget holds the whole quote is used, and the last one
 * truncates. Source Serif 4 averages about 0.47 em a character in running text; 0.5 leaves room for
 * capitals and wide scripts, and satori's line clamp is the backstop.
 */
export const QUOTE_SIZES = [
  { fontSize: 76, lineHeight: 1.14, lines: 2 },
  { fontSize: 64, lineHeight: 1.16, lines: 3 },
  { fontSize: 54, lineHeight: 1.18, lines: 4 },
  { fontSize: 46, lineHeight: 1.2, lines: 4 },
] as const;
const SERIF_ADVANCE = 0.5;
/** Inter averages about 0.49 em in running text; 0.52 for some margin. */
const SANS_ADVANCE = 0.52;
export const SUMMARY = { fontSize: 27, lineHeight: 1.36, lines: 3 } as const;
const FOOTER_SIZE = 22;

const budgetOf = (size: { fontSize: number; lines: number }, advance: number, width = TEXT_WIDTH) =>
  charBudget({ width, lines: size.lines, fontSize: size.fontSize, advance });

/** The quote's size and text, marks included, fitted to the quote box. */
export function fitQuote(quote: string): { fontSize: number; lineHeight: number; lines: number; text: string; budget: number } {
  const clean = collapseSpace(quote);
  // Two of the budget's characters go to the quotation marks.
  const sizes = QUOTE_SIZES.map((size) => ({ ...size, budget: budgetOf(size, SERIF_ADVANCE) - 2 }));
  const size = sizes.find((s) => graphemes(clean).length <= s.budget) ?? sizes[sizes.length - 1]!;
  return { ...size, text: `“${truncateAtWord(clean, size.budget)}”` };
}

export const summaryBudget = () => budgetOf(SUMMARY, SANS_ADVANCE);

/** The footer's two parts on one line: the publisher whole when it can be, the title in what is left. */
export function fitFooter(title: string, publisher: string): { title: string; publisher: string } {
  const total = budgetOf({ fontSize: FOOTER_SIZE, lines: 1 }, SANS_ADVANCE) - 4;
  const pub = truncateAtWord(publisher, Math.floor(total / 3));
  return { publisher: pub, title: truncateAtWord(title, total - graphemes(pub).length) };
}

function el(type: string, style: Record<string, string | number>, children?: SatoriChild | SatoriChild[], attributes: Record<string, unknown> = {}): SatoriNode {
  return { type, props: { ...attributes, style, ...(children === undefined ? {} : { children }) } };
}

/** A small line drawing in a disc, so the label has a shape as well as a colour and a word. */
function icon(path: string, tone: { ink: string }, size: number): SatoriNode {
  return el(
    'svg',
    { width: size, height: size, flexShrink: 0 },
    [
      el('circle', {}, undefined, { cx: 12, cy: 12, r: 12, fill: tone.ink }),
      el('path', {}, undefined, { d: path, fill: 'none', stroke: '#ffffff', 'stroke-width': 2.4, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
    ],
    { width: size, height: size, viewBox: '0 0 24 24' },
  );
}

/** The label: for a claim, "Claim" and its verdict; for a note or a correction, its kind. */
function label(annotation: CardInput['annotation']['annotation']): { tone: (typeof TONES)[keyof typeof TONES]; kicker: string | null; text: string } {
  const { label: text, verdict } = annotationLabel(annotation);
  if (verdict) return { tone: TONES[verdict.verdict], kicker: KIND_LABELS.claim.label, text };
  return { tone: TONES[annotation.kind === 'claim' ? 'note' : annotation.kind], kicker: null, text };
}

/** The words on the card, each fitted to its box. */
export function cardText(input: CardInput) {
  return {
    badge: label(input.annotation.annotation),
    quote: fitQuote(input.annotation.quote.quote),
    summary: truncateAtWord(input.annotation.annotation.summary, summaryBudget()),
    footer: fitFooter(input.article.title, input.article.publisher),
    siteName: truncateAtWord(input.settings.name, 40),
  };
}

/** Longest alt text the big networks keep (X: 420 characters). */
export const ALT_MAX = 420;

/** The card's text alternative, for og:image:alt and twitter:image:alt: what the card says, in reading order. */
export function cardAlt(input: CardInput): string {
  const { badge, quote, footer, siteName } = cardText(input);
  const head = `${siteName}: ${badge.kicker ? `${badge.kicker}, rated ${badge.text}` : badge.text}. ${quote.text}`;
  const tail = `From ${footer.title}, ${footer.publisher}.`;
  const room = ALT_MAX - graphemes(head).length - graphemes(tail).length - 2;
  const summary = room > 20 ? ` ${truncateAtWord(input.annotation.annotation.summary, room)}` : '';
  return truncateAtWord(`${head}${summary} ${tail}`, ALT_MAX);
}

/** The card's element tree, 1200×630, for satori. */
export function cardTree(input: CardInput): SatoriNode {
  const { badge, quote, summary, footer, siteName } = cardText(input);

  const pill = el(
    'div',
    { display: 'flex', flexShrink: 0, alignItems: 'stretch', borderRadius: 8, overflow: 'hidden', border: `2px solid ${badge.tone.ink}` },
    [
      ...(badge.kicker
        ? [el('div', { display: 'flex', alignItems: 'center', padding: '0 18px', backgroundColor: badge.tone.ink, color: '#ffffff', fontSize: 22, fontWeight: 700, letterSpacing: 1.5, textTransform: 'uppercase' }, badge.kicker)]
        : []),
      el('div', { display: 'flex', alignItems: 'center', gap: 12, padding: '9px 20px 9px 14px', backgroundColor: badge.tone.bg, color: badge.tone.ink, fontSize: 30, fontWeight: 700 }, [
        icon(badge.tone.icon, badge.tone, 32),
        el('span', {}, badge.text),
      ]),
    ],
  );

  const header = el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 32 }, [
    pill,
    el('div', { display: 'block', flexShrink: 1, lineClamp: 1, overflow: 'hidden', fontSize: 24, fontWeight: 700, color: INK, letterSpacing: 0.3 }, siteName),
  ]);

  const body = el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', gap: 26, paddingBottom: 8 }, [
    el(
      'div',
      {
        display: 'block',
        fontFamily: SERIF_FAMILY,
        fontSize: quote.fontSize,
        lineHeight: quote.lineHeight,
        color: INK,
        overflowWrap: 'break-word',
        lineClamp: quote.lines,
        maxHeight: Math.ceil(quote.fontSize * quote.lineHeight * quote.lines),
        overflow: 'hidden',
      },
      quote.text,
      { lang: input.article.language, 'data-part': 'quote' },
    ),
    el(
      'div',
      {
        display: 'block',
        fontSize: SUMMARY.fontSize,
        lineHeight: SUMMARY.lineHeight,
        color: '#3b3934',
        overflowWrap: 'break-word',
        lineClamp: SUMMARY.lines,
        maxHeight: Math.ceil(SUMMARY.fontSize * SUMMARY.lineHeight * SUMMARY.lines),
        overflow: 'hidden',
      },
      summary,
      { 'data-part': 'summary' },
    ),
  ]);

  const foot = el('div', { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: 24, paddingTop: 18, borderTop: `2px solid ${RULE}`, fontSize: FOOTER_SIZE }, [
    el('div', { display: 'block', fontWeight: 600, color: INK, lineClamp: 1, overflow: 'hidden', flexShrink: 1 }, footer.title),
    el('div', { display: 'block', color: MUTED, flexShrink: 0, lineClamp: 1 }, footer.publisher),
  ]);

  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: PAPER,
      fontFamily: SANS_FAMILY,
      color: INK,
      borderTop: `14px solid ${badge.tone.ink}`,
      padding: `40px ${PAD_X}px 38px`,
    },
    [header, body, foot],
    { lang: input.language ?? 'en' },
  );
}
