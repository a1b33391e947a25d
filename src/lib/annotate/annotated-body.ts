// An article's body as its page shows it: every annotation marked, note references placed, cut into blocks.
import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { buildTextIndex } from '../anchoring/text-index.ts';
import { classes } from '../dom.ts';
import type { ArticleView } from '../graph/types.ts';
import { applyBasePath } from '../markdown/render.ts';
import { markAnchors } from './marks.ts';
import { addNoteRefs } from './note-refs.ts';

/** One top-level block of the text (a paragraph, a heading, a list), with what the page puts beside and after it. */
export interface AnnotatedBlock {
  html: string;
  /** Annotations whose quotes begin in this block, in reading order. */
  annotations: string[];
  /** Figures placed right after it. */
  figures: string[];
}

const isNoteRef = (node: RootContent) => node.type === 'element' && ((node as Element).properties.className as string[] | undefined)?.includes(classes.noteRef) === true;

/** Marks the article's annotations in a copy of its body, with links under the site's base path. */
export function annotatedBlocks(article: ArticleView, base: string): AnnotatedBlock[] {
  const tree: Root = structuredClone(article.body);
  applyBasePath(tree, base);
  const index = buildTextIndex(tree);
  markAnchors(tree, index, article.annotations.map(({ annotation, range }) => ({ id: annotation.id, aliases: annotation.aliases ?? [], range })));
  addNoteRefs(tree, article.annotations.map(({ annotation, number }) => ({ id: annotation.id, number })));

  // A note reference placed at the top level belongs to the block before it.
  const groups: RootContent[][] = [];
  for (const node of tree.children) {
    if (isNoteRef(node) && groups.length > 0) groups[groups.length - 1]!.push(node);
    else groups.push([node]);
  }
  return groups.map((nodes, b) => ({
    html: toHtml({ type: 'root', children: nodes }),
    annotations: article.annotations.filter((a) => a.block === b).map((a) => a.annotation.id),
    figures: article.figures.filter((f) => f.afterBlock === b).map((f) => f.figure.id),
  }));
}
