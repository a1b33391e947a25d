// The card's element tree, 1200×630, for satori: boxes, type and colours around the fitted words.
// Pure apart from the palette, read once: plain data in, plain objects out. Every string is editor input and
// goes in as a text child, which satori draws as text; nothing here is ever read as markup.
import { FOOTER_SIZE, PAD_X, SUMMARY } from './fit.ts';
import { SANS_FAMILY, SERIF_FAMILY } from './fonts.ts';
import { cardPalette } from './palette.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardInput, type SatoriChild, type SatoriNode } from './types.ts';
import { cardText } from './words.ts';

function el(type: string, style: Record<string, string | number>, children?: SatoriChild | SatoriChild[], attributes: Record<string, unknown> = {}): SatoriNode {
  return { type, props: { ...attributes, style, ...(children === undefined ? {} : { children }) } };
}

/** The label's icon: its line drawing in a disc of the tone's ink. */
function icon(path: string, ink: string, stroke: string, size: number): SatoriNode {
  return el(
    'svg',
    { width: size, height: size, flexShrink: 0 },
    [
      el('circle', {}, undefined, { cx: 12, cy: 12, r: 12, fill: ink }),
      el('path', {}, undefined, { d: path, fill: 'none', stroke, 'stroke-width': 2.4, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
    ],
    { width: size, height: size, viewBox: '0 0 24 24' },
  );
}

/** The card's element tree, 1200×630, for satori. */
export function cardTree(input: CardInput): SatoriNode {
  const { badge, quote, summary, footer, siteName } = cardText(input);
  const colour = cardPalette();

  const pill = el(
    'div',
    { display: 'flex', flexShrink: 0, alignItems: 'stretch', borderRadius: 8, overflow: 'hidden', border: `2px solid ${badge.tone.ink}` },
    [
      ...(badge.kicker
        ? [el('div', { display: 'flex', alignItems: 'center', padding: '0 18px', backgroundColor: badge.tone.ink, color: colour.onInk, fontSize: 22, fontWeight: 700, letterSpacing: 1.5, textTransform: 'uppercase' }, badge.kicker)]
        : []),
      el('div', { display: 'flex', alignItems: 'center', gap: 12, padding: '9px 20px 9px 14px', backgroundColor: badge.tone.bg, color: badge.tone.ink, fontSize: 30, fontWeight: 700 }, [
        ...(badge.tone.icon ? [icon(badge.tone.icon, badge.tone.ink, colour.onInk, 32)] : []),
        el('span', {}, badge.text),
      ]),
    ],
  );

  const header = el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 32 }, [
    pill,
    el('div', { display: 'block', flexShrink: 1, lineClamp: 1, overflow: 'hidden', fontSize: 24, fontWeight: 700, color: colour.ink, letterSpacing: 0.3 }, siteName),
  ]);

  const body = el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', gap: 26, paddingBottom: 8 }, [
    el(
      'div',
      {
        display: 'block',
        fontFamily: SERIF_FAMILY,
        fontSize: quote.fontSize,
        lineHeight: quote.lineHeight,
        color: colour.ink,
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
        color: colour.summary,
        overflowWrap: 'break-word',
        lineClamp: SUMMARY.lines,
        maxHeight: Math.ceil(SUMMARY.fontSize * SUMMARY.lineHeight * SUMMARY.lines),
        overflow: 'hidden',
      },
      summary,
      { 'data-part': 'summary' },
    ),
  ]);

  const foot = el('div', { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: 24, paddingTop: 18, borderTop: `2px solid ${colour.rule}`, fontSize: FOOTER_SIZE }, [
    el('div', { display: 'block', fontWeight: 600, color: colour.ink, lineClamp: 1, overflow: 'hidden', flexShrink: 1 }, footer.title),
    el('div', { display: 'block', color: colour.muted, flexShrink: 0, lineClamp: 1 }, footer.publisher),
  ]);

  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: colour.paper,
      fontFamily: SANS_FAMILY,
      color: colour.ink,
      borderTop: `14px solid ${badge.tone.ink}`,
      padding: `40px ${PAD_X}px 38px`,
    },
    [header, body, foot],
    { lang: input.language ?? 'en' },
  );
}
