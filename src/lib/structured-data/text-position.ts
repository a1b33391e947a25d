// Text positions of annotations in a built article page, counted as annotation tools count them, for the
// W3C TextPositionSelector.
//
// Which text the offsets count in: Hypothesis and the other tools built on the same anchoring code resolve a
// TextPositionSelector against the text content of the document's body: every text node under <body>, in
// document order, in UTF-16 code units, with nothing added at block boundaries. So the offsets count the page as
// it is served: the site header, the article's header, the note numbers and the notes beside the text included.
// They are counted from the built HTML itself, so that nothing a template adds can shift them unseen.
import type { Element, Root, RootContent } from 'hast';
import { claimsOfMark, data, property } from '../dom.ts';

export interface TextSpan {
  /** Offset of the quote's first character in the body's text. */
  start: number;
  /** Offset just after its last character. */
  end: number;
}

/** The body's text and, for each annotation id, the span from the start of its first mark to the end of its last. */
export function quoteSpans(page: Root): { text: string; spans: Map<string, TextSpan> } {
  const body = findBody(page);
  if (!body) throw new Error('the page has no <body> element');
  const parts: string[] = [];
  let offset = 0;
  const spans = new Map<string, TextSpan>();

  const walk = (node: Element) => {
    for (const child of node.children as RootContent[]) {
      if (child.type === 'text') {
        parts.push(child.value);
        offset += child.value.length;
      } else if (child.type === 'element') {
        // A template's content is not part of the document's text (hast keeps it aside, as the DOM does).
        const start = offset;
        walk(child);
        if (child.tagName === 'mark') {
          for (const id of claimsOfMark(child.properties[property(data.claims)])) {
            const span = spans.get(id);
            spans.set(id, { start: span?.start ?? start, end: offset });
          }
        }
      }
    }
  };
  walk(body);
  return { text: parts.join(''), spans };
}

function findBody(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'body') return child;
    const found = findBody(child);
    if (found) return found;
  }
  return undefined;
}
