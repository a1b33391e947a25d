// References between content files, checked directly: every id an annotation file points at exists.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { annotationFileSchema } from '../../../src/schemas/index.ts';
import { checkReferences, closestIdHint } from '../../../src/lib/verify/references.ts';
import { ANNOTATIONS, annotationsWith } from '../../helpers/files.ts';

const entry = (text = ANNOTATIONS) => ({ slug: 'council-vote', file: 'content/annotations/council-vote.yaml', data: annotationFileSchema.parse(parse(text)) });
const annotationsOf = new Map([
  ['council-vote', new Set(['budget', 'mayor-left'])],
  ['ferry', new Set(['frequency'])],
]);
const rules = (problems: { rule: string; path?: readonly (string | number)[] }[]) => problems.map((p) => `${p.rule} ${p.path?.join('.')}`);

describe('checkReferences', () => {
  it('accepts sources, figures and related annotations that exist, here and in another article', () => {
    expect(checkReferences(entry(annotationsWith('related: [budget]', 'related: [budget, ferry#frequency]')), new Set(['minutes']), annotationsOf)).toEqual([]);
  });

  it('names each reference that leads nowhere, by its path', () => {
    const text = annotationsWith('- source: minutes', '- source: minute').replace('figures: [costs]', 'figures: [cost]').replace('related: [budget]', 'related: [budgets, ferry#freq, ferri#frequency]');
    expect(rules(checkReferences(entry(text), new Set(['minutes']), annotationsOf))).toEqual([
      'unknown-source claims.0.evidence.0.source',
      'unknown-figure claims.0.figures.0',
      'unknown-annotation claims.1.related.0',
      'unknown-annotation claims.1.related.1',
      'unknown-article claims.1.related.2',
    ]);
  });

  it('leaves references into files that could not be read for the next run', () => {
    const text = annotationsWith('- source: minutes', '- source: minute').replace('related: [budget]', 'related: [ferry#freq]');
    expect(checkReferences(entry(text), new Set(['minutes']), annotationsOf, { articles: new Set(['ferry']), sources: true })).toEqual([]);
  });
});

describe('closestIdHint', () => {
  it('names the closest id, or says there is none yet', () => {
    expect(closestIdHint('minute', ['minutes', 'budget'], 'source')).toBe('did you mean "minutes"? Check the source ids defined in the content.');
    expect(closestIdHint('minute', [], 'source')).toBe('there is no source to point at yet: define it first.');
  });
});
