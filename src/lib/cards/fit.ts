// The card's text boxes: their type sizes and character budgets, and each text fitted to its box.
import { charBudget, collapseSpace, graphemes, truncateAtWord } from './text.ts';
import { CARD_WIDTH } from './types.ts';

/** Padding left and right, in px, and so the width every line of text has. */
export const PAD_X = 64;
const TEXT_WIDTH = CARD_WIDTH - 2 * PAD_X;

/**
 * Quote sizes, largest first: the first whose budget holds the whole quote is used, and the last one
 * truncates. Source Serif 4 averages about 0.47 em a character in running text; 0.5 leaves room for
 * capitals and wide scripts, and the layout's line clamp is the backstop.
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
export const FOOTER_SIZE = 22;
/** The site's name in the header, in characters. */
export const SITE_NAME_BUDGET = 40;

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
