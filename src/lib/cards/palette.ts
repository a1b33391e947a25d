// The card's colours, read at build time from the site's colour tokens, so a badge looks the same on a card as on the page.
import { readFileSync } from 'node:fs';
import type { Verdict } from '../../schemas/index.ts';
import { projectFile } from './files.ts';

export const TOKENS_FILE = 'src/styles/tokens.css';

/**
 * The custom properties declared in top-level `:root` rules: the light scheme (the dark one is inside
 * `@media (prefers-color-scheme: dark)` and a card is always light). A `var(--other)` value is resolved.
 */
export function lightTokens(css: string): Record<string, string> {
  const tokens: Record<string, string> = {};
  const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
  // The preludes of the open blocks ("@media …", ":root"), outermost first.
  const open: string[] = [];
  let text = '';
  for (const char of source) {
    if (char === '{') {
      open.push(text.trim());
      text = '';
    } else if (char === '}' || char === ';') {
      const declaration = /^\s*(--[\w-]+)\s*:\s*([\s\S]+?)\s*$/.exec(text);
      if (declaration && open.length === 1 && open[0] === ':root') tokens[declaration[1]!] = declaration[2]!;
      if (char === '}') open.pop();
      text = '';
    } else {
      text += char;
    }
  }
  const resolveValue = (value: string, seen: Set<string>): string => {
    const reference = /^var\((--[\w-]+)\)$/.exec(value);
    if (!reference || seen.has(reference[1]!) || tokens[reference[1]!] === undefined) return value;
    return resolveValue(tokens[reference[1]!]!, new Set([...seen, reference[1]!]));
  };
  return Object.fromEntries(Object.entries(tokens).map(([name, value]) => [name, resolveValue(value, new Set([name]))]));
}

/** The class that colours an annotation's badge, as `annotationLabel` names it. */
export type ToneClass = `verdict-${Verdict}` | 'kind-note' | 'kind-correction' | 'kind-claim';

/**
 * The tokens of each tone: the pairs site.css gives `--b-ink` and `--b-bg` in `.verdict-…` and `.kind-…`
 * (a unit test holds the two to the same pairs).
 */
export const TONE_TOKENS: Record<ToneClass, string> = {
  'verdict-supported': 'v-supported',
  'verdict-mostly-supported': 'v-mostly',
  'verdict-mixed': 'v-mixed',
  'verdict-misleading': 'v-misleading',
  'verdict-contradicted': 'v-contradicted',
  'verdict-unverifiable': 'v-unverifiable',
  'kind-note': 'k-note',
  'kind-correction': 'k-correction',
  'kind-claim': 'k-claim',
};

export interface Tone {
  ink: string;
  bg: string;
}

export interface CardPalette {
  paper: string;
  ink: string;
  muted: string;
  rule: string;
  /** Text and strokes on a tone's ink: the kicker's word, the icon's line. */
  onInk: string;
  /**
   * The summary: a softer ink than the quote's, between --ink and --muted. The site sets no text in such a
   * colour, so it has no token; it is the card's one colour of its own.
   */
  summary: string;
  tones: Record<ToneClass, Tone>;
}

/** The palette from a set of tokens; throws when one the card needs is missing. */
export function paletteFrom(tokens: Record<string, string>): CardPalette {
  const token = (name: string) => {
    const value = tokens[`--${name}`];
    if (value === undefined) throw new Error(`${TOKENS_FILE} declares no --${name}, which the social cards use`);
    return value;
  };
  const tones = Object.fromEntries(
    Object.entries(TONE_TOKENS).map(([tone, prefix]) => [tone, { ink: token(`${prefix}-ink`), bg: token(`${prefix}-bg`) }]),
  ) as Record<ToneClass, Tone>;
  return { paper: token('bg'), ink: token('ink'), muted: token('muted'), rule: token('rule'), onInk: '#ffffff', summary: '#3b3934', tones };
}

let palette: CardPalette | null = null;

/** The card palette, from the tokens file, read once (lazily: the pages import the card's alt text, not its colours). */
export function cardPalette(): CardPalette {
  palette ??= paletteFrom(lightTokens(readFileSync(projectFile(TOKENS_FILE), 'utf8')));
  return palette;
}
