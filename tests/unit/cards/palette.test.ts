// The card's colours come from the site's colour tokens: the same values, for the same badge classes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardTree } from '../../../src/lib/cards/layout.ts';
import { cardPalette, lightTokens, TONE_TOKENS, TOKENS_FILE, type ToneClass } from '../../../src/lib/cards/palette.ts';
import type { SatoriChild, SatoriNode } from '../../../src/lib/cards/types.ts';
import { annotationLabel } from '../../../src/lib/vocabulary.ts';
import { VERDICTS, type Verdict } from '../../../src/schemas/index.ts';
import { card, PROJECT_ROOT } from './fixtures.ts';

const tokensCss = readFileSync(join(PROJECT_ROOT, TOKENS_FILE), 'utf8');
const siteCss = readFileSync(join(PROJECT_ROOT, 'src/styles/site.css'), 'utf8');

/** The first declaration of `--name` in the file, read with a plain pattern (the light scheme comes first). */
const declared = (name: string) => new RegExp(`--${name}:\\s*([^;]+);`).exec(tokensCss)?.[1]?.trim();

const nodes = (node: SatoriChild): SatoriNode[] => {
  if (typeof node === 'string') return [];
  const children = node.props.children === undefined ? [] : [node.props.children].flat();
  return [node, ...children.flatMap(nodes)];
};
/** Every colour the tree uses, in styles and in SVG attributes. */
const colours = (tree: SatoriNode) =>
  new Set(
    nodes(tree).flatMap((n) => [
      ...Object.values(n.props.style ?? {}).flatMap((v) => String(v).match(/#[0-9a-f]{3,8}\b/gi) ?? []),
      ...[n.props.fill, n.props.stroke].filter((v): v is string => typeof v === 'string' && v.startsWith('#')),
    ]),
  );

describe('lightTokens', () => {
  it('reads the custom properties of top-level :root rules, not those of @media blocks, without comments, with var() resolved', () => {
    const css = `/* --bg: #000; */
      @import './x.css';
      @property --measure { syntax: '<length>'; inherits: true; initial-value: 40rem; }
      :root {
        --bg: #fdfcf9; /* paper */
        --ink: #1d1c1a;
        --alias: var(--ink);
        --mark: rgb(247 200 72 / 0.17)
      }
      @media (prefers-color-scheme: dark) { :root { --bg: #161616; } }
      .badge { --b-ink: red; }`;
    expect(lightTokens(css)).toEqual({ '--bg': '#fdfcf9', '--ink': '#1d1c1a', '--alias': '#1d1c1a', '--mark': 'rgb(247 200 72 / 0.17)' });
  });

  it('reads every colour token of tokens.css, with its light value', () => {
    const tokens = lightTokens(tokensCss);
    expect(Object.keys(tokens).length).toBeGreaterThan(30);
    for (const [name, value] of Object.entries(tokens)) expect(value, name).toBe(declared(name.slice(2)));
  });
});

describe('the card palette', () => {
  const tones: { verdict?: Verdict; kind?: 'note' | 'correction' }[] = [...VERDICTS.map((verdict) => ({ verdict })), { kind: 'note' }, { kind: 'correction' }];

  it('is the light tokens: paper, ink, muted, rule', () => {
    const palette = cardPalette();
    expect(palette.paper).toBe(declared('bg'));
    expect(palette.ink).toBe(declared('ink'));
    expect(palette.muted).toBe(declared('muted'));
    expect(palette.rule).toBe(declared('rule'));
  });

  it.each(tones.map((t) => [t.verdict ?? t.kind, t]))('colours a %s card with the tokens the site gives its badge', (_name, tone) => {
    const annotation = { kind: tone.kind ?? ('claim' as const), verdict: tone.verdict };
    const toneClass = annotationLabel(annotation).tone as ToneClass;
    // The tokens site.css assigns to the badge class: `.verdict-mixed { --b-ink: var(--v-mixed-ink); --b-bg: var(--v-mixed-bg); }`.
    const rule = new RegExp(`\\.${toneClass}\\s*\\{\\s*--b-ink:\\s*var\\(--([\\w-]+)\\);\\s*--b-bg:\\s*var\\(--([\\w-]+)\\);`).exec(siteCss);
    expect(rule, `site.css rule for .${toneClass}`).not.toBeNull();
    expect([`${TONE_TOKENS[toneClass]}-ink`, `${TONE_TOKENS[toneClass]}-bg`]).toEqual([rule![1], rule![2]]);
    const ink = declared(rule![1]!)!;
    const bg = declared(rule![2]!)!;
    expect(cardPalette().tones[toneClass]).toEqual({ ink, bg });

    const tree = cardTree(card({ ...tone, quote: 'Thousands of soldiers arrived.', summary: 'They did.', ...(tone.kind === 'correction' ? { correction: 'x' } : {}) }));
    expect(tree.props.style?.backgroundColor).toBe(declared('bg'));
    expect(tree.props.style?.borderTop).toBe(`14px solid ${ink}`);
    // Every colour on the card is one of these tokens, or one of the card's own two: white on ink, the summary's ink.
    const { summary, onInk } = cardPalette();
    const expected = [declared('bg'), declared('ink'), declared('muted'), declared('rule'), ink, bg, summary, onInk];
    expect([...colours(tree)].sort()).toEqual([...new Set(expected)].sort());
  });
});
