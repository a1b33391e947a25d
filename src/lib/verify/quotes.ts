// Quotes: every annotation's quote is found exactly once in its article's text, with its prefix and suffix.
import type { Annotation } from '../../schemas/index.ts';
import { matchQuote, type Occurrence, type TextRange } from '../anchoring/match.ts';
import type { TextIndex } from '../anchoring/text-index.ts';
import type { Problem } from './problem.ts';

/** An annotation whose quote was found, with its place in the article's text. */
export interface FoundQuote {
  annotation: Annotation;
  /** Its position in the annotation file, from 0. */
  index: number;
  range: TextRange;
}

const listOccurrences = (occurrences: Occurrence[]) => occurrences.map((o, i) => `${i + 1}. ${o.context}`).join('\n');

function quoteProblem(file: string, index: number, annotation: Annotation, text: TextIndex): Problem | TextRange {
  const match = matchQuote(text, annotation);
  const path = ['claims', index, 'quote'];
  const owner = `annotation "${annotation.id}"`;
  switch (match.status) {
    case 'found':
      return match.range;
    case 'none':
      return {
        rule: 'quote-not-found',
        file,
        path,
        message: `${owner}, field "quote": the quote is not in the article's text`,
        hint: match.closest
          ? `the closest passage of the article is:\n"${match.closest}"\ncopy the words exactly as the article has them.`
          : 'copy the words exactly as the article has them.',
      };
    case 'several':
      return {
        rule: 'quote-ambiguous',
        file,
        path,
        message: `${owner}, field "quote": the quote occurs ${match.occurrences.length} times in the article:\n${listOccurrences(match.occurrences)}`,
        hint: 'add a "prefix" (the words right before the intended one) or a "suffix" (the words right after) so that one occurrence remains.',
      };
    case 'context-mismatch':
      return {
        rule: 'quote-context-mismatch',
        file,
        path: ['claims', index, match.field === 'suffix' ? 'suffix' : 'prefix'],
        message: `${owner}, field "${match.field}": no occurrence of the quote has this ${match.field} next to it; the quote occurs here:\n${listOccurrences(match.occurrences)}`,
        hint: `copy the ${match.field} from the words right ${match.field === 'suffix' ? 'after' : 'before'} the intended occurrence.`,
      };
  }
}

/**
 * Finds every annotation's quote in the article's text. The quotes found come in reading order: where the quote
 * begins, the outer of two quotes that begin together first.
 */
export function findQuotes(file: string, annotations: readonly Annotation[], text: TextIndex): { found: FoundQuote[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const found: FoundQuote[] = [];
  annotations.forEach((annotation, index) => {
    const result = quoteProblem(file, index, annotation, text);
    if ('message' in result) problems.push(result);
    else found.push({ annotation, index, range: result });
  });
  found.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end || a.index - b.index);
  return { found, problems };
}
