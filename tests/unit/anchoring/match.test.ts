// Quote lookup: exact matching after normalisation, across markup and paragraphs, with prefix and suffix.
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { closestPassage, matchQuote } from '../../../src/lib/anchoring/match.ts';
import { buildTextIndex } from '../../../src/lib/anchoring/text-index.ts';

const indexOf = (html: string) => buildTextIndex(fromHtml(html, { fragment: true }) as Root);

describe('buildTextIndex', () => {
  it('joins text across inline markup and puts one space at each paragraph boundary', () => {
    const index = indexOf('<p>One <em>two</em> <a href="#">three</a>.</p>\n<p>Four</p>');
    expect(index.text.trimEnd()).toBe('One two three. Four');
  });

  it('leaves out scripts, styles and the white space between blocks', () => {
    const index = indexOf('<div>\n  <p>a</p>\n  <script>x()</script>\n  <p>b</p>\n</div>');
    expect(index.text.trim()).toBe('a b');
  });
});

describe('matchQuote', () => {
  const index = indexOf(
    '<p>The mayor said \u201cit\u2019s the <em>largest</em> project\u201d \u2014 twice\u2026</p><p>The mayor left. The mayor returned.</p>',
  );

  it('finds a quote typed with straight punctuation in typographic text, across emphasis', () => {
    const match = matchQuote(index, { quote: "\"it's the largest project\" - twice..." });
    expect(match.status).toBe('found');
    if (match.status !== 'found') return;
    expect(index.text.slice(match.range.start, match.range.end)).toBe('\u201cit\u2019s the largest project\u201d \u2014 twice\u2026');
  });

  it('finds a quote that crosses a paragraph boundary', () => {
    const match = matchQuote(index, { quote: 'twice... The mayor left.' });
    expect(match.status).toBe('found');
  });

  it('lists every occurrence with its context when a quote occurs several times', () => {
    const match = matchQuote(index, { quote: 'The mayor' });
    expect(match.status).toBe('several');
    if (match.status !== 'several') return;
    expect(match.occurrences).toHaveLength(3);
    expect(match.occurrences[1]!.context).toContain('[The mayor] left.');
  });

  it('keeps the one occurrence that the prefix stands before', () => {
    const match = matchQuote(index, { quote: 'The mayor', prefix: 'left.' });
    expect(match.status).toBe('found');
    if (match.status !== 'found') return;
    expect(index.text.slice(match.range.start - 6, match.range.end)).toBe('left. The mayor');
  });

  it('keeps the one occurrence that the suffix stands after', () => {
    const match = matchQuote(index, { quote: 'The mayor', suffix: 'left' });
    expect(match.status).toBe('found');
    if (match.status !== 'found') return;
    expect(index.text.slice(match.range.start, match.range.end + 5)).toBe('The mayor left');
  });

  it('says so when no occurrence has the given prefix', () => {
    const match = matchQuote(index, { quote: 'The mayor', prefix: 'nobody' });
    expect(match).toMatchObject({ status: 'context-mismatch', field: 'prefix' });
  });

  it('finds nothing for a quote one character off, and shows the closest passage', () => {
    const match = matchQuote(index, { quote: 'The mayor retured.' });
    expect(match).toEqual({ status: 'none', closest: 'The mayor returned.' });
  });

  it('never matches loosely: case is kept', () => {
    expect(matchQuote(index, { quote: 'the mayor left' }).status).toBe('none');
  });
});

describe('closestPassage', () => {
  it('picks the passage with the fewest edits, starting at a word', () => {
    expect(closestPassage('alpha beta gamma delta', 'gamna delta')).toBe('gamma delta');
  });
});
