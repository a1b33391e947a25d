// The text's headings sit under the page's own h1, at whatever levels the editor wrote them, without skipping a level.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { articleBodyTree, renderMarkdownField } from '../../../src/lib/markdown/render.ts';

/** The headings of a tree, in order, as `h2 Title`. */
function outline(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (/^h[1-6]$/.test(node.tagName)) found.push(`${node.tagName} ${toString(node)}`);
  });
  return found;
}

const article = (markdown: string) => outline(articleBodyTree(markdown).tree);
const field = (markdown: string) => outline(fromHtml(renderMarkdownField(markdown, { base: '/' }), { fragment: true }));

describe('headings of an article', () => {
  it('start at h2 when the text starts with ###, the deeper ones following one level at a time', () => {
    expect(article('### Opening\n\ntext\n\n#### Counts\n\ntext\n\n#### More\n\ntext')).toEqual(['h2 Opening', 'h3 Counts', 'h3 More']);
  });

  it('make a shallower heading written later a sibling of the first, not a level above the page', () => {
    expect(article('### Opening\n\n## Reactions\n\n#### Next\n\n### Aside')).toEqual(['h2 Opening', 'h2 Reactions', 'h3 Next', 'h3 Aside']);
  });

  it('give the shallowest level written h2, whatever it is', () => {
    expect(article('# Title\n\n## Part\n\n### Detail')).toEqual(['h2 Title', 'h3 Part', 'h4 Detail']);
    expect(article('#### Deep\n\n##### Deeper')).toEqual(['h2 Deep', 'h3 Deeper']);
  });

  it('close the gap of a level the editor skipped', () => {
    expect(article('## One\n\n#### Skipped to four\n\n###### And to six\n\n## Two')).toEqual(['h2 One', 'h3 Skipped to four', 'h4 And to six', 'h2 Two']);
  });

  it('never go past h6', () => {
    expect(article('# 1\n\n## 2\n\n### 3\n\n#### 4\n\n##### 5\n\n###### 6')).toEqual(['h2 1', 'h3 2', 'h4 3', 'h5 4', 'h6 5', 'h6 6']);
  });

  it('count headings written in raw HTML and inside quotations', () => {
    expect(article('<h4>Raw</h4>\n\n> ### Quoted\n\ntext')).toEqual(['h2 Raw', 'h2 Quoted']);
  });

  it('leave a text without headings as it was', () => {
    expect(article('Just a paragraph.')).toEqual([]);
  });
});

describe('headings of an analysis', () => {
  it('start at h3, under the h2 of the section that holds the field', () => {
    expect(field('### Why\n\ntext\n\n##### How')).toEqual(['h3 Why', 'h4 How']);
  });
});
