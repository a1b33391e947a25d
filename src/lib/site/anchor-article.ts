// Anchors one article's annotations in its rendered text and cuts the result into blocks.
import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { matchQuote, type Occurrence, type TextRange } from '../anchoring/match.ts';
import { buildTextIndex, type TextIndex } from '../anchoring/text-index.ts';
import { markAnchors, type Anchor } from '../annotate/marks.ts';
import { addNoteRefs } from '../annotate/note-refs.ts';
import { claimsOfMark, data, property } from '../dom.ts';
import type { Problem } from '../errors/problem.ts';
import type { Annotation } from '../../schemas/index.ts';

export interface AnchoredArticle {
  tree: Root;
  /** Top-level blocks of the tree, in order. */
  blocks: { node: RootContent; html: string; ids: Set<string> }[];
  /** Annotations found, in reading order, with where they are. */
  found: { annotation: Annotation; index: number; range: TextRange; block: number }[];
  index: TextIndex;
  problems: Problem[];
}

const quoteLabel = (a: Annotation) => `annotation "${a.id}"`;

function listOccurrences(occurrences: Occurrence[]): string {
  return occurrences.map((o, i) => `${i + 1}. ${o.context}`).join('\n');
}

function quoteProblem(file: string, index: number, annotation: Annotation, text: TextIndex): Problem | TextRange {
  const match = matchQuote(text, annotation);
  const path = ['claims', index, 'quote'];
  switch (match.status) {
    case 'found':
      return match.range;
    case 'none':
      return {
        file,
        path,
        message: `${quoteLabel(annotation)}, field "quote": the quote is not in the article's text`,
        hint: match.closest
          ? `the closest passage of the article is:\n"${match.closest}"\ncopy the words exactly as the article has them.`
          : 'copy the words exactly as the article has them.',
      };
    case 'several':
      return {
        file,
        path,
        message: `${quoteLabel(annotation)}, field "quote": the quote occurs ${match.occurrences.length} times in the article:\n${listOccurrences(match.occurrences)}`,
        hint: 'add a "prefix" (the words right before the intended one) or a "suffix" (the words right after) so that one occurrence remains.',
      };
    case 'context-mismatch':
      return {
        file,
        path: ['claims', index, match.field === 'suffix' ? 'suffix' : 'prefix'],
        message: `${quoteLabel(annotation)}, field "${match.field}": no occurrence of the quote has this ${match.field} next to it; the quote occurs here:\n${listOccurrences(match.occurrences)}`,
        hint: `copy the ${match.field} from the words right ${match.field === 'suffix' ? 'after' : 'before'} the intended occurrence.`,
      };
  }
}

/** Collects the annotation ids of the marks inside a node. */
function markedIds(node: RootContent, into: Set<string>): void {
  if (node.type !== 'element') return;
  if (node.tagName === 'mark') {
    for (const id of claimsOfMark((node as Element).properties[property(data.claims)])) into.add(id);
  }
  for (const child of node.children) markedIds(child as RootContent, into);
}

/** Finds every annotation's quote in the tree, marks them, and reports the quotes that do not resolve to one place. */
export function anchorArticle(file: string, tree: Root, annotations: readonly Annotation[]): AnchoredArticle {
  const index = buildTextIndex(tree);
  const problems: Problem[] = [];
  const located: { annotation: Annotation; index: number; range: TextRange }[] = [];
  annotations.forEach((annotation, i) => {
    const result = quoteProblem(file, i, annotation, index);
    if ('message' in result) problems.push(result);
    else located.push({ annotation, index: i, range: result });
  });
  // Reading order: where the quote begins; the outer of two quotes that begin together first.
  located.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end || a.index - b.index);

  const anchors: Anchor[] = located.map(({ annotation, range }) => ({ id: annotation.id, aliases: annotation.aliases ?? [], range }));
  markAnchors(tree, index, anchors);
  addNoteRefs(tree, located.map(({ annotation }, i) => ({ id: annotation.id, number: i + 1 })));

  tree.children = tree.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const blocks = tree.children.map((node) => {
    const ids = new Set<string>();
    markedIds(node, ids);
    return { node, html: toHtml(node), ids };
  });
  const found = located.map((entry) => ({ ...entry, block: Math.max(0, blocks.findIndex((b) => b.ids.has(entry.annotation.id))) }));
  return { tree, blocks, found, index, problems };
}
