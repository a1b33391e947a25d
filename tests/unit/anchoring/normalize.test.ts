// The contract's text normalisation and its map back to the original offsets.
import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWithMap } from '../../../src/lib/anchoring/normalize.ts';

describe('normalizeText', () => {
  it('folds every run of white space, including no-break spaces and newlines, to one space', () => {
    expect(normalizeText('a \n\t b\u00a0\u00a0c')).toBe('a b c');
  });

  it('turns curly quotes and apostrophes into straight ones', () => {
    expect(normalizeText('\u201cIt\u2019s \u2018fine\u2019\u201d')).toBe('"It\'s \'fine\'"');
  });

  it('turns the dashes U+2010 to U+2015 into hyphens, and the ellipsis into three dots', () => {
    expect(normalizeText('a\u2010b\u2013c\u2014d\u2015e\u2026')).toBe('a-b-c-d-e...');
  });

  it('composes to NFC, so a decomposed accent matches a composed one', () => {
    expect(normalizeText('Me\u0301heut')).toBe('M\u00e9heut');
    expect(normalizeText('Me\u0301heut')).toBe(normalizeText('M\u00e9heut'));
  });

  it('keeps letter case', () => {
    expect(normalizeText('Kursk KURSK')).toBe('Kursk KURSK');
  });
});

describe('normalizeWithMap', () => {
  it('maps each normalised character back to the original offsets it came from', () => {
    const input = 'say \u201chi\u201d\u2026  now';
    const { text, start, end } = normalizeWithMap(input);
    expect(text).toBe('say "hi"... now');
    const at = text.indexOf('hi');
    expect(input.slice(start[at]!, end[at + 1]!)).toBe('hi');
    const dots = text.indexOf('...');
    expect(input.slice(start[dots]!, end[dots + 2]!)).toBe('\u2026');
    const space = text.lastIndexOf(' ');
    expect(input.slice(start[space]!, end[space]!)).toBe('  ');
  });

  it('maps a composed character to its whole decomposed origin', () => {
    const input = 'e\u0301t\u00e9';
    const { text, start, end } = normalizeWithMap(input);
    expect(text).toBe('\u00e9t\u00e9');
    expect(input.slice(start[0]!, end[0]!)).toBe('e\u0301');
  });

  it('keeps offsets aligned past characters outside the basic plane', () => {
    const input = '\u{1F600} “x”';
    const { text, start, end } = normalizeWithMap(input);
    expect(text).toBe('\u{1F600} "x"');
    const x = text.indexOf('x');
    expect(input.slice(start[x]!, end[x]!)).toBe('x');
  });

  it('treats a plain ASCII character like any other: a combining mark after it, or after a space, joins its cluster', () => {
    expect(normalizeWithMap('a \u0301b')).toEqual({ text: 'a b', start: [0, 1, 3], end: [1, 3, 4] });
    expect(normalizeWithMap('x\r\n\t y')).toEqual({ text: 'x y', start: [0, 1, 5], end: [1, 5, 6] });
    expect(normalizeWithMap('e\u0301\u0308!')).toEqual({ text: '\u00e9\u0308!', start: [0, 0, 3], end: [3, 3, 4] });
    expect(normalizeWithMap('\u{1F600} \ud800z')).toEqual({ text: '\u{1F600} \ud800z', start: [0, 0, 2, 3, 4], end: [2, 2, 3, 4, 5] });
  });
});
