// The quoted passage with the article's words around it, for permalink pages and cards.
import type { TextRange } from '../anchoring/match.ts';
import type { QuoteInContext } from './types.ts';

const AROUND = 180;

const squash = (text: string) => text.replace(/\s+/g, ' ');

/** Up to a few sentences' worth of text on each side of the quote, cut at word boundaries. */
export function quoteInContext(text: string, range: TextRange): QuoteInContext {
  let from = Math.max(0, range.start - AROUND);
  if (from > 0) from = text.indexOf(' ', from) + 1 || range.start;
  let to = Math.min(text.length, range.end + AROUND);
  if (to < text.length) {
    const cut = text.lastIndexOf(' ', to);
    to = cut > range.end ? cut : range.end;
  }
  return {
    before: (from > 0 ? '…' : '') + squash(text.slice(from, range.start)).trimStart(),
    quote: squash(text.slice(range.start, range.end)),
    after: squash(text.slice(range.end, to)).trimEnd() + (to < text.length ? '…' : ''),
  };
}
