// The social card's public face, for pages and the build: its input, size, face, words and alt text.
// Each job lives in its own module (types, fit, badge, words, layout, palette, fonts); this one only gathers them.
export { CARD_HEIGHT, CARD_WIDTH, type CardInput } from './types.ts';
export { fitFooter, fitQuote, QUOTE_SIZES, SUMMARY, summaryBudget } from './fit.ts';
export { FONT_SUBSETS, SANS, SERIF, subsetFamily } from './fonts.ts';
export { charBudget, collapseSpace, graphemes, truncateAtWord } from './text.ts';
export { cardFace, type CardFace } from './layout.ts';
export { ALT_MAX, cardAlt, cardText } from './words.ts';
