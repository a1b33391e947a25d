// The card's layout: the label, the quote and the summary as lines of text, fitted to their boxes, inside the card.
import { describe, expect, it } from 'vitest';
import { fitQuote, QUOTE_SIZES, SUMMARY, summaryBudget } from '../../../src/lib/cards/fit.ts';
import { cardFace, layoutCard, type CardDrawing } from '../../../src/lib/cards/layout.ts';
import { clampLine, wrapLines, type CardFont, type TextMeasure } from '../../../src/lib/cards/lines.ts';
import { cardMeasure } from '../../../src/lib/cards/paint.ts';
import { graphemes } from '../../../src/lib/cards/text.ts';
import { cardAlt } from '../../../src/lib/cards/words.ts';
import { KIND_LABELS, verdictScale } from '../../../src/lib/vocabulary.ts';
import { card, drawingOf, HOSTILE, prose, sampleAnnotations } from './fixtures.ts';

const texts = (drawing: CardDrawing) => drawing.lines.map((line) => line.text);
/** The lines of the quote (serif) or of the summary (the only sans text of its size), joined as one text. */
const part = (drawing: CardDrawing, name: 'quote' | 'summary') =>
  drawing.lines
    .filter((line) => (name === 'quote' ? line.font.family === 'serif' : line.font.family === 'sans' && line.font.size === SUMMARY.fontSize))
    .map((line) => line.text)
    .join(' ');

/** A measure in which every character is 10 px wide and fonts reach 8 px up and 2 px down. */
const tenPx: TextMeasure = { width: (text) => graphemes(text).length * 10, extent: () => ({ ascent: 8, descent: 2 }) };
const font: CardFont = { family: 'sans', weight: 400, size: 10, letterSpacing: 0, lang: 'en' };

describe('wrapLines', () => {
  it('breaks text at spaces into lines that fit', () => {
    expect(wrapLines('aaa bbb ccc dd', font, 70, 5, tenPx)).toEqual(['aaa bbb', 'ccc dd']);
  });

  it('breaks a word wider than a line between its characters', () => {
    expect(wrapLines('x abcdefghij', font, 40, 5, tenPx)).toEqual(['x', 'abcd', 'efgh', 'ij']);
  });

  it('ends the last line it keeps with an ellipsis, at a word', () => {
    expect(wrapLines('aaa bbb ccc ddd eee', font, 70, 2, tenPx)).toEqual(['aaa bbb', 'ccc…']);
  });
});

describe('clampLine', () => {
  it('keeps a line that fits, cuts one that does not at a word, and a single word inside it', () => {
    expect(clampLine('aaa bbb', font, 70, tenPx)).toBe('aaa bbb');
    expect(clampLine('aaa, bbb ccc', font, 70, tenPx)).toBe('aaa…');
    expect(clampLine('abcdefghij', font, 50, tenPx)).toBe('abcd…');
  });
});

describe('the card layout', () => {
  it.each(verdictScale.map((v) => [v.verdict, v.label] as const))('of a %s claim says "Claim" and its verdict in words', (verdict, label) => {
    const all = texts(drawingOf(card({ verdict, quote: 'Thousands of soldiers arrived.', summary: 'They did.' })));
    expect(all).toContain(label);
    expect(all).toContain(KIND_LABELS.claim.label.toUpperCase());
  });

  it.each([['note'], ['correction']] as const)('of a %s says its kind in words', (kind) => {
    const all = texts(drawingOf(card({ kind, quote: 'Ta.', summary: 'A stray word.', ...(kind === 'correction' ? { correction: '' } : {}) })));
    expect(all).toContain(KIND_LABELS[kind].label);
    expect(all).not.toContain(KIND_LABELS.claim.label.toUpperCase());
  });

  it('holds the site name, the quote in quotation marks, the summary, the title and the publisher as text', () => {
    const drawing = drawingOf(card({ verdict: 'mixed', quote: 'Thousands of North Korean soldiers have arrived', summary: 'Confirmed within days, but fewer.' }));
    expect(texts(drawing)).toEqual(expect.arrayContaining(['Annotated News', 'The Example Post', 'North Korean troops gather in Russia’s Kursk region, officials say']));
    expect(part(drawing, 'quote')).toBe('“Thousands of North Korean soldiers have arrived”');
    expect(part(drawing, 'summary')).toBe('Confirmed within days, but fewer.');
  });

  it('truncates a long quote and a long summary to their budgets, at a word', () => {
    const quote = prose(600, 3);
    const summary = prose(280, 4);
    const drawing = drawingOf(card({ verdict: 'supported', quote, summary }));
    const shownQuote = part(drawing, 'quote');
    const smallest = fitQuote(quote);
    expect(smallest.fontSize).toBe(QUOTE_SIZES[QUOTE_SIZES.length - 1]!.fontSize);
    expect(graphemes(shownQuote).length).toBeLessThanOrEqual(smallest.budget + 2);
    expect(shownQuote).toMatch(/^“.+\S…”$/u);
    expect(quote.startsWith(shownQuote.slice(1, -2))).toBe(true);
    expect(quote[shownQuote.length - 3]).toBe(' ');

    const shownSummary = part(drawing, 'summary');
    expect(graphemes(shownSummary).length).toBeLessThanOrEqual(summaryBudget());
    expect(shownSummary.endsWith('…')).toBe(true);
    expect(summary.startsWith(shownSummary.slice(0, -1))).toBe(true);
  });

  it('sets a short quote larger than a long one', () => {
    expect(fitQuote('Ta.').fontSize).toBeGreaterThan(fitQuote(prose(150)).fontSize);
  });

  it('keeps every line inside the card\'s margins, and the body between the label and the rule above the footer', () => {
    for (const input of [card({ verdict: 'mixed', quote: prose(520, 9), summary: prose(280, 10) }), card({ kind: 'note', quote: 'Ta.', summary: 'Short.' })]) {
      const drawing = drawingOf(input);
      for (const line of drawing.lines) {
        expect(line.x, line.text).toBeGreaterThanOrEqual(64);
        expect(line.x + cardMeasure.width(line.text, line.font), line.text).toBeLessThanOrEqual(1136 + 0.5);
      }
      const rule = drawing.shapes.find((shape) => shape.type === 'rect' && shape.height === 2)!;
      const pill = drawing.shapes[2]!;
      const body = drawing.lines.filter((line) => line.font.family === 'serif' || line.font.size === SUMMARY.fontSize);
      expect(Math.min(...body.map((line) => line.y - line.font.size))).toBeGreaterThan(pill.y + (pill.type === 'rect' ? pill.height : 0));
      expect(Math.max(...body.map((line) => line.y))).toBeLessThan(rule.y);
    }
  });

  it.each(HOSTILE.map((h) => [h]))('draws %j as text in every field', (hostile) => {
    const input = card(
      { verdict: 'misleading', quote: hostile, summary: hostile },
      { settings: { name: hostile }, article: { title: hostile, publisher: hostile, language: 'en' } },
    );
    const drawing = drawingOf(input);
    // A word wider than a line is broken between lines, which the join shows as a space.
    const squeezed = (text: string) => text.replace(/\s/g, '');
    expect(squeezed(part(drawing, 'quote'))).toBe(squeezed(`“${hostile}”`));
    expect(texts(drawing).filter((t) => t === hostile).length).toBeGreaterThanOrEqual(3);
    expect(cardAlt(input)).toContain(hostile);
  });

  it('lays a face out the same way every time', () => {
    const face = cardFace(card({ verdict: 'mixed', quote: prose(200, 2), summary: prose(100, 3) }));
    expect(layoutCard(face, cardMeasure)).toEqual(layoutCard(structuredClone(face), cardMeasure));
  });
});

describe('fitting', () => {
  /** The quote's and summary's lines, unclamped and as drawn. */
  const lines = (input: ReturnType<typeof card>) => {
    const face = cardFace(input);
    const quoteFont: CardFont = { family: 'serif', weight: 400, size: face.quote.fontSize, letterSpacing: 0, lang: 'en' };
    const summaryFont: CardFont = { family: 'sans', weight: 400, size: SUMMARY.fontSize, letterSpacing: 0, lang: 'en' };
    return {
      quote: wrapLines(face.quote.text, quoteFont, 1072, Infinity, cardMeasure).length,
      quoteLines: face.quote.lines,
      summary: wrapLines(face.summary, summaryFont, 1072, Infinity, cardMeasure).length,
      drawn: drawingOf(input),
    };
  };

  it('fits every quote and summary of the sample article, and prose of every length, in their lines without a clamp', () => {
    const inputs = [
      ...sampleAnnotations().map((annotation) => card(annotation)),
      ...Array.from({ length: 24 }, (_, i) => card({ verdict: 'mixed', quote: prose(20 + i * 17, i + 10), summary: prose(60 + i * 10, i + 50) })),
    ];
    for (const input of inputs) {
      const fitted = lines(input);
      expect.soft(fitted.quote, input.annotation.quote.quote).toBeLessThanOrEqual(fitted.quoteLines);
      expect.soft(fitted.summary, input.annotation.annotation.summary).toBeLessThanOrEqual(SUMMARY.lines);
    }
  });

  it('keeps text that the budgets misjudge (capitals, one endless word) inside its box', () => {
    const wide = 'WWWW MMMM '.repeat(30);
    const endless = `https://example.org/${'averyverylongword'.repeat(20)}`;
    for (const text of [wide, endless]) {
      const input = card({ verdict: 'contradicted', quote: text, summary: text.slice(0, 280) });
      const fitted = lines(input);
      // Without the clamp the text would overflow; with it, it does not.
      expect(fitted.quote).toBeGreaterThan(fitted.quoteLines);
      expect(part(fitted.drawn, 'quote').endsWith('…')).toBe(true);
      expect(fitted.drawn.lines.filter((line) => line.font.family === 'serif')).toHaveLength(fitted.quoteLines);
      expect(fitted.drawn.lines.filter((line) => line.font.family === 'sans' && line.font.size === SUMMARY.fontSize).length).toBeLessThanOrEqual(SUMMARY.lines);
    }
  });
});

describe('the alt text', () => {
  it('says what the card says, within 420 characters', () => {
    const input = card({ verdict: 'mixed', quote: prose(400, 7), summary: prose(280, 8) });
    const alt = cardAlt(input);
    expect(alt).toMatch(/^Annotated News: Claim, rated Mixed\. “/);
    expect(alt).toContain('The Example Post');
    expect(graphemes(alt).length).toBeLessThanOrEqual(420);
  });
});
