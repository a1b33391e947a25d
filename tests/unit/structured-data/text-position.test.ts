// Text positions of annotations in a built page: offsets in the body's text, as annotation tools count them.
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { quoteSpans } from '../../../src/lib/structured-data/text-position.ts';

const PAGE = `<!doctype html><html><head><title>Not counted</title></head><body>
<header>Site</header><main><p>The <mark data-claims="a">council <em>approved</em></mark><mark data-claims="a b"> a budget</mark><a class="note-ref"><sup>1</sup></a>.</p>
<aside>1 Supported</aside><p><mark data-claims="c">Critics</mark> said<template>hidden</template> it <!-- a comment --> twice.</p></main></body></html>`;

describe('the text positions of a built page', () => {
  const { text, spans } = quoteSpans(fromHtml(PAGE));

  it('counts the text of the body only, comments and template contents left out, as a browser\'s textContent does', () => {
    expect(text).toBe('\nSiteThe council approved a budget1.\n1 SupportedCritics said it  twice.');
  });

  it('spans each annotation from the start of its first mark to the end of its last', () => {
    expect(text.slice(spans.get('a')!.start, spans.get('a')!.end)).toBe('council approved a budget');
    expect(text.slice(spans.get('b')!.start, spans.get('b')!.end)).toBe(' a budget');
    expect(text.slice(spans.get('c')!.start, spans.get('c')!.end)).toBe('Critics');
    expect(spans.get('a')).toEqual({ start: 9, end: 34 });
  });
});
