// An article's annotations as a W3C Web Annotation collection, so that other annotation tools can read them.
import { toInstant } from '../dates.ts';
import type { ArticleView } from '../graph/types.ts';
import { latestUpdate } from '../updates/order.ts';
import { annotationLabel } from '../vocabulary.ts';

export interface WebAnnotationContext {
  /** Absolute URL of the annotated article page on this site: the text the selectors point into. */
  articleUrl: string;
  /** Absolute URL of the collection itself. */
  collectionUrl: string;
  /** Absolute URL of an annotation's permalink page. */
  permalink(id: string): string;
  /** The organisation that publishes the site. */
  publisher: { name: string; url?: string | undefined };
}

const MOTIVATIONS = { claim: 'assessing', note: 'commenting', correction: 'editing' } as const;
const CONTEXT_CHARS = 32;

/**
 * The collection of every annotation of an article, each with a TextQuoteSelector (exact, prefix, suffix). The build
 * adds a TextPositionSelector to each once the article page is written, since its offsets count the page's own text
 * (see `text-position.ts`).
 */
export function webAnnotations(article: ArticleView, context: WebAnnotationContext): Record<string, unknown> {
  const creator = (article.review?.reviewers ?? []).map((r) => ({ type: 'Organization', name: r.name, ...(r.url ? { homepage: r.url } : {}) }));
  const items = article.annotations.map(({ annotation, quote }) => {
    const latest = latestUpdate(annotation.updates ?? []);
    return {
      id: context.permalink(annotation.id),
      type: 'Annotation',
      motivation: MOTIVATIONS[annotation.kind],
      // The model's dates are xsd:dateTime, with a time zone.
      ...(article.review ? { created: toInstant(article.review.reviewed) } : {}),
      ...(latest ? { modified: toInstant(latest.update.date) } : {}),
      creator: creator.length === 1 ? creator[0] : creator,
      body: [
        { type: 'TextualBody', purpose: 'classifying', value: annotationLabel(annotation).label, format: 'text/plain' },
        { type: 'TextualBody', purpose: MOTIVATIONS[annotation.kind], value: annotation.summary, format: 'text/plain' },
        ...(annotation.correction ? [{ type: 'TextualBody', purpose: 'editing', value: annotation.correction, format: 'text/plain' }] : []),
      ],
      target: {
        source: context.articleUrl,
        // Alternative descriptions of the same passage, as the model allows: one list, more precise ones after.
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: quote.quote,
            prefix: quote.before.replace(/^…/, '').slice(-CONTEXT_CHARS),
            suffix: quote.after.replace(/…$/, '').slice(0, CONTEXT_CHARS),
          },
        ],
      },
    };
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: context.collectionUrl,
    type: 'AnnotationCollection',
    label: `Annotations of “${article.meta.title}”`,
    total: items.length,
    // The model names who publishes a collection its creator.
    creator: { type: 'Organization', name: context.publisher.name, ...(context.publisher.url ? { homepage: context.publisher.url } : {}) },
    first: { id: `${context.collectionUrl}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
