// Puts a numbered link after each annotation's last mark, leading to its note: the keyboard's and touch's way in.
import type { Element, ElementContent, Root } from 'hast';
import { claimsOfMark, classes, data, ids, property } from '../dom.ts';

export interface NoteRef {
  id: string;
  number: number;
}

function refElement(ref: NoteRef): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: [classes.noteRef], href: `#${ids.note(ref.id)}`, [property(data.note)]: ref.id, ariaLabel: `Annotation ${ref.number}` },
    children: [{ type: 'element', tagName: 'sup', properties: {}, children: [{ type: 'text', value: String(ref.number) }] }],
  };
}

const claimsOf = (node: Element) => claimsOfMark(node.properties[property(data.claims)]);

/**
 * Inserts the references right after the last mark of each annotation; a mark inside a link gets
 * its reference after the link, since links do not nest.
 */
export function addNoteRefs(tree: Root, refs: readonly NoteRef[]): void {
  const last = new Map<string, { parent: Root | Element; child: ElementContent }>();
  const walk = (node: Root | Element, outside: { parent: Root | Element; child: ElementContent } | null) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const place = outside ?? { parent: node, child };
      if (child.tagName === 'mark') for (const id of claimsOf(child)) last.set(id, place);
      walk(child, outside ?? (child.tagName === 'a' ? place : null));
    }
  };
  walk(tree, null);

  const after = new Map<ElementContent, NoteRef[]>();
  for (const ref of [...refs].sort((a, b) => a.number - b.number)) {
    const place = last.get(ref.id);
    if (!place) continue;
    after.set(place.child, [...(after.get(place.child) ?? []), ref]);
  }
  const insert = (node: Root | Element) => {
    const children: ElementContent[] = [];
    for (const child of node.children as ElementContent[]) {
      if (child.type === 'element') insert(child);
      children.push(child, ...(after.get(child) ?? []).map(refElement));
    }
    node.children = children as typeof node.children;
  };
  insert(tree);
}
