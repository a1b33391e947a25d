// The oEmbed of an annotation (type rich): what a site that reads oEmbed shows for a pasted permalink.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../../../lib/astro/site-data.ts';
import { absolute } from '../../../../../lib/astro/urls.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../../../lib/cards/card.ts';
import { paths } from '../../../../../lib/paths.ts';
import { annotationFrame, oembedDocument } from '../../../../../lib/sharing/embed.ts';
import { findAnnotation, findArticle } from '../../../../../lib/graph/lookup.ts';
import { articlePageKey } from '../../../../../lib/graph/page-keys.ts';
import { annotationLabel } from '../../../../../lib/vocabulary.ts';

export const getStaticPaths = (async () => {
  const site = getSite();
  return site.articles.flatMap((article) => {
    const cacheKey = articlePageKey(site, article.slug);
    return article.annotations.map(({ annotation }) => ({ params: { article: article.slug, claim: annotation.id }, cacheKey }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const site = getSite();
  const resolved = findAnnotation(site, params.article!, params.claim!)!;
  const article = findArticle(site, resolved.article)!;
  const { annotation, quote } = resolved;
  const reviewers = article.review?.reviewers ?? [site.settings.organisation];
  const document = oembedDocument({
    frame: annotationFrame(resolved, site.settings.name, (path) => absolute(path, siteUrl)),
    title: `${annotationLabel(annotation).label}: “${quote.quote}”`,
    author: { name: reviewers.map((r) => r.name).join(', '), url: reviewers.length === 1 ? reviewers[0]!.url : site.settings.organisation.url },
    provider: { name: site.settings.name, url: absolute(paths.home(), siteUrl) },
    thumbnail: { url: absolute(paths.socialCard(article.slug, annotation.id), siteUrl), width: CARD_WIDTH, height: CARD_HEIGHT },
  });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
