// Joins validated content into the site graph, checking every identity, reference and quote on the way.
import type { Problem } from '../errors/problem.ts';
import { checkMarkdownField, renderArticleBody } from '../markdown/render.ts';
import { anchorArticle } from './anchor-article.ts';
import { quoteInContext } from './quote-context.ts';
import { checkIdentity, checkOrphans, checkReferences, collectSources, parseRelated } from './references.ts';
import type { AnnotationFileInput, ArticleView, Citation, ContentInput, PlacedFigure, ResolvedAnnotation, Site, SiteSource } from './types.ts';

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the site graph; `site` is null when any problem was found. */
export function buildSite(input: ContentInput): { site: Site | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const articles = [...input.articles].sort((a, b) => compareText(a.slug, b.slug));
  const allFiles = [...input.annotationFiles].sort((a, b) => compareText(a.slug, b.slug));
  const orphans = checkOrphans(allFiles, articles, input.unreadableArticles);
  problems.push(...orphans);
  // An orphan file is reported once, whole; its content is judged when its article exists.
  const orphaned = new Set(orphans.map((p) => p.file));
  const files = allFiles.filter((f) => !orphaned.has(f.file));
  const fileOf = new Map<string, AnnotationFileInput>(files.map((f) => [f.slug, f]));
  const sources = collectSources(input.sharedSources, files);
  problems.push(...sources.problems);
  const annotationsOf = new Map(articles.map((a) => [a.slug, new Set(fileOf.get(a.slug)?.data.claims.map((c) => c.id) ?? [])]));
  const unreadableArticles = new Set([...(input.unreadableAnnotations ?? []), ...(input.unreadableArticles ?? [])]);
  const unreadable = { articles: unreadableArticles, sources: (input.unreadableAnnotations ?? []).length > 0 || input.unreadableSharedSources === true };
  const sourceIds = new Set(sources.byId.keys());
  for (const entry of files) {
    problems.push(...checkMarkdownFields(entry));
    problems.push(...checkIdentity(entry));
    problems.push(...checkReferences(entry, sourceIds, annotationsOf, unreadable));
  }

  const views: ArticleView[] = articles.map((article) => {
    const entry = fileOf.get(article.slug);
    const { tree, problems: bodyProblems } = renderArticleBody(article.body, { base: input.base });
    for (const problem of bodyProblems) {
      problems.push({ file: article.file, line: (article.bodyLine ?? 1) + problem.line - 1, column: problem.column, message: `article text: ${problem.message}`, hint: problem.hint });
    }
    const anchored = anchorArticle(entry?.file ?? article.file, tree, entry?.data.claims ?? []);
    problems.push(...anchored.problems);

    const annotations: ResolvedAnnotation[] = anchored.found.map((found, i) => ({
      article: article.slug,
      number: i + 1,
      annotation: found.annotation,
      quote: quoteInContext(anchored.index.text, found.range),
      range: { start: found.range.start, end: found.range.end },
      block: found.block,
      related: (found.annotation.related ?? []).map((ref) => parseRelated(ref, article.slug)),
    }));

    const figures = placeFigures(article.slug, entry, annotations);
    const blocks = anchored.blocks.map((block, b) => ({
      html: block.html,
      annotations: annotations.filter((a) => a.block === b).map((a) => a.annotation.id),
      figures: figures.filter((f) => f.afterBlock === b).map((f) => f.figure.id),
    }));
    return {
      slug: article.slug,
      file: article.file,
      meta: article.meta,
      review: entry
        ? { file: entry.file, reviewed: entry.data.reviewed, reviewers: entry.data.reviewers ?? [{ ...input.settings.organisation }] }
        : null,
      blocks,
      annotations,
      figures,
      tree: anchored.tree,
    };
  });

  if (problems.length > 0) return { site: null, problems };

  const siteSources = citeSources(input, files, views);
  const newestFirst = [...views].sort((a, b) => compareText(b.meta.published, a.meta.published) || compareText(a.slug, b.slug));
  return { site: { settings: input.settings, base: input.base, articles: newestFirst, sources: siteSources }, problems };
}

/** Places each figure after the block where the first annotation listing it begins, or at the end; numbers them. */
function placeFigures(slug: string, entry: AnnotationFileInput | undefined, annotations: ResolvedAnnotation[]): PlacedFigure[] {
  const figures = entry?.data.figures ?? [];
  const placed: Omit<PlacedFigure, 'number'>[] = [];
  const seen = new Set<string>();
  for (const resolved of annotations) {
    for (const id of resolved.annotation.figures ?? []) {
      const figure = figures.find((f) => f.id === id);
      if (!figure || seen.has(id)) continue;
      seen.add(id);
      placed.push({ figure, article: slug, afterBlock: resolved.block, listedBy: [] });
    }
  }
  for (const figure of figures) if (!seen.has(figure.id)) placed.push({ figure, article: slug, afterBlock: null, listedBy: [] });
  return placed.map((p, i) => ({
    ...p,
    number: i + 1,
    listedBy: annotations.filter((a) => a.annotation.figures?.includes(p.figure.id)).map((a) => a.annotation.id),
  }));
}

/** Every source with every annotation and figure, in any article, that cites it. */
function citeSources(input: ContentInput, files: AnnotationFileInput[], views: ArticleView[]): SiteSource[] {
  const all: SiteSource[] = [
    ...(input.sharedSources?.sources.map((source) => ({ source, file: input.sharedSources!.file, citations: [] as Citation[] })) ?? []),
    ...files.flatMap((f) => (f.data.sources ?? []).map((source) => ({ source, file: f.file, citations: [] as Citation[] }))),
  ];
  const byId = new Map(all.map((s) => [s.source.id, s]));
  for (const view of views) {
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

/** The Markdown fields of an annotation file (analysis, caption) hold no raw HTML and no unsafe or relative URL. */
function checkMarkdownFields(entry: AnnotationFileInput): Problem[] {
  const fields = [
    ...entry.data.claims.map((a, i) => ({ owner: `annotation "${a.id}"`, field: 'analysis', text: a.analysis, path: ['claims', i, 'analysis'] })),
    ...(entry.data.figures ?? []).map((f, i) => ({ owner: `figure "${f.id}"`, field: 'caption', text: f.caption, path: ['figures', i, 'caption'] })),
  ];
  return fields.flatMap(({ owner, field, text, path }) =>
    text === undefined
      ? []
      : checkMarkdownField(text).map((p) => ({ file: entry.file, path, message: `${owner}, field "${field}" (its line ${p.line}): ${p.message}`, hint: p.hint })),
  );
}
