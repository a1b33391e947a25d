// What an editor's Markdown may not carry: unsafe or relative URLs, and raw HTML the sanitiser would drop.
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { visit } from 'unist-util-visit';

/** A problem inside a piece of Markdown, at its line and column there. */
export interface MarkdownProblem {
  line: number;
  column: number;
  message: string;
  hint: string;
}

const URL_HINT = 'write an absolute https: or http: address, a mailto: address, or a path of this site starting with /.';

/** Why a URL written in Markdown is refused, or null when it is fine. */
export function unsafeUrlReason(url: string): string | null {
  const value = url.trim();
  if (value === '') return 'is empty';
  if (value.startsWith('#')) return null;
  if (value.startsWith('//')) return 'is protocol-relative (starts with //)';
  if (value.startsWith('/')) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020]/g, ''));
  if (!scheme) return 'is relative: it would lead elsewhere on every page that shows it';
  const protocol = scheme[1]!.toLowerCase();
  if (protocol === 'http' || protocol === 'https') return /^https?:\/\/[^/\s]+/i.test(value) ? null : 'is not a complete address';
  if (protocol === 'mailto') return null;
  return `uses the ${protocol}: protocol, which is not allowed`;
}

/** Links, images and link definitions whose URL is unsafe or relative. */
export function checkMarkdownUrls(tree: MdastRoot): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const reason = unsafeUrlReason(node.url);
    if (!reason) return;
    const what = node.type === 'image' ? 'image address' : 'link address';
    problems.push({
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      message: `the ${what} "${node.url}" ${reason}`,
      hint: URL_HINT,
    });
  });
  return problems;
}

/** Raw HTML, which fields written in Markdown do not take. */
export function checkNoRawHtml(tree: MdastRoot): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  visit(tree, 'html', (node) => {
    problems.push({
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      message: `raw HTML is not allowed here: ${JSON.stringify(node.value.slice(0, 60))}`,
      hint: 'use Markdown instead (*emphasis*, **strong**, [text](https://…)); or write the characters < and > as \\< and \\>.',
    });
  });
  return problems;
}

const URL_ATTRIBUTES = ['href', 'src', 'cite', 'action', 'formAction', 'poster', 'srcSet', 'background', 'longDesc', 'data'];

/** Raw HTML elements and attributes of an article body that the sanitiser would remove, or that carry unsafe URLs. */
export function checkRawHtml(tree: HastRoot, allowedTags: readonly string[]): MarkdownProblem[] {
  const allowed = new Set(allowedTags);
  const problems: MarkdownProblem[] = [];
  const at = (node: Element) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  visit(tree, 'element', (node: Element) => {
    if (!node.position) return;
    if (!allowed.has(node.tagName)) {
      problems.push({ ...at(node), message: `the HTML element <${node.tagName}> is not allowed in an article`, hint: 'remove it: scripts, styles, frames, forms and <mark> (which belongs to annotations) never reach readers.' });
      return;
    }
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) {
        problems.push({ ...at(node), message: `the HTML attribute ${name.toLowerCase()} on <${node.tagName}> is not allowed in an article`, hint: 'remove it: event handlers never reach readers.' });
      } else if (URL_ATTRIBUTES.includes(name) && typeof value === 'string') {
        const reason = unsafeUrlReason(value);
        if (reason) problems.push({ ...at(node), message: `the address "${value}" in <${node.tagName}> ${reason}`, hint: URL_HINT });
      }
    }
  });
  return problems;
}
