// Parsing and querying of figure markup for the tests: a tiny descendant selector over hast ("g.fig-event a text").
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

export function parse(html: string): Root {
  return fromHtml(html, { fragment: true });
}

function classes(el: Element): string[] {
  const value = el.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function matches(el: Element, simple: string): boolean {
  const [tag, ...wanted] = simple.split('.');
  if (tag && el.tagName !== tag) return false;
  const have = classes(el);
  return wanted.every((c) => have.includes(c));
}

function descendants(node: Root | Element): Element[] {
  const out: Element[] = [];
  const walk = (children: (ElementContent | Root['children'][number])[]) => {
    for (const child of children) {
      if (child.type === 'element') {
        out.push(child);
        walk(child.children);
      }
    }
  };
  walk(node.children);
  return out;
}

/** Every element matching a descendant selector of tag and class parts, in document order. */
export function $$(node: Root | Element, selector: string): Element[] {
  let scope: (Root | Element)[] = [node];
  for (const simple of selector.trim().split(/\s+/)) {
    const found = new Set<Element>();
    for (const s of scope) for (const el of descendants(s)) if (matches(el, simple)) found.add(el);
    scope = [...found];
  }
  return scope as Element[];
}

export function $(node: Root | Element, selector: string): Element {
  const found = $$(node, selector);
  if (found.length !== 1) throw new Error(`expected one "${selector}", found ${found.length}`);
  return found[0]!;
}

/** Text of an element, its wrapped lines (tspans) joined by spaces. */
export function textOf(el: Element): string {
  const spans = $$(el, 'tspan');
  return spans.length ? spans.map((s) => toString(s)).join(' ') : toString(el);
}

export function prop(el: Element, name: string): string {
  const value = el.properties[name];
  return Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? '' : String(value);
}

export function num(el: Element, name: string): number {
  return Number(prop(el, name));
}

export { descendants };
