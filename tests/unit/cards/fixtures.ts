// Card inputs for the tests: one per kind and verdict, long and hostile ones, and the sample article's annotations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cardFace, layoutCard } from '../../../src/lib/cards/layout.ts';
import { cardMeasure } from '../../../src/lib/cards/paint.ts';
import type { CardInput } from '../../../src/lib/cards/types.ts';
import { annotationSchema, type Annotation } from '../../../src/schemas/index.ts';

export const PROJECT_ROOT = join(import.meta.dirname, '../../..');

export function card(annotation: Partial<Annotation> & Pick<Annotation, 'quote' | 'summary'>, extra: Partial<Pick<CardInput, 'settings' | 'article'>> = {}): CardInput {
  const full: Annotation = { id: 'a-claim', kind: 'claim', ...annotation };
  return {
    settings: extra.settings ?? { name: 'Annotated News' },
    article: extra.article ?? { title: 'North Korean troops gather in Russia’s Kursk region, officials say', publisher: 'The Example Post', language: 'en' },
    annotation: { annotation: full, quote: { before: 'Before. ', quote: full.quote, after: ' After.' } },
    language: 'en',
  };
}

export const HOSTILE = [
  '<script>alert(1)</script>',
  '{{x}}',
  '<img src=x onerror=alert(1)>',
  '${process.exit(1)}',
  '&lt;b&gt; &amp; <b>bold</b>',
  '<style>*{display:none}</style>',
  '"><svg onload=alert(1)>',
];

const WORDS = (
  'the officials said that troops had arrived in the region after weeks of warnings from governments ' +
  'which put the number at twelve thousand while others reported several thousand soldiers training with ' +
  'units near the border and an airlift carried them across the country before the onset of winter weather ' +
  'counteroffensive intelligence assessment deployment Pentagon Vladivostok approximately internationally'
).split(' ');

/** Deterministic English-like text of about `length` characters, in sentences. */
export function prose(length: number, seed = 1): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const words: string[] = [];
  let size = 0;
  let sentence = 0;
  while (size < length) {
    let word = WORDS[Math.floor(next() * WORDS.length)]!;
    if (sentence === 0) word = word[0]!.toUpperCase() + word.slice(1);
    sentence++;
    if (sentence > 6 && next() < 0.2) {
      word += next() < 0.5 ? '.' : ',';
      if (word.endsWith('.')) sentence = 0;
    }
    words.push(word);
    size += word.length + 1;
  }
  return words.join(' ');
}

/** The sample article's annotations, validated as the build reads them. */
export function sampleAnnotations(): Annotation[] {
  const file = parse(readFileSync(join(PROJECT_ROOT, 'content/annotations/north-korean-troops-kursk.yaml'), 'utf8')) as { claims: unknown[] };
  return file.claims.map((claim) => annotationSchema.parse(claim));
}

const CYRILLIC = (
  'війська північної кореї прибули до курської області росії за словами українських та американських ' +
  'посадовців розвідка оцінює кількість солдатів у дванадцять тисяч военные учения проходят вблизи границы ' +
  'министерство обороны сообщило о переброске подразделений'
).split(' ');
const GREEK = 'οι στρατιώτες έφτασαν στην περιοχή σύμφωνα με αξιωματούχους της κυβέρνησης'.split(' ');
const LATIN_EXT = 'żołnierze przybyli do regionu według urzędników vojáci dorazili podle úředníků Łódź Kraków'.split(' ');

/** `count` words of `words`, chosen by `next`, as one sentence. */
function sentence(words: string[], count: number, next: () => number): string {
  const picked = Array.from({ length: count }, () => words[Math.floor(next() * words.length)]!);
  return `${picked.join(' ')}.`.replace(/^./u, (c) => c.toUpperCase());
}

/**
 * `count` card inputs as varied as a real site's: every verdict and kind, quotes from a word to the longest
 * a card truncates, summaries up to the schema's 280 characters, and about one in six in Cyrillic, Greek
 * or Central European Latin. Deterministic: the same list every time.
 */
export function variedCards(count: number): CardInput[] {
  let state = 7;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const kinds: Partial<Annotation>[] = [
    { verdict: 'supported' },
    { verdict: 'mostly-supported' },
    { verdict: 'mixed' },
    { verdict: 'misleading' },
    { verdict: 'contradicted' },
    { verdict: 'unverifiable' },
    { kind: 'note' },
    { kind: 'correction', correction: 'what it said' },
  ];
  return Array.from({ length: count }, (_, i) => {
    const script = i % 6 === 5 ? [CYRILLIC, GREEK, LATIN_EXT][Math.floor(i / 6) % 3]! : null;
    const quoteLength = Math.floor(3 + next() ** 1.6 * 520);
    const summaryLength = Math.floor(20 + next() * 260);
    const text = (length: number, seed: number) => (script ? sentence(script, Math.max(1, Math.round(length / 8)), next) : prose(length, seed));
    const input = card(
      { id: `a-${i}`, ...kinds[i % kinds.length]!, quote: text(quoteLength, i + 1), summary: text(summaryLength, i + 1000).slice(0, 280) },
      {
        article: {
          title: script ? sentence(script, 4 + (i % 9), next) : prose(30 + (i % 7) * 15, i + 2000),
          publisher: ['The Example Post', 'Kyiv Independent', 'Reuters', 'Die Zeit', 'Київська правда'][i % 5]!,
          language: script === CYRILLIC ? 'uk' : script === GREEK ? 'el' : script === LATIN_EXT ? 'pl' : 'en',
        },
      },
    );
    return input;
  });
}

/** The card's drawing, laid out with Skia's measure of its text, as a worker lays it out. */
export const drawingOf = (input: CardInput) => layoutCard(cardFace(input), cardMeasure);
