// The text of a rendered article as a reader sees it: one string over all text nodes, with block boundaries as spaces.
import type { Element, Root, RootContent, Text } from 'hast';
import { normalizeWithMap, type NormalizedText } from './normalize.ts';

/** Where one text node of the tree sits in the article's text. */
export interface TextSegment {
  node: Text;
  parent: Element | Root;
  /** Offset of the node's first character in `TextIndex.text`. */
  start: number;
  end: number;
}

export interface TextIndex {
  /** The article's text: text nodes joined, a space at every block boundary. */
  text: string;
  segments: TextSegment[];
  normalized: NormalizedText;
}

// Elements whose start and end separate words as a paragraph boundary does.
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// Elements whose white-space-only children are layout between blocks, never words of the text.
const BLOCK_CONTAINERS = new Set([
  'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'figure', 'footer', 'header', 'main', 'nav', 'ol',
  'section', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

// Elements whose text a reader does not read as part of the article.
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

/** Whether a text node is only the white space between blocks. */
export function isLayoutWhiteSpace(node: Text, parent: Element | Root): boolean {
  if (/\S/.test(node.value)) return false;
  return parent.type === 'root' || BLOCK_CONTAINERS.has(parent.tagName);
}

/** Indexes the text of a HAST tree in document order. */
export function buildTextIndex(tree: Root): TextIndex {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let atBoundary = true;

  const boundary = () => {
    if (!atBoundary) {
      parts.push(' ');
      length += 1;
      atBoundary = true;
    }
  };

  const walk = (parent: Element | Root) => {
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'text') {
        if (isLayoutWhiteSpace(child, parent)) continue;
        segments.push({ node: child, parent, start: length, end: length + child.value.length });
        parts.push(child.value);
        length += child.value.length;
        atBoundary = false;
      } else if (child.type === 'element') {
        if (SKIPPED.has(child.tagName)) continue;
        const block = BLOCKS.has(child.tagName);
        if (block) boundary();
        walk(child);
        if (block) boundary();
      }
    }
  };

  walk(tree);
  const text = parts.join('');
  return { text, segments, normalized: normalizeWithMap(text) };
}
