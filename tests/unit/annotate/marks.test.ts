// Marking: the <mark> elements of the contract, cut at every boundary, never nested.
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../../src/lib/anchoring/match.ts';
import { buildTextIndex } from '../../../src/lib/anchoring/text-index.ts';
import { markAnchors } from '../../../src/lib/annotate/marks.ts';

/** Marks the given quotes in the HTML and returns the result. */
function mark(html: string, quotes: { id: string; quote: string; aliases?: string[] }[]): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  const index = buildTextIndex(tree);
  const anchors = quotes.map(({ id, quote, aliases = [] }) => {
    const match = matchQuote(index, { quote });
    if (match.status !== 'found') throw new Error(`${id}: ${match.status}`);
    return { id, aliases, range: match.range };
  });
  markAnchors(tree, index, anchors);
  return toHtml(tree);
}

describe('markAnchors', () => {
  it('wraps a quote inside one text node in one mark with the id', () => {
    expect(mark('<p>a big red ball</p>', [{ id: 'x', quote: 'big red' }])).toBe(
      '<p>a <mark data-claims="x" id="claim-x">big red</mark> ball</p>',
    );
  });

  it('cuts a quote that crosses inline markup into one mark per stretch, never around an element', () => {
    expect(mark('<p>a <em>big</em> red ball</p>', [{ id: 'x', quote: 'a big red' }])).toBe(
      '<p><mark data-claims="x" id="claim-x">a </mark><em><mark data-claims="x">big</mark></em><mark data-claims="x"> red</mark> ball</p>',
    );
  });

  it('marks a quote across paragraphs in each paragraph, and nothing between them', () => {
    expect(mark('<p>one two</p>\n<p>three four</p>', [{ id: 'x', quote: 'two three' }])).toBe(
      '<p>one <mark data-claims="x" id="claim-x">two</mark></p>\n<p><mark data-claims="x">three</mark> four</p>',
    );
  });

  it('cuts overlapping quotes into stretches, each listing every annotation that covers it', () => {
    expect(mark('<p>one two three four</p>', [{ id: 'a', quote: 'one two three' }, { id: 'b', quote: 'two three four' }])).toBe(
      '<p><mark data-claims="a" id="claim-a">one </mark><mark data-claims="a b" id="claim-b">two three</mark><mark data-claims="b"> four</mark></p>',
    );
  });

  it('marks a nested quote inside an outer one without nesting marks', () => {
    const html = mark('<p>one two three</p>', [{ id: 'outer', quote: 'one two three' }, { id: 'inner', quote: 'two' }]);
    expect(html).toBe(
      '<p><mark data-claims="outer" id="claim-outer">one </mark><mark data-claims="outer inner" id="claim-inner">two</mark><mark data-claims="outer"> three</mark></p>',
    );
    expect(html).not.toMatch(/<mark[^>]*>[^<]*<mark/);
  });

  it('gives the second of two annotations that begin together an empty target inside the mark', () => {
    expect(mark('<p>one two</p>', [{ id: 'a', quote: 'one two' }, { id: 'b', quote: 'one' }])).toBe(
      '<p><mark data-claims="a b" id="claim-a"><span id="claim-b" class="claim-target"></span>one</mark><mark data-claims="a"> two</mark></p>',
    );
  });

  it('makes every alias land on the same mark as the id', () => {
    expect(mark('<p>one two</p>', [{ id: 'new', quote: 'two', aliases: ['old', 'older'] }])).toBe(
      '<p>one <mark data-claims="new" id="claim-new"><span id="claim-old" class="claim-target"></span><span id="claim-older" class="claim-target"></span>two</mark></p>',
    );
  });

  it('joins the text of the marks of an id back into the quote', () => {
    const html = mark('<p>He said <a href="/x">“it’s <strong>fine</strong>”</a>.</p><p>Then left.</p>', [{ id: 'q', quote: '"it\'s fine". Then' }]);
    const tree = fromHtml(html, { fragment: true });
    const texts: string[] = [];
    const walk = (node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[]; value?: string }) => {
      if (node.type === 'element' && node.tagName === 'mark' && String(node.properties?.dataClaims).split(' ').includes('q')) {
        texts.push((node.children as { value: string }[]).map((c) => c.value ?? '').join(''));
        return;
      }
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
    };
    walk(tree as never);
    expect(texts.join('')).toBe('“it’s fine”.Then');
  });
});
