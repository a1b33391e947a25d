// An article's text as its page shows it, for anchoring quotes: the body rendered, its raw HTML checked, its text indexed.
import type { Root } from 'hast';
import { buildTextIndex, type TextIndex } from '../anchoring/text-index.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { stripBom, type ContentFile } from '../content/read-files.ts';
import { articleBodyTree } from '../markdown/render.ts';
import { checkArticleHtml } from './markdown-safety.ts';
import type { Problem } from './problem.ts';

export interface ArticleBody {
  /** The body rendered and sanitised, its top-level elements the article's blocks. */
  body: Root;
  text: TextIndex;
  /** Raw HTML that would not reach readers, located in the article file. */
  problems: Problem[];
}

// White space between the top-level elements is layout, not a block of the text.
const withoutLayoutSpace = (tree: Root): Root => ({ ...tree, children: tree.children.filter((child) => !(child.type === 'text' && child.value.trim() === '')) });

/**
 * The body of an article file, or undefined when the file has no frontmatter. It needs only the file's text, not its
 * validated frontmatter, so that it can be rendered while another thread reads the YAML.
 */
export function articleBody(file: ContentFile): ArticleBody | undefined {
  const split = splitFrontmatter(stripBom(file.text));
  if (!split) return undefined;
  const { raw, tree } = articleBodyTree(split.body);
  const body = withoutLayoutSpace(tree);
  return { body, text: buildTextIndex(body), problems: checkArticleHtml({ file: file.path, bodyLine: split.bodyLine }, raw) };
}
