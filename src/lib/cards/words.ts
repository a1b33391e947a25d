// What a card says: its words, each fitted to its box, and the same words as the card's alt text.
import { badge, cardLabel } from './badge.ts';
import { fitFooter, fitQuote, SITE_NAME_BUDGET, summaryBudget } from './fit.ts';
import { graphemes, truncateAtWord } from './text.ts';
import type { CardInput } from './types.ts';

/** The words of the card that need no colours, each fitted to its box: what pages need for the alt text. */
function fittedWords(input: CardInput) {
  return {
    quote: fitQuote(input.annotation.quote.quote),
    footer: fitFooter(input.article.title, input.article.publisher),
    siteName: truncateAtWord(input.settings.name, SITE_NAME_BUDGET),
  };
}

/** The words on the card, each fitted to its box, with the label's colours. */
export function cardText(input: CardInput) {
  return {
    badge: badge(input.annotation.annotation),
    summary: truncateAtWord(input.annotation.annotation.summary, summaryBudget()),
    ...fittedWords(input),
  };
}

/** Longest alt text the big networks keep (X: 420 characters). */
export const ALT_MAX = 420;

/** The card's text alternative, for og:image:alt and twitter:image:alt: what the card says, in reading order. */
export function cardAlt(input: CardInput): string {
  // The label without its colours: pages ask for the alt text, and need no palette for it.
  const label = cardLabel(input.annotation.annotation);
  const { quote, footer, siteName } = fittedWords(input);
  const head = `${siteName}: ${label.kicker ? `${label.kicker}, rated ${label.text}` : label.text}. ${quote.text}`;
  const tail = `From ${footer.title}, ${footer.publisher}.`;
  const room = ALT_MAX - graphemes(head).length - graphemes(tail).length - 2;
  const summary = room > 20 ? ` ${truncateAtWord(input.annotation.annotation.summary, room)}` : '';
  return truncateAtWord(`${head}${summary} ${tail}`, ALT_MAX);
}
