// Which corrections touch an annotation's quote, and the annotation's words as the original most likely read them.
import type { ResolvedAnnotation } from './types.ts';

/**
 * How a correction's quote lies against another annotation's quote:
 * `inside` when it lies within it (the two may be equal), `contains` when it covers all of it and more,
 * `partial` when the two share some words and each has words the other lacks.
 */
export type OverlapRelation = 'inside' | 'contains' | 'partial';

export interface CorrectionOverlap {
  correction: ResolvedAnnotation;
  relation: OverlapRelation;
}

interface Range {
  start: number;
  end: number;
}

/** Whether two ranges of the article's text share at least one character. */
export function rangesOverlap(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

function relationOf(correction: Range, target: Range): OverlapRelation {
  if (correction.start >= target.start && correction.end <= target.end) return 'inside';
  if (correction.start <= target.start && correction.end >= target.end) return 'contains';
  return 'partial';
}

/** The corrections of the same article whose quotes share words with the target's quote, in reading order. */
export function correctionsOverlapping(target: ResolvedAnnotation, annotations: readonly ResolvedAnnotation[]): CorrectionOverlap[] {
  return annotations
    .filter(
      (other) =>
        other !== target &&
        other.article === target.article &&
        other.annotation.kind === 'correction' &&
        other.annotation.id !== target.annotation.id &&
        rangesOverlap(other.range, target.range),
    )
    .sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end)
    .map((correction) => ({ correction, relation: relationOf(correction.range, target.range) }));
}

// An ellipsis at either end of a correction marks that it continues the text around it; it is not a word to insert.
const EDGE_ELLIPSIS = /^(?:\s*(?:…|\.\.\.)\s*)+|(?:\s*(?:…|\.\.\.)\s*)+$/g;

/** The text a correction puts in place of its quote. */
export function replacementText(correction: ResolvedAnnotation): string {
  return (correction.annotation.correction ?? '').replace(EDGE_ELLIPSIS, '').trim();
}

/**
 * Where the correction's quote starts within the target's quote (both as shown, white space squashed):
 * the occurrence nearest to its offset in the article's text, which squashing can only shorten.
 */
function offsetWithin(target: ResolvedAnnotation, correction: ResolvedAnnotation): number {
  const haystack = target.quote.quote;
  const needle = correction.quote.quote;
  const expected = correction.range.start - target.range.start;
  let best = -1;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (best === -1 || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
  }
  return best;
}

/**
 * The target's quote with the text of every correction lying inside it put in place of the words it corrects:
 * the passage as the original most likely read. Where corrections inside it overlap one another, the one that
 * begins first (the longer, when they begin together) is applied and the others are left out. Null when no
 * correction lies inside the quote, or when none could be applied.
 */
export function asOriginallyWorded(target: ResolvedAnnotation, overlaps: readonly CorrectionOverlap[]): string | null {
  const applied: { at: number; length: number; text: string }[] = [];
  let reached = -Infinity;
  let shownReached = 0;
  for (const { correction, relation } of overlaps) {
    if (relation !== 'inside' || correction.range.start < reached) continue;
    const text = replacementText(correction);
    const at = offsetWithin(target, correction);
    if (at < shownReached || text === '') continue;
    applied.push({ at, length: correction.quote.quote.length, text });
    reached = correction.range.end;
    shownReached = at + correction.quote.quote.length;
  }
  if (applied.length === 0) return null;
  let result = target.quote.quote;
  for (const { at, length, text } of [...applied].sort((a, b) => b.at - a.at)) {
    result = result.slice(0, at) + text + result.slice(at + length);
  }
  return result;
}
