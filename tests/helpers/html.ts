// Reading built pages: parse a file of dist/ and query it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { claimsOfMark, data, property } from '../../src/lib/dom.ts';

export interface Page {
  tree: Root;
  html: string;
  one(selector: string): Element | undefined;
  all(selector: string): Element[];
  text(selector: string): string;
}

/** Parses `<outDir>/<path>`; a path ending in `/` means its index.html. */
export function readPage(outDir: string, path: string): Page {
  const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(file, 'utf8');
  const tree = fromHtml(html);
  return {
    tree,
    html,
    one: (selector) => select(selector, tree) as Element | undefined,
    all: (selector) => selectAll(selector, tree) as Element[],
    text: (selector) => {
      const node = select(selector, tree);
      return node ? toString(node) : '';
    },
  };
}

export const attr = (element: Element | undefined, name: string): string | undefined => {
  const value = element?.properties[name];
  return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
};

export { toString };

const BLOCKS = new Set(['p', 'li', 'blockquote', 'pre', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'section', 'figure', 'ol', 'ul', 'table', 'tr']);

/**
 * The text of the marks that list `id`, joined in document order, a boundary between blocks (paragraphs, list
 * items, cells) counting as one space: what the contract says must give back the quote.
 */
export function markedText(root: Element | Root, id: string): string {
  let text = '';
  let lastBlock: Element | null = null;
  const walk = (node: Element | Root, block: Element | null) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'mark' && claimsOfMark(child.properties[property(data.claims)]).includes(id)) {
        if (lastBlock && block !== lastBlock) text += ' ';
        text += toString(child);
        lastBlock = block;
      } else walk(child, BLOCKS.has(child.tagName) ? child : block);
    }
  };
  walk(root, null);
  return text;
}
