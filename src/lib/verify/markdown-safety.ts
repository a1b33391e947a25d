// What an editor's Markdown may not carry: unsafe or relative URLs, and raw HTML the sanitiser would drop.
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { visit } from 'unist-util-visit';
import type { AnnotationFileInput, ArticleInput } from '../content/types.ts';
import { articleBodyTree, markdownFieldTree, SANITIZED_TAGS } from '../markdown/render.ts';
import type { Problem } from './problem.ts';

/** A problem inside a piece of Markdown, at its line and column there. */
export interface MarkdownProblem {
  rule: 'unsafe-url' | 'markdown-raw-html' | 'html-not-allowed';
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
      rule: 'unsafe-url',
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
      rule: 'markdown-raw-html',
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
  const at = (node: Element) => ({ rule: 'html-not-allowed' as const, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
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
        if (reason) problems.push({ ...at(node), rule: 'unsafe-url', message: `the address "${value}" in <${node.tagName}> ${reason}`, hint: URL_HINT });
      }
    }
  });
  return problems;
}

/** The problems of a Markdown field (analysis, caption): raw HTML, unsafe or relative URLs. Lines are the field's. */
export function checkMarkdownField(markdown: string): MarkdownProblem[] {
  const tree = markdownFieldTree(markdown);
  return [...checkNoRawHtml(tree), ...checkMarkdownUrls(tree)].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The Markdown fields of an annotation file (analysis, caption) hold no raw HTML and no unsafe or relative URL. */
export function checkMarkdownFields(entry: AnnotationFileInput): Problem[] {
  const fields = [
    ...entry.data.claims.map((a, i) => ({ owner: `annotation "${a.id}"`, field: 'analysis', text: a.analysis, path: ['claims', i, 'analysis'] })),
    ...(entry.data.figures ?? []).map((f, i) => ({ owner: `figure "${f.id}"`, field: 'caption', text: f.caption, path: ['figures', i, 'caption'] })),
  ];
  return fields.flatMap(({ owner, field, text, path }) =>
    text === undefined
      ? []
      : checkMarkdownField(text).map((p) => ({ rule: p.rule, file: entry.file, path, message: `${owner}, field "${field}" (its line ${p.line}): ${p.message}`, hint: p.hint })),
  );
}

/** An article body's raw HTML that would not reach readers, located in the article file. */
export function checkArticleHtml(article: Pick<ArticleInput, 'file' | 'bodyLine'>, raw: HastRoot): Problem[] {
  return checkRawHtml(raw, SANITIZED_TAGS).map((problem) => ({
    rule: problem.rule,
    file: article.file,
    line: article.bodyLine + problem.line - 1,
    column: problem.column,
    message: `article text: ${problem.message}`,
    hint: problem.hint,
  }));
}
