// The social card as the pages see it: its size, the input it is drawn from, and its alt text. The drawing itself is
// the build's (integration/cards.ts), so pages load none of it.
export { CARD_HEIGHT, CARD_WIDTH, type CardInput } from './types.ts';
export { cardAlt } from './words.ts';
