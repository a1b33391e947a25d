// The cache keys of the pages: a digest of everything a page shows, so a rebuild renders again only the pages whose
// content changed (Astro's incremental build skips a page whose key and code are those of the previous build).
import { createHash } from 'node:crypto';
import { findAnnotation, findArticle, findFigure } from './lookup.ts';
import type { ArticleView, Site } from './types.ts';

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

interface Keys {
  articles: Map<string, string>;
  sources: Map<string, string>;
}
const keysOf = new WeakMap<Site, Keys>();

/** What an annotation looks like where another page names it: in a list of related annotations or of citations. */
function shownElsewhere(site: Site, slug: string, id: string) {
  const article = findArticle(site, slug);
  const resolved = findAnnotation(site, slug, id);
  return [slug, article?.meta.title, id, resolved?.number, resolved?.annotation.kind, resolved?.annotation.verdict, resolved?.annotation.summary];
}

/**
 * The key of an article's pages (the article, its annotations' pages, embeds and collection): its own files, the
 * site's settings, the sources it cites, and the annotations of other articles it names.
 */
function articleKey(site: Site, article: ArticleView): string {
  const cited = new Set([
    ...article.annotations.flatMap((a) => (a.annotation.evidence ?? []).map((e) => e.source)),
    ...article.figures.flatMap((f) => f.figure.sources),
  ]);
  const sources = site.sources.filter((s) => cited.has(s.source.id)).map((s) => s.source);
  const related = article.annotations.flatMap((a) => a.related.filter((r) => r.article !== article.slug).map((r) => shownElsewhere(site, r.article, r.id)));
  return digest([site.settings, article.digest, sources, related]);
}

function keys(site: Site): Keys {
  let found = keysOf.get(site);
  if (!found) {
    found = {
      articles: new Map(site.articles.map((a) => [a.slug, articleKey(site, a)])),
      // A source's page lists every annotation and figure citing it, with their articles' titles.
      sources: new Map(
        site.sources.map((s) => [
          s.source.id,
          digest([
            site.settings,
            s.source,
            s.citations.map((c) =>
              c.annotation
                ? [c.stance, ...shownElsewhere(site, c.article, c.annotation)]
                : [c.article, findArticle(site, c.article)?.meta.title, c.figure, findFigure(site, c.article, c.figure!)?.number, findFigure(site, c.article, c.figure!)?.figure.title],
            ),
          ]),
        ]),
      ),
    };
    keysOf.set(site, found);
  }
  return found;
}

/** The key of every page of an article: the article page, its annotations' pages, their embeds, its collection. */
export function articlePageKey(site: Site, slug: string): string {
  return keys(site).articles.get(slug)!;
}

/** The key of a source's page. */
export function sourcePageKey(site: Site, id: string): string {
  return keys(site).sources.get(id)!;
}
