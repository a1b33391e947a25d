// Markdown to sanitised HTML trees: the article body, and the Markdown fields of annotations and figures.
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { withBase } from '../paths.ts';

// GitHub's sanitiser rules, with links limited to the web and mail, and <mark> kept for annotations alone.
const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'mark'),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'] },
};

/** The elements an article's raw HTML may use; the rest is removed (and reported by the verification). */
export const SANITIZED_TAGS: readonly string[] = schema.tagNames ?? [];

export interface RenderOptions {
  /** The site's base path, ending with a slash. */
  base: string;
}

/** Root-relative links and images in Markdown point into the site, so they take its base path. */
export function applyBasePath(tree: Root, base: string): void {
  visit(tree, 'element', (node: Element) => {
    for (const name of ['href', 'src'] as const) {
      const value = node.properties[name];
      if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) node.properties[name] = withBase(base, value);
    }
  });
}

/**
 * Re-levels the headings of a text to sit under the page's own: the first becomes `top`, and each
 * later one keeps its place relative to the headings before it (a sibling stays a sibling, a deeper
 * heading goes exactly one level down), whatever levels the editor wrote, so no level is skipped.
 */
function relevelHeadings(tree: Root, top: number): void {
  // The open sections: the level the editor wrote, and the level it was given.
  const open: { written: number; given: number }[] = [];
  visit(tree, 'element', (node: Element) => {
    const level = /^h([1-6])$/.exec(node.tagName);
    if (!level) return;
    const written = Number(level[1]);
    while (open.length > 0 && open.at(-1)!.written >= written) open.pop();
    const given = Math.min(6, open.length > 0 ? open.at(-1)!.given + 1 : top);
    open.push({ written, given });
    node.tagName = `h${given}`;
  });
}

const articleToHast = unified().use(remarkParse).use(remarkGfm).use(remarkSmartypants).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
const fieldToMdast = unified().use(remarkParse).use(remarkGfm).use(remarkSmartypants);
const fieldToHast = unified().use(remarkRehype);
const sanitize = unified().use(rehypeSanitize, schema);

/**
 * An article body as HAST: `raw` as written (for the verification of its HTML), `tree` sanitised, headings under
 * the page's own, links as the editor wrote them (the base path is the page's to apply).
 */
export function articleBodyTree(markdown: string): { raw: Root; tree: Root } {
  const raw = articleToHast.runSync(articleToHast.parse(markdown)) as Root;
  const tree = sanitize.runSync(raw) as Root;
  // The page's title is its one h1: the text's own headings start at h2.
  relevelHeadings(tree, 2);
  return { raw, tree };
}

/** A Markdown field (analysis, caption) as MDAST, for its verification. */
export function markdownFieldTree(markdown: string): MdastRoot {
  return fieldToMdast.parse(markdown) as MdastRoot;
}

/** Renders a Markdown field to sanitised HTML; `inline` keeps only the content of a single paragraph. */
export function renderMarkdownField(markdown: string, options: RenderOptions & { inline?: boolean }): string {
  const mdast = fieldToMdast.runSync(fieldToMdast.parse(markdown)) as MdastRoot;
  const tree = sanitize.runSync(fieldToHast.runSync(mdast) as Root) as Root;
  // A field (an analysis) sits in a section of its page under an h2 heading.
  relevelHeadings(tree, 3);
  applyBasePath(tree, options.base);
  if (options.inline) {
    const blocks = tree.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
    const only = blocks[0];
    if (blocks.length === 1 && only?.type === 'element' && only.tagName === 'p') {
      return toHtml({ type: 'root', children: only.children as ElementContent[] });
    }
  }
  return toHtml(tree);
}
