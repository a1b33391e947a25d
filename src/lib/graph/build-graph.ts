// Joins verified content into the site graph: annotations in reading order, figures placed, sources with citations.
import { compareText } from '../compare-text.ts';
import type { Root } from 'hast';
import type { Annotation } from '../../schemas/index.ts';
import type { TextRange } from '../anchoring/match.ts';
import type { TextIndex } from '../anchoring/text-index.ts';
import { parseRelated } from '../content/related.ts';
import type { AnnotationFileInput, ArticleInput, ContentInput } from '../content/types.ts';
import { blockLocator } from './blocks.ts';
import { quoteInContext } from './quote-context.ts';
import type { ArticleView, Citation, PlacedFigure, ResolvedAnnotation, Site, SiteSource } from './types.ts';

/** An article as the verification anchored it: its body, the body's text, and its quotes found in reading order. */
export interface AnchoredArticle {
  article: ArticleInput;
  /** A digest of the article's files as written. */
  digest: string;
  annotations: AnnotationFileInput | undefined;
  body: Root;
  text: TextIndex;
  found: readonly { annotation: Annotation; range: TextRange }[];
}


/** The site graph of content that passed verification. */
export function buildGraph(input: ContentInput, anchored: readonly AnchoredArticle[]): Site {
  const views = anchored.map(viewOf(input));
  const newestFirst = [...views].sort((a, b) => compareText(b.meta.published, a.meta.published) || compareText(a.slug, b.slug));
  return { settings: input.settings, articles: newestFirst, sources: citeSources(input, views) };
}

const viewOf =
  (input: ContentInput) =>
  ({ article, digest, annotations: entry, body, text, found }: AnchoredArticle): ArticleView => {
    const blockAt = blockLocator(body, text);
    const annotations: ResolvedAnnotation[] = found.map(({ annotation, range }, i) => ({
      article: article.slug,
      number: i + 1,
      annotation,
      range,
      quote: quoteInContext(text.text, range),
      block: blockAt(range.start),
      related: (annotation.related ?? []).map((ref) => parseRelated(ref, article.slug)),
    }));
    return {
      slug: article.slug,
      file: article.file,
      digest,
      meta: article.meta,
      review: entry ? { file: entry.file, reviewed: entry.data.reviewed, reviewers: entry.data.reviewers ?? [{ ...input.settings.organisation }] } : null,
      body,
      annotations,
      figures: placeFigures(article.slug, entry, annotations),
    };
  };

/** Places each figure after the block where the first annotation listing it begins, or at the end; numbers them. */
function placeFigures(slug: string, entry: AnnotationFileInput | undefined, annotations: ResolvedAnnotation[]): PlacedFigure[] {
  const figures = entry?.data.figures ?? [];
  const placed: Omit<PlacedFigure, 'number' | 'listedBy'>[] = [];
  const seen = new Set<string>();
  for (const resolved of annotations) {
    for (const id of resolved.annotation.figures ?? []) {
      const figure = figures.find((f) => f.id === id);
      if (!figure || seen.has(id)) continue;
      seen.add(id);
      placed.push({ figure, article: slug, afterBlock: resolved.block });
    }
  }
  for (const figure of figures) if (!seen.has(figure.id)) placed.push({ figure, article: slug, afterBlock: null });
  return placed.map((p, i) => ({
    ...p,
    number: i + 1,
    listedBy: annotations.filter((a) => a.annotation.figures?.includes(p.figure.id)).map((a) => a.annotation.id),
  }));
}

/** Every source with every annotation and figure, in any article, that cites it. */
function citeSources(input: ContentInput, views: ArticleView[]): SiteSource[] {
  const shared = input.sharedSources;
  const all: SiteSource[] = [
    ...(shared?.sources.map((source) => ({ source, file: shared.file, citations: [] as Citation[] })) ?? []),
    ...input.annotationFiles.flatMap((f) => (f.data.sources ?? []).map((source) => ({ source, file: f.file, citations: [] as Citation[] }))),
  ];
  const byId = new Map(all.map((s) => [s.source.id, s]));
  for (const view of [...views].sort((a, b) => compareText(a.slug, b.slug))) {
    for (const resolved of view.annotations) {
      const seen = new Set<string>();
      for (const evidence of resolved.annotation.evidence ?? []) {
        const key = `${evidence.source} ${evidence.stance}`;
        if (seen.has(key)) continue;
        seen.add(key);
        byId.get(evidence.source)?.citations.push({ article: view.slug, annotation: resolved.annotation.id, figure: null, stance: evidence.stance });
      }
    }
    for (const placed of view.figures) {
      for (const id of new Set(placed.figure.sources)) byId.get(id)?.citations.push({ article: view.slug, annotation: null, figure: placed.figure.id, stance: null });
    }
  }
  return all.sort((a, b) => compareText(a.source.id, b.source.id));
}
