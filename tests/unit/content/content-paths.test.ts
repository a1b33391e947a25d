// What a content file is, from its path.
import { describe, expect, it } from 'vitest';
import { classifyPath } from '../../../src/lib/content/content-paths.ts';
import { parseRelated } from '../../../src/lib/content/related.ts';

describe('classifyPath', () => {
  it('tells articles, annotation files, shared sources and site settings apart', () => {
    expect(classifyPath('content/articles/council-vote.md')).toEqual({ kind: 'article', slug: 'council-vote' });
    expect(classifyPath('content/annotations/council-vote.yaml')).toEqual({ kind: 'annotations', slug: 'council-vote', extension: 'yaml' });
    expect(classifyPath('content/annotations/council-vote.yml')).toEqual({ kind: 'annotations', slug: 'council-vote', extension: 'yml' });
    expect(classifyPath('content/sources.yaml')).toEqual({ kind: 'shared-sources' });
    expect(classifyPath('content/site.yaml')).toEqual({ kind: 'settings' });
  });

  it('leaves other files alone', () => {
    expect(classifyPath('content/articles/notes.txt')).toEqual({ kind: 'other' });
    expect(classifyPath('content/articles/deeper/x.md')).toEqual({ kind: 'other' });
  });
});

describe('parseRelated', () => {
  it('reads an id of the same article, or <slug>#<id> of another', () => {
    expect(parseRelated('budget', 'council-vote')).toEqual({ article: 'council-vote', id: 'budget' });
    expect(parseRelated('ferry#frequency', 'council-vote')).toEqual({ article: 'ferry', id: 'frequency' });
  });
});
