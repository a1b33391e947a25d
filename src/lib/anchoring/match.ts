// Exact quote lookup: a quote (with optional prefix and suffix) against an article's text index.
import { distance } from 'fastest-levenshtein';
import { normalizeText } from './normalize.ts';
import type { TextIndex } from './text-index.ts';

/** What an editor writes to point at a passage. */
export interface QuoteSelector {
  quote: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

/** A stretch of the article's text, as offsets into `TextIndex.text`. */
export interface TextRange {
  start: number;
  end: number;
}

export interface Occurrence {
  range: TextRange;
  /** The occurrence with some text around it, normalised, for messages. */
  context: string;
}

export type QuoteMatch =
  | { status: 'found'; range: TextRange }
  /** The quote is nowhere in the text; `closest` is the most similar passage, if any. */
  | { status: 'none'; closest: string | null }
  /** The quote occurs, but no occurrence has the given prefix or suffix. */
  | { status: 'context-mismatch'; occurrences: Occurrence[]; field: 'prefix' | 'suffix' | 'prefix and suffix' }
  | { status: 'several'; occurrences: Occurrence[] };

const CONTEXT_CHARS = 40;

function contextOf(text: string, start: number, end: number): string {
  let from = Math.max(0, start - CONTEXT_CHARS);
  if (from > 0) from = Math.min(start, text.indexOf(' ', from) + 1 || start);
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (to < text.length) to = Math.max(end, text.lastIndexOf(' ', to));
  const before = text.slice(from, start).trimStart();
  const after = text.slice(end, to).trimEnd();
  return `${from > 0 ? '...' : ''}${before}[${text.slice(start, end)}]${after}${to < text.trimEnd().length ? '...' : ''}`;
}

function occurrencesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** The passage of `text` most like `quote`: same length, starting at a word, smallest edit distance. */
export function closestPassage(text: string, quote: string): string | null {
  if (text.length === 0 || quote.length === 0) return null;
  const width = Math.min(quote.length, text.length);
  let best = { at: 0, cost: Number.POSITIVE_INFINITY };
  for (let at = 0; at + width <= text.length; at++) {
    if (at > 0 && text[at - 1] !== ' ') continue;
    const cost = distance(text.slice(at, at + width), quote);
    if (cost < best.cost) best = { at, cost };
  }
  // Grow or shrink the window by whole words, keeping the best.
  let end = best.at + width;
  let bestEnd = end;
  let bestCost = best.cost;
  for (const step of [-1, 1]) {
    end = best.at + width;
    for (let tries = 0; tries < 8; tries++) {
      end = step < 0 ? text.lastIndexOf(' ', end - 1) : text.indexOf(' ', end + 1);
      if (end <= best.at || end === -1) break;
      const cost = distance(text.slice(best.at, end), quote);
      if (cost < bestCost) {
        bestCost = cost;
        bestEnd = end;
      }
    }
  }
  return text.slice(best.at, bestEnd).trim();
}

/**
 * Finds the one occurrence of a quote in the article's text. The comparison is exact after the
 * format's normalisation; prefix and suffix keep the occurrences they stand right before or after.
 */
export function matchQuote(index: TextIndex, selector: QuoteSelector): QuoteMatch {
  const { text, start, end } = index.normalized;
  const quote = normalizeText(selector.quote).trim();
  const prefix = selector.prefix === undefined ? '' : normalizeText(selector.prefix).trim();
  const suffix = selector.suffix === undefined ? '' : normalizeText(selector.suffix).trim();
  if (quote.length === 0) return { status: 'none', closest: null };

  const all = occurrencesOf(text, quote);
  if (all.length === 0) return { status: 'none', closest: closestPassage(text, quote) };

  const kept = all.filter(
    (at) =>
      (prefix === '' || text.slice(0, at).trimEnd().endsWith(prefix)) &&
      (suffix === '' || text.slice(at + quote.length).trimStart().startsWith(suffix)),
  );
  const describe = (at: number): Occurrence => ({
    range: { start: start[at]!, end: end[at + quote.length - 1]! },
    context: contextOf(text, at, at + quote.length),
  });
  if (kept.length === 1) return { status: 'found', range: describe(kept[0]!).range };
  if (kept.length === 0) {
    const field = prefix && suffix ? 'prefix and suffix' : prefix ? 'prefix' : 'suffix';
    return { status: 'context-mismatch', occurrences: all.map(describe), field };
  }
  return { status: 'several', occurrences: kept.map(describe) };
}
