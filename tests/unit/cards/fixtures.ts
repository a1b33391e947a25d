// Card inputs for the tests: one per kind and verdict, long and hostile ones, and the sample article's annotations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CardInput } from '../../../src/lib/cards/card.ts';
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
