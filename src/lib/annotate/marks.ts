// Wraps every stretch of text that annotations cover in one <mark data-claims> listing all of them.
import type { Element, ElementContent, Root, Text } from 'hast';
import type { TextIndex, TextSegment } from '../anchoring/text-index.ts';
import type { TextRange } from '../anchoring/match.ts';
import { classes, data, ids, property } from '../dom.ts';

/** An annotation whose quote was found: where it is, and the ids its place answers to. */
export interface Anchor {
  id: string;
  aliases: readonly string[];
  range: TextRange;
}

interface Piece {
  text: string;
  ids: string[];
}

/** Cuts one text node at every anchor boundary inside it; each piece lists the anchors covering it. */
function cutSegment(segment: TextSegment, anchors: readonly Anchor[]): Piece[] {
  const cuts = new Set([segment.start, segment.end]);
  for (const { range } of anchors) {
    if (range.start > segment.start && range.start < segment.end) cuts.add(range.start);
    if (range.end > segment.start && range.end < segment.end) cuts.add(range.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const ids = anchors.filter((a) => a.range.start < to && a.range.end > from).map((a) => a.id);
    pieces.push({ text: segment.node.value.slice(from - segment.start, to - segment.start), ids });
  }
  return pieces;
}

const emptyTarget = (id: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { id, className: [classes.claimTarget] },
  children: [],
});

/**
 * Marks the anchors in the tree the index was built from. Anchors are taken in reading order
 * (start, then the given order); the first mark of each carries `id="claim-<id>"`, or an empty
 * element at its start does when the mark already carries another one; aliases likewise.
 * Returns, for each anchor id, the mark elements that show it, in order.
 */
export function markAnchors(tree: Root, index: TextIndex, anchors: readonly Anchor[]): Map<string, Element[]> {
  const ordered = anchors
    .map((anchor, order) => ({ anchor, order }))
    .sort((a, b) => a.anchor.range.start - b.anchor.range.start || a.order - b.order)
    .map(({ anchor }) => anchor);
  const marksOf = new Map<string, Element[]>(ordered.map((a) => [a.id, []]));
  const replacements = new Map<Text, ElementContent[]>();

  for (const segment of index.segments) {
    const touching = ordered.filter((a) => a.range.start < segment.end && a.range.end > segment.start);
    if (touching.length === 0) continue;
    const content: ElementContent[] = [];
    for (const piece of cutSegment(segment, touching)) {
      if (piece.ids.length === 0) {
        content.push({ type: 'text', value: piece.text });
        continue;
      }
      const mark: Element = {
        type: 'element',
        tagName: 'mark',
        properties: { [property(data.claims)]: piece.ids.join(' ') },
        children: [{ type: 'text', value: piece.text }],
      };
      for (const id of piece.ids) marksOf.get(id)!.push(mark);
      content.push(mark);
    }
    replacements.set(segment.node, content);
  }

  for (const anchor of ordered) {
    const first = marksOf.get(anchor.id)![0];
    if (!first) continue;
    for (const targetId of [anchor.id, ...anchor.aliases].map(ids.claim)) {
      if (first.properties.id === undefined) first.properties.id = targetId;
      else first.children.splice(countTargets(first), 0, emptyTarget(targetId));
    }
  }

  replaceTextNodes(tree, replacements);
  return marksOf;
}

// Empty targets go first inside a mark, in the order they were added.
function countTargets(mark: Element): number {
  let n = 0;
  while (mark.children[n]?.type === 'element' && (mark.children[n] as Element).tagName === 'span') n++;
  return n;
}

function replaceTextNodes(parent: Root | Element, replacements: Map<Text, ElementContent[]>): void {
  const children: ElementContent[] = [];
  for (const child of parent.children as ElementContent[]) {
    if (child.type === 'text' && replacements.has(child)) children.push(...replacements.get(child)!);
    else {
      if (child.type === 'element') replaceTextNodes(child, replacements);
      children.push(child);
    }
  }
  parent.children = children as typeof parent.children;
}
