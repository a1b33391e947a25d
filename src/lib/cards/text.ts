// Fitting editor text into a card: a character budget per box, and cutting at a word boundary.

const ELLIPSIS = '…';
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The text's user-perceived characters, so that a cut never splits an accent or an emoji. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** One line of text: every run of white space as one space, none at the ends. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * How many characters of a typeface fit in a box: `lines` lines of `width` px at `fontSize` px, for an
 * average advance of `advance` em per character. Each line but the last gives up `slack` characters,
 * the part of a word that wraps to the next line.
 */
export function charBudget(box: { width: number; lines: number; fontSize: number; advance: number; slack?: number }): number {
  const perLine = Math.floor(box.width / (box.fontSize * box.advance));
  const slack = box.slack ?? 4;
  return Math.max(1, box.lines * perLine - (box.lines - 1) * slack);
}

// Punctuation that reads badly right before an ellipsis.
const TRAILING = /[\s,;:.\-‐-―(\[{“‘"'/]+$/u;

/**
 * The text if it fits `budget` characters (graphemes); otherwise its longest beginning that ends at a
 * word and, with an ellipsis after it, still fits. Only a first word longer than the budget is cut inside.
 */
export function truncateAtWord(text: string, budget: number): string {
  const clean = collapseSpace(text);
  const chars = graphemes(clean);
  if (chars.length <= budget) return clean;
  if (budget <= 1) return ELLIPSIS;
  // The characters that may stay, with room for the ellipsis; the one after them says whether a word ends there.
  const room = budget - ELLIPSIS.length;
  let end = room;
  while (end > 0 && chars[end] !== ' ') end--;
  // A first word longer than the room has no word end to cut at: it is cut inside.
  const kept = end > 0 ? chars.slice(0, end) : chars.slice(0, room);
  return withEllipsis(kept.join(''));
}

/** A beginning of a text with an ellipsis after it, and without the punctuation that reads badly before one. */
export function withEllipsis(head: string): string {
  const trimmed = head.replace(TRAILING, '');
  return (trimmed === '' ? head : trimmed) + ELLIPSIS;
}
