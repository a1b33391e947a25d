// Fitting text into a card's boxes: a character budget, never exceeded, cut at a word.
import { describe, expect, it } from 'vitest';
import { charBudget, collapseSpace, graphemes, truncateAtWord } from '../../../src/lib/cards/text.ts';
import { prose } from './fixtures.ts';

/** What may stand between the kept words and the next word of the original: dropped punctuation, then a space. */
const AT_WORD_END = /^[,;:.\-‐-―(\[{“‘"'/]*\s/u;

describe('truncateAtWord', () => {
  it('keeps a text that fits, with its white space collapsed', () => {
    expect(truncateAtWord('  Officials   said\nso.  ', 20)).toBe('Officials said so.');
    expect(truncateAtWord('exactly ten', 11)).toBe('exactly ten');
  });

  it('cuts a longer text at the end of a word and marks the cut with an ellipsis', () => {
    expect(truncateAtWord('The governments of South Korea and Ukraine', 20)).toBe('The governments of…');
    expect(truncateAtWord('Thousands of soldiers, officials said', 24)).toBe('Thousands of soldiers…');
    expect(truncateAtWord('exactly eleven', 11)).toBe('exactly…');
  });

  it('never exceeds its budget, and ends at a word, for any text and budget', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const text = prose(80 + seed * 7, seed);
      const clean = collapseSpace(text);
      for (let budget = 12; budget < clean.length + 5; budget += 3) {
        const cut = truncateAtWord(text, budget);
        expect(graphemes(cut).length).toBeLessThanOrEqual(budget);
        if (graphemes(clean).length <= budget) {
          expect(cut).toBe(clean);
          continue;
        }
        expect(cut.endsWith('…')).toBe(true);
        const kept = cut.slice(0, -1);
        expect(clean.startsWith(kept)).toBe(true);
        expect(kept).not.toMatch(/\s$/);
        const firstWord = clean.split(' ')[0]!;
        if (firstWord.length > budget - 1) expect(kept).toBe(firstWord.slice(0, budget - 1));
        else expect(clean.slice(kept.length)).toMatch(AT_WORD_END);
      }
    }
  });

  it('cuts inside a word only when the first word alone is longer than the budget', () => {
    const word = 'https://example.org/' + 'very'.repeat(40);
    const cut = truncateAtWord(`${word} and more`, 30);
    expect(graphemes(cut).length).toBeLessThanOrEqual(30);
    expect(cut).toBe(`${word.slice(0, 29)}…`);
  });

  it('counts and cuts by user-perceived characters, never splitting one', () => {
    const text = 'Cafe\u0301 cafe\u0301 cafe\u0301 🇺🇦🇺🇦🇺🇦 👩‍👩‍👧 end';
    for (let budget = 2; budget < 30; budget++) {
      const cut = truncateAtWord(text, budget);
      expect(graphemes(cut).length).toBeLessThanOrEqual(budget);
      expect(text.normalize('NFC').startsWith(cut.replace(/…$/, '').normalize('NFC'))).toBe(true);
    }
    expect(truncateAtWord('🇺🇦🇺🇦🇺🇦🇺🇦', 3)).toBe('🇺🇦🇺🇦…');
  });

  it('leaves only an ellipsis for a budget of one', () => {
    expect(truncateAtWord('Thousands of soldiers', 1)).toBe('…');
  });
});

describe('charBudget', () => {
  it('is the characters per line times the lines, less the wrap slack of every line but the last', () => {
    expect(charBudget({ width: 1000, fontSize: 50, advance: 0.5, lines: 1 })).toBe(40);
    expect(charBudget({ width: 1000, fontSize: 50, advance: 0.5, lines: 3, slack: 4 })).toBe(112);
  });
});
