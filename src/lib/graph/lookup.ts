// Finding things in the site graph by id, through maps built once per graph.
import type { ArticleView, PlacedFigure, ResolvedAnnotation, Site, SiteSource } from './types.ts';

interface Index {
  articles: Map<string, ArticleView>;
  annotations: Map<string, ResolvedAnnotation>;
  figures: Map<string, PlacedFigure>;
  sources: Map<string, SiteSource>;
}

const indexes = new WeakMap<Site, Index>();
const key = (slug: string, id: string) => `${slug}#${id}`;

function indexOf(site: Site): Index {
  let index = indexes.get(site);
  if (!index) {
    index = {
      articles: new Map(site.articles.map((a) => [a.slug, a])),
      annotations: new Map(site.articles.flatMap((a) => a.annotations.map((r) => [key(a.slug, r.annotation.id), r] as const))),
      figures: new Map(site.articles.flatMap((a) => a.figures.map((f) => [key(a.slug, f.figure.id), f] as const))),
      sources: new Map(site.sources.map((s) => [s.source.id, s])),
    };
    indexes.set(site, index);
  }
  return index;
}

export function findArticle(site: Site, slug: string): ArticleView | undefined {
  return indexOf(site).articles.get(slug);
}

export function findAnnotation(site: Site, slug: string, id: string): ResolvedAnnotation | undefined {
  return indexOf(site).annotations.get(key(slug, id));
}

export function findFigure(site: Site, slug: string, id: string): PlacedFigure | undefined {
  return indexOf(site).figures.get(key(slug, id));
}

export function findSource(site: Site, id: string): SiteSource | undefined {
  return indexOf(site).sources.get(id);
}

/** Every annotation of the site, articles newest first, each in reading order. */
export function allAnnotations(site: Site): ResolvedAnnotation[] {
  return site.articles.flatMap((a) => a.annotations);
}
