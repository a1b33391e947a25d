// Finding things in the site graph by id.
import type { ArticleView, PlacedFigure, ResolvedAnnotation, Site, SiteSource } from './types.ts';

export function findArticle(site: Site, slug: string): ArticleView | undefined {
  return site.articles.find((a) => a.slug === slug);
}

export function findAnnotation(site: Site, slug: string, id: string): ResolvedAnnotation | undefined {
  return findArticle(site, slug)?.annotations.find((a) => a.annotation.id === id);
}

export function findFigure(article: ArticleView, id: string): PlacedFigure | undefined {
  return article.figures.find((f) => f.figure.id === id);
}

export function findSource(site: Site, id: string): SiteSource | undefined {
  return site.sources.find((s) => s.source.id === id);
}

/** Every annotation of the site, articles newest first, each in reading order. */
export function allAnnotations(site: Site): ResolvedAnnotation[] {
  return site.articles.flatMap((a) => a.annotations);
}
