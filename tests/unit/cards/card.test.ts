// The card's element tree: the label, the quote and the summary as text, fitted to their boxes, editor input inert.
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { fitQuote, QUOTE_SIZES, SUMMARY, summaryBudget } from '../../../src/lib/cards/fit.ts';
import { cardTree } from '../../../src/lib/cards/layout.ts';
import type { SatoriChild, SatoriNode } from '../../../src/lib/cards/types.ts';
import { cardAlt } from '../../../src/lib/cards/words.ts';
import { graphemes } from '../../../src/lib/cards/text.ts';
import { cardFonts } from '../../../src/lib/cards/fonts.ts';
import { KIND_LABELS, verdictScale } from '../../../src/lib/vocabulary.ts';
import { card, HOSTILE, prose, sampleAnnotations } from './fixtures.ts';

const nodes = (node: SatoriChild): SatoriNode[] => {
  if (typeof node === 'string') return [];
  const children = node.props.children === undefined ? [] : [node.props.children].flat();
  return [node, ...children.flatMap(nodes)];
};
/** Every text of the tree, in document order. */
const texts = (node: SatoriChild): string[] => {
  if (typeof node === 'string') return [node];
  const children = node.props.children === undefined ? [] : [node.props.children].flat();
  return children.flatMap(texts);
};
const part = (tree: SatoriNode, name: string) => nodes(tree).find((n) => n.props['data-part'] === name)!;
const textOf = (node: SatoriNode) => texts(node).join('');

describe('the card tree', () => {
  it.each(verdictScale.map((v) => [v.verdict, v.label] as const))('of a %s claim says "Claim" and its verdict in words', (verdict, label) => {
    const tree = cardTree(card({ verdict, quote: 'Thousands of soldiers arrived.', summary: 'They did.' }));
    const all = texts(tree);
    expect(all).toContain(label);
    expect(all).toContain(KIND_LABELS.claim.label);
  });

  it.each([['note'], ['correction']] as const)('of a %s says its kind in words', (kind) => {
    const tree = cardTree(card({ kind, quote: 'Ta.', summary: 'A stray word.', ...(kind === 'correction' ? { correction: '' } : {}) }));
    expect(texts(tree)).toContain(KIND_LABELS[kind].label);
    expect(texts(tree)).not.toContain(KIND_LABELS.claim.label);
  });

  it('holds the site name, the quote in quotation marks, the summary, the title and the publisher as text', () => {
    const tree = cardTree(card({ verdict: 'mixed', quote: 'Thousands of North Korean soldiers have arrived', summary: 'Confirmed within days, but fewer.' }));
    const all = texts(tree);
    expect(all).toEqual(expect.arrayContaining(['Annotated News', '“Thousands of North Korean soldiers have arrived”', 'Confirmed within days, but fewer.', 'The Example Post']));
    expect(all).toContain('North Korean troops gather in Russia’s Kursk region, officials say');
    expect(textOf(part(tree, 'quote'))).toBe('“Thousands of North Korean soldiers have arrived”');
    expect(textOf(part(tree, 'summary'))).toBe('Confirmed within days, but fewer.');
  });

  it('truncates a long quote and a long summary to their budgets, at a word', () => {
    const quote = prose(600, 3);
    const summary = prose(280, 4);
    const tree = cardTree(card({ verdict: 'supported', quote, summary }));
    const shownQuote = textOf(part(tree, 'quote'));
    const smallest = fitQuote(quote);
    expect(smallest.fontSize).toBe(QUOTE_SIZES[QUOTE_SIZES.length - 1]!.fontSize);
    expect(graphemes(shownQuote).length).toBeLessThanOrEqual(smallest.budget + 2);
    expect(shownQuote).toMatch(/^“.+\S…”$/u);
    expect(quote.startsWith(shownQuote.slice(1, -2))).toBe(true);
    expect(quote[shownQuote.length - 3]).toBe(' ');

    const shownSummary = textOf(part(tree, 'summary'));
    expect(graphemes(shownSummary).length).toBeLessThanOrEqual(summaryBudget());
    expect(shownSummary.endsWith('…')).toBe(true);
    expect(summary.startsWith(shownSummary.slice(0, -1))).toBe(true);
  });

  it('sets a short quote larger than a long one', () => {
    expect(fitQuote('Ta.').fontSize).toBeGreaterThan(fitQuote(prose(150)).fontSize);
  });

  it.each(HOSTILE.map((h) => [h]))('keeps %j as text in every field', (hostile) => {
    const input = card(
      { verdict: 'misleading', quote: hostile, summary: hostile },
      { settings: { name: hostile }, article: { title: hostile, publisher: hostile, language: 'en' } },
    );
    const tree = cardTree(input);
    const all = texts(tree);
    expect(all).toContain(`“${hostile}”`);
    expect(all.filter((t) => t === hostile).length).toBeGreaterThanOrEqual(3);
    // The editor's words never become elements or attributes.
    expect(new Set(nodes(tree).map((n) => n.type))).toEqual(new Set(['div', 'span', 'svg', 'circle', 'path']));
    for (const node of nodes(tree)) {
      expect(Object.keys(node.props).filter((name) => /^on|dangerously|tw$/i.test(name))).toEqual([]);
      const { children: _children, ...attributes } = node.props;
      for (const value of Object.values(attributes)) if (typeof value === 'string') expect(value).not.toContain(hostile);
    }
    expect(cardAlt(input)).toContain(hostile);
  });
});

/** The tree with its line clamps taken out, so that text which does not fit shows as a taller box. */
function unclamped(node: SatoriChild): SatoriChild {
  if (typeof node === 'string') return node;
  const { lineClamp: _clamp, maxHeight: _max, ...style } = node.props.style ?? {};
  const children = node.props.children;
  return { ...node, props: { ...node.props, style, children: Array.isArray(children) ? children.map(unclamped) : children === undefined ? undefined : unclamped(children) } };
}

/** The laid-out height of the quote and summary boxes, in lines. */
async function layoutLines(tree: SatoriChild) {
  const laid: { props: Record<string, unknown>; height: number }[] = [];
  await satori(tree as never, { width: 1200, height: 630, fonts: cardFonts(), onNodeDetected: (node) => laid.push(node) });
  const box = (name: string) => laid.find((n) => n.props['data-part'] === name)!;
  return { quote: box('quote').height, summary: box('summary').height };
}

describe('fitting', () => {
  const sizes = (input: ReturnType<typeof card>) => ({ quote: fitQuote(input.annotation.quote.quote), summary: SUMMARY });
  const lineHeight = (s: { fontSize: number; lineHeight: number }) => Math.round(s.fontSize * s.lineHeight);

  it('fits every quote and summary of the sample article, and prose of every length, in their lines without a clamp', async () => {
    const inputs = [
      ...sampleAnnotations().map((annotation) => card(annotation)),
      ...Array.from({ length: 24 }, (_, i) => card({ verdict: 'mixed', quote: prose(20 + i * 17, i + 10), summary: prose(60 + i * 10, i + 50) })),
    ];
    for (const input of inputs) {
      const { quote, summary } = sizes(input);
      const height = await layoutLines(unclamped(cardTree(input)));
      expect.soft(height.quote, input.annotation.quote.quote).toBeLessThanOrEqual(lineHeight(quote) * quote.lines + 1);
      expect.soft(height.summary, input.annotation.annotation.summary).toBeLessThanOrEqual(lineHeight(summary) * summary.lines + 1);
    }
  });

  it('keeps text that the budgets misjudge (capitals, one endless word) inside its box', async () => {
    const wide = 'WWWW MMMM '.repeat(30);
    const endless = `https://example.org/${'averyverylongword'.repeat(20)}`;
    for (const text of [wide, endless]) {
      const input = card({ verdict: 'contradicted', quote: text, summary: text.slice(0, 280) });
      const { quote, summary } = sizes(input);
      // Without the clamp the text would overflow; with it, it does not.
      const loose = await layoutLines(unclamped(cardTree(input)));
      expect(loose.quote).toBeGreaterThan(lineHeight(quote) * quote.lines);
      const height = await layoutLines(cardTree(input));
      expect(height.quote).toBeLessThanOrEqual(lineHeight(quote) * quote.lines + 1);
      expect(height.summary).toBeLessThanOrEqual(lineHeight(summary) * summary.lines + 1);
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
