// What an editor's Markdown may carry, checked directly on fields and on an article's raw HTML.
import { describe, expect, it } from 'vitest';
import { articleBodyTree } from '../../../src/lib/markdown/render.ts';
import { checkArticleHtml, checkMarkdownField, unsafeUrlReason } from '../../../src/lib/verify/markdown-safety.ts';

describe('unsafeUrlReason', () => {
  it('accepts the web, mail, fragments and paths of the site', () => {
    for (const url of ['https://example.org', 'http://example.org/a', 'mailto:desk@example.org', '#notes', '/sources/x/']) expect(unsafeUrlReason(url), url).toBeNull();
  });

  it('refuses script and data addresses, relative and protocol-relative ones, in any disguise', () => {
    expect(unsafeUrlReason('javascript:alert(1)')).toBe('uses the javascript: protocol, which is not allowed');
    expect(unsafeUrlReason(' JaVa\tScRiPt:alert(1)')).toBe('uses the javascript: protocol, which is not allowed');
    expect(unsafeUrlReason('data:text/html,x')).toBe('uses the data: protocol, which is not allowed');
    expect(unsafeUrlReason('//evil.example')).toBe('is protocol-relative (starts with //)');
    expect(unsafeUrlReason('notes.html')).toBe('is relative: it would lead elsewhere on every page that shows it');
    expect(unsafeUrlReason('https://')).toBe('is not a complete address');
  });
});

describe('checkMarkdownField', () => {
  it('reports raw HTML and unsafe links at their line and column in the field', () => {
    expect(checkMarkdownField('Fine [link](https://example.org).\n\nA <br> and [bad](javascript:x).').map((p) => `${p.rule} ${p.line}:${p.column}`)).toEqual([
      'markdown-raw-html 3:3',
      'unsafe-url 3:12',
    ]);
  });
});

describe('checkArticleHtml', () => {
  it('locates the raw HTML of a body that will not reach readers in the article file', () => {
    const article = { slug: 'x', file: 'content/articles/x.md', meta: {} as never, body: '', bodyLine: 5 };
    const { raw } = articleBodyTree('Text <sub>2</sub>.\n\n<img src="https://example.org/a.png" onerror="x()">\n\n<script>x()</script>\n');
    expect(checkArticleHtml(article, raw).map((p) => `${p.rule} ${p.line}:${p.column} ${p.message}`)).toEqual([
      'html-not-allowed 7:1 article text: the HTML attribute onerror on <img> is not allowed in an article',
      'html-not-allowed 9:1 article text: the HTML element <script> is not allowed in an article',
    ]);
  });
});
