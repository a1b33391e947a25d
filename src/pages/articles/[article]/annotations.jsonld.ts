// Each annotated article's annotations as a W3C Web Annotation collection.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../lib/astro/site-data.ts';
import { absolute } from '../../../lib/astro/urls.ts';
import { paths } from '../../../lib/paths.ts';
import { articlePageKey } from '../../../lib/graph/page-keys.ts';
import { findArticle } from '../../../lib/graph/lookup.ts';
import { webAnnotations } from '../../../lib/structured-data/web-annotation.ts';

export const getStaticPaths = (async () => {
  const site = getSite();
  return site.articles.filter((a) => a.review).map((a) => ({ params: { article: a.slug }, cacheKey: articlePageKey(site, a.slug) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const site = getSite();
  const article = findArticle(site, params.article!)!;
  const collection = webAnnotations(article, {
    articleUrl: absolute(paths.article(article.slug), siteUrl),
    collectionUrl: absolute(paths.webAnnotations(article.slug), siteUrl),
    permalink: (id) => absolute(paths.claim(article.slug, id), siteUrl),
    publisher: site.settings.organisation,
  });
  return new Response(`${JSON.stringify(collection, null, 2)}\n`, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
