// Links into a source at an excerpt: the text directive's grammar, its encoding, and how an excerpt becomes one.
import { describe, expect, it } from 'vitest';
import { encodeTerm, excerptDirective, linkToExcerpt, serializeTextDirective, withTextFragment } from '../../../src/lib/sharing/text-fragment.ts';

// The grammar of a text directive, as the Text Fragments specification writes it:
//   TextDirective ::= "text=" (TextDirectivePrefix)? TextDirectiveString ("," TextDirectiveString)? (TextDirectiveSuffix)?
//   TextDirectivePrefix ::= TextDirectiveString "-,"
//   TextDirectiveSuffix ::= ",-" TextDirectiveString
//   TextDirectiveString ::= (TextDirectiveExplicitChar | PercentEncodedByte)+
//   TextDirectiveExplicitChar ::= [a-zA-Z0-9] | "!" | "$" | "'" | "(" | ")" | "*" | "+" | "." | "/" | ":" | ";" | "=" | "?" | "@" | "_" | "~"
//   PercentEncodedByte ::= "%" [a-zA-Z0-9][a-zA-Z0-9]
const STRING = String.raw`(?:[a-zA-Z0-9!$'()*+./:;=?@_~]|%[a-zA-Z0-9]{2})+`;
const GRAMMAR = new RegExp(`^text=(?:(${STRING})-,)?(${STRING})(?:,(${STRING}))?(?:,-(${STRING}))?$`);

/** Reads a directive back by the grammar: its decoded prefix, start, end and suffix. */
function parse(directive: string) {
  const match = GRAMMAR.exec(directive);
  if (!match) return null;
  const [, prefix, start, end, suffix] = match.map((part) => (part === undefined ? undefined : decodeURIComponent(part)));
  return { prefix, start, end, suffix };
}

describe('a text directive', () => {
  it('percent-encodes the characters that separate its parts, and those a fragment cannot hold', () => {
    expect(encodeTerm('state-owned, & co')).toBe('state%2Downed%2C%20%26%20co');
    expect(encodeTerm('50% “up”')).toBe('50%25%20%E2%80%9Cup%E2%80%9D');
    expect(encodeTerm("it's (nearly) *done*.")).toBe("it's%20(nearly)%20*done*.");
  });

  it('writes prefix-, start, end and ,-suffix in the order of the grammar', () => {
    expect(serializeTextDirective({ start: 'an example' })).toBe('text=an%20example');
    expect(serializeTextDirective({ start: 'an example', end: 'fragment' })).toBe('text=an%20example,fragment');
    expect(serializeTextDirective({ prefix: 'this is', start: 'an example', suffix: 'text' })).toBe('text=this%20is-,an%20example,-text');
    expect(serializeTextDirective({ prefix: 'a', start: 'b', end: 'c', suffix: 'd' })).toBe('text=a-,b,c,-d');
  });

  it.each([
    { start: 'A budget of EUR 12 million is approved.' },
    { start: 'north-south link, phase 2', end: 'Q&A: 3-4 p.m.', prefix: 'x-,', suffix: ',-y' },
    { start: 'Zürich – “the city”', suffix: '100% sure' },
    { start: 'a#b?c=d/e', end: 'f;g@h+i' },
  ])('gives a directive that the grammar reads back to the same words: $start', (directive) => {
    const written = serializeTextDirective(directive);
    expect(written).toMatch(GRAMMAR);
    expect(parse(written)).toEqual({ prefix: directive.prefix, start: directive.start, end: directive.end, suffix: directive.suffix });
  });
});

describe('the directive of an excerpt', () => {
  it('is the whole excerpt when it is short, without the quote marks the editor put around it', () => {
    expect(excerptDirective('A budget of EUR 12 million is approved.')).toEqual({ start: 'A budget of EUR 12 million is approved.' });
    expect(excerptDirective('  “Total   span: 280 m.”  ')).toEqual({ start: 'Total span: 280 m.' });
  });

  it('is the first and last words of a long excerpt, which may run over paragraphs', () => {
    const excerpt = 'From 1 April, ferries leave the north pier every 20 minutes, from six in the morning until midnight, every day of the week.';
    expect(excerptDirective(excerpt)).toEqual({ start: 'From 1 April, ferries leave', end: 'every day of the week.' });
  });

  it('is the words before and after an ellipsis, which marks words left out', () => {
    expect(excerptDirective('The council approved […] the bridge budget')).toEqual({ start: 'The council approved', end: 'the bridge budget' });
    expect(excerptDirective('Costs rose... and rose again')).toEqual({ start: 'Costs rose', end: 'and rose again' });
    expect(excerptDirective('the budget is approved…')).toEqual({ start: 'the budget is approved' });
  });

  it('names the words around a short excerpt that the source may have several times, nearest words first', () => {
    expect(excerptDirective('280 m.', { prefix: 'Section 3. Bridge: total span', suffix: 'Height above water: 40 m.' })).toEqual({
      prefix: 'Bridge: total span',
      start: '280 m.',
      suffix: 'Height above water:',
    });
  });

  it('is nothing for an excerpt without words', () => {
    expect(excerptDirective(' … ')).toBeNull();
    expect(linkToExcerpt('https://example.org/a', ' " ')).toBe('https://example.org/a');
  });
});

describe('the address of a passage', () => {
  it('adds the directive after the fragment delimiter', () => {
    expect(withTextFragment('https://example.org/minutes?year=2025', { start: 'approved' })).toBe('https://example.org/minutes?year=2025#:~:text=approved');
  });

  it('keeps a fragment the address already has, and replaces a directive it already has', () => {
    expect(withTextFragment('https://example.org/report#section-3', { start: 'span' })).toBe('https://example.org/report#section-3:~:text=span');
    expect(withTextFragment('https://example.org/report#:~:text=old', { start: 'new' })).toBe('https://example.org/report#:~:text=new');
  });

  it('links an excerpt, and leaves an evidence without excerpt at the source address', () => {
    expect(linkToExcerpt('https://example.org/a', 'state-owned, & co')).toBe('https://example.org/a#:~:text=state%2Downed%2C%20%26%20co');
    expect(linkToExcerpt('https://example.org/a', undefined)).toBe('https://example.org/a');
  });
});
