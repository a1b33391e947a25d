// The W3C Web Annotation export of an article's annotations.
import { describe, expect, it } from 'vitest';
import { webAnnotations } from '../../../src/lib/structured-data/web-annotation.ts';
import { verifyContent } from '../../../src/lib/verify/index.ts';
import { site } from '../../helpers/files.ts';

const { site: graph } = verifyContent(site());
const article = graph!.articles[0]!;
const collection = webAnnotations(article, {
  articleUrl: 'https://example.org/articles/council-vote/',
  collectionUrl: 'https://example.org/articles/council-vote/annotations.jsonld',
  permalink: (id) => `https://example.org/articles/council-vote/claims/${id}/`,
  publisher: { name: 'Desk' },
}) as { type: string; total: number; first: { items: { id: string; motivation: string; body: { purpose: string; value: string }[]; target: { source: string; selector: { type: string; exact: string; prefix: string; suffix: string }[] } }[] } };

describe('the W3C Web Annotation collection of an article', () => {
  it('holds every annotation, each identified by its permalink, with its motivation', () => {
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(2);
    expect(collection.first.items.map((a) => [a.id, a.motivation])).toEqual([
      ['https://example.org/articles/council-vote/claims/budget/', 'assessing'],
      ['https://example.org/articles/council-vote/claims/mayor-left/', 'commenting'],
    ]);
    expect(collection.first.items[0]!.body.map((b) => [b.purpose, b.value])).toEqual([
      ['classifying', 'Supported'],
      ['assessing', 'The minutes record the budget.'],
    ]);
  });

  it('anchors each annotation in the article page with a text quote selector: the quote and the words around it', () => {
    const [first, second] = collection.first.items;
    expect(first!.target.source).toBe('https://example.org/articles/council-vote/');
    expect(first!.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: 'approved a budget of 12 million euros', prefix: 'The council ', suffix: ' on Thursday. The mayor said the' }]);
    expect(second!.target.selector).toMatchObject([{ exact: 'The mayor left early.', prefix: ' mayor said the vote was close. ', suffix: '' }]);
  });
});
