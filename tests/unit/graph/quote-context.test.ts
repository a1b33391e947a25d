// The quote with the article's words around it, for permalink pages and cards.
import { describe, expect, it } from 'vitest';
import { quoteInContext } from '../../../src/lib/graph/quote-context.ts';

describe('quoteInContext', () => {
  it('gives the words before and after a quote in a short text whole', () => {
    const text = 'The council approved a budget on Thursday.';
    expect(quoteInContext(text, { start: 12, end: 29 })).toEqual({ before: 'The council ', quote: 'approved a budget', after: ' on Thursday.' });
  });

  it('cuts a long text at word boundaries and says so with an ellipsis', () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ');
    const start = words.indexOf('w100');
    const { before, quote, after } = quoteInContext(words, { start, end: start + 4 });
    expect(quote).toBe('w100');
    expect(before.startsWith('…w')).toBe(true);
    expect(after.endsWith('…')).toBe(true);
    expect(after.slice(0, -1).trim().split(' ').every((w) => /^w\d+$/.test(w))).toBe(true);
    expect(before.length).toBeLessThanOrEqual(182);
  });

  it('writes every run of white space as one space', () => {
    expect(quoteInContext('a\n\n  quoted\twords  here', { start: 5, end: 17 }).quote).toBe('quoted words');
  });
});
