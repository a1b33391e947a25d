// The card's colours come from the site's colour tokens: the same values, for the same badge classes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CardDrawing } from '../../../src/lib/cards/layout.ts';
import { cardPalette, lightTokens, TONE_TOKENS, TOKENS_FILE, type ToneClass } from '../../../src/lib/cards/palette.ts';
import { annotationLabel } from '../../../src/lib/vocabulary.ts';
import { VERDICTS, type Verdict } from '../../../src/schemas/index.ts';
import { card, drawingOf, PROJECT_ROOT } from './fixtures.ts';

const tokensCss = readFileSync(join(PROJECT_ROOT, TOKENS_FILE), 'utf8');
const siteCss = readFileSync(join(PROJECT_ROOT, 'src/styles/site.css'), 'utf8');

/** The first declaration of `--name` in the file, read with a plain pattern (the light scheme comes first). */
const declared = (name: string) => new RegExp(`--${name}:\\s*([^;]+);`).exec(tokensCss)?.[1]?.trim();

/** Every colour the drawing uses: its shapes' and its lines'. */
const colours = ({ shapes, lines }: CardDrawing) =>
  new Set([...shapes.flatMap((shape) => (shape.type === 'rect' ? [shape.fill] : [shape.disc, shape.stroke])), ...lines.map((line) => line.fill)]);

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

    const drawing = drawingOf(card({ ...tone, quote: 'Thousands of soldiers arrived.', summary: 'They did.', ...(tone.kind === 'correction' ? { correction: 'x' } : {}) }));
    // The paper, then the band along the top in the tone's ink.
    expect(drawing.shapes.slice(0, 2)).toEqual([
      { type: 'rect', x: 0, y: 0, width: 1200, height: 630, fill: declared('bg') },
      { type: 'rect', x: 0, y: 0, width: 1200, height: 14, fill: ink },
    ]);
    // Every colour on the card is one of these tokens, or one of the card's own two: white on ink, the summary's ink.
    const { summary, onInk } = cardPalette();
    const expected = [declared('bg'), declared('ink'), declared('muted'), declared('rule'), ink, bg, summary, onInk];
    expect([...colours(drawing)].sort()).toEqual([...new Set(expected)].sort());
  });
});
