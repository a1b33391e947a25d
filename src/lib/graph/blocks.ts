// Which block of an article (a top-level element of its body) a place in its text falls in.
import type { Root, Text } from 'hast';
import type { TextIndex } from '../anchoring/text-index.ts';

function textNodes(node: Root['children'][number], into: (text: Text) => void): void {
  if (node.type === 'text') into(node);
  else if (node.type === 'element') for (const child of node.children) textNodes(child, into);
}

/** A lookup from an offset of the body's text to the index of the block holding it. */
export function blockLocator(body: Root, index: TextIndex): (offset: number) => number {
  const blockOfNode = new Map<Text, number>();
  body.children.forEach((child, block) => textNodes(child, (text) => blockOfNode.set(text, block)));
  const segments = index.segments;
  return (offset) => {
    // Segments are in text order: the last one starting at or before the offset holds it.
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (segments[mid]!.start <= offset) low = mid;
      else high = mid - 1;
    }
    const segment = segments[low];
    return segment ? (blockOfNode.get(segment.node) ?? 0) : 0;
  };
}
