// schema.org ClaimReview for an annotation of kind claim.
import type { ArticleMeta, Verdict } from '../../schemas/index.ts';
import { asOriginallyWorded, correctionsOverlapping } from '../graph/overlaps.ts';
import type { ResolvedAnnotation } from '../graph/types.ts';
import { latestUpdate } from '../updates/order.ts';
import { verdictInfo } from '../vocabulary.ts';

export interface ClaimReviewContext {
  /** Absolute URL of the annotation's permalink page. */
  url: string;
  /** Absolute URL of the annotated article on this site. */
  articleUrl: string;
  article: ArticleMeta;
  reviewed: string;
  reviewers: { name: string; url?: string | undefined }[];
  /** The site's organisation, publisher of the review. */
  publisher: { name: string; url?: string | undefined };
  /** Absolute URL of the site's home page: the address of a reviewer or publisher that gives none of its own. */
  home: string;
  /**
   * The article's annotations. When corrections lie inside the claim's quote, the claim reviewed is the quote
   * with their text put in place: the words as the original most likely read, which is where the claim appeared.
   */
  annotations?: readonly ResolvedAnnotation[];
}

const organisation = (o: { name: string; url?: string | undefined }) => ({ '@type': 'Organization', name: o.name, ...(o.url ? { url: o.url } : {}) });

/**
 * The ClaimReview object of a claim; the verdict must be set (claims always have one). It holds every field that the
 * readers of ClaimReview still use (Google's Fact Check Explorer and Fact Check Tools API, Bing, fact-check data sets):
 * the claim and who made it where, the rating with its name and explanation, who reviewed it, when, and when it last
 * changed.
 */
export function claimReview(resolved: ResolvedAnnotation, context: ClaimReviewContext): Record<string, unknown> {
  const { annotation } = resolved;
  const verdict = verdictInfo(annotation.verdict as Verdict);
  // Readers show the fact-checker with a link: a reviewer without an address of its own is linked to the site.
  const authors = context.reviewers.map((r) => organisation({ name: r.name, url: r.url ?? context.home }));
  const original = context.annotations ? asOriginallyWorded(resolved, correctionsOverlapping(resolved, context.annotations)) : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: context.url,
    claimReviewed: original ?? resolved.quote.quote,
    datePublished: context.reviewed,
    dateModified: latestUpdate(annotation.updates ?? [])?.update.date ?? context.reviewed,
    author: authors.length === 1 ? authors[0] : authors,
    publisher: organisation({ name: context.publisher.name, url: context.publisher.url ?? context.home }),
    reviewBody: annotation.summary,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: verdict.rating,
      bestRating: 5,
      worstRating: 1,
      alternateName: verdict.label,
      ratingExplanation: annotation.summary,
    },
    itemReviewed: {
      '@type': 'Claim',
      author: annotation.claimant ? { '@type': 'Person', name: annotation.claimant } : organisation({ name: context.article.publisher }),
      datePublished: context.article.published,
      appearance: {
        '@type': 'NewsArticle',
        headline: context.article.title,
        url: context.article.url ?? context.articleUrl,
        datePublished: context.article.published,
        publisher: organisation({ name: context.article.publisher }),
        ...(context.article.authors ? { author: context.article.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
      },
    },
  };
}
