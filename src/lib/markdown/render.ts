// Markdown to sanitised HTML trees: the article body, and the Markdown fields of annotations and figures.
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
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

/** Root-relative links and images in Markdown point into the site, so they take its base path. */
function rehypeBasePath(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const name of ['href', 'src'] as const) {
        const value = node.properties[name];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) {
          node.properties[name] = withBase(options.base, value);
        }
      }
    });
  };
}

/** The article's text: raw HTML within the sanitiser's rules is kept, typography made typographic. */
const articleProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkSmartypants)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema);

/** An editor's Markdown field (analysis, caption): raw HTML is not part of it and is dropped. */
const fieldProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkSmartypants)
  .use(remarkRehype)
  .use(rehypeSanitize, schema);

export interface RenderOptions {
  /** The site's base path, ending with a slash. */
  base: string;
}

/** Renders an article body to a sanitised HAST tree. */
export function renderArticleBody(markdown: string, options: RenderOptions): Root {
  const tree = articleProcessor.runSync(articleProcessor.parse(markdown)) as Root;
  rehypeBasePath(options)(tree);
  return tree;
}

/** Renders a Markdown field to sanitised HTML; `inline` keeps only the content of a single paragraph. */
export function renderMarkdownField(markdown: string, options: RenderOptions & { inline?: boolean }): string {
  const tree = fieldProcessor.runSync(fieldProcessor.parse(markdown)) as Root;
  rehypeBasePath(options)(tree);
  if (options.inline) {
    const blocks = tree.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
    const only = blocks[0];
    if (blocks.length === 1 && only?.type === 'element' && only.tagName === 'p') {
      return toHtml({ type: 'root', children: only.children as ElementContent[] });
    }
  }
  return toHtml(tree);
}
