// Identity and reference checks of the content: unique ids, and every id that is pointed at exists.
import { closest } from 'fastest-levenshtein';
import type { Problem } from '../errors/problem.ts';
import type { AnnotationFileInput, ArticleInput, SharedSourcesInput } from './types.ts';

/** "did you mean" over a list of existing ids. */
export function closestIdHint(id: string, known: Iterable<string>, what: string): string {
  const list = [...known];
  if (list.length === 0) return `there is no ${what} to point at yet: define it first.`;
  return `did you mean "${closest(id, list)}"? Check the ${what} ids defined in the content.`;
}

/** A `related` entry: `id` in the same article, or `<slug>#<id>` in another. */
export function parseRelated(ref: string, slug: string): { article: string; id: string } {
  const [first, second] = ref.split('#') as [string, string | undefined];
  return second === undefined ? { article: slug, id: first } : { article: first, id: second };
}

/** A source id and where it was defined. */
export interface SourceDefinition {
  id: string;
  file: string;
  path: (string | number)[];
}

/** Every source of the site, each id defined once across `content/sources.yaml` and every annotation file. */
export function collectSources(shared: SharedSourcesInput | null, files: readonly AnnotationFileInput[]): {
  byId: Map<string, SourceDefinition>;
  problems: Problem[];
} {
  const byId = new Map<string, SourceDefinition>();
  const problems: Problem[] = [];
  const define = (id: string, file: string, path: (string | number)[]) => {
    const first = byId.get(id);
    if (first) {
      problems.push({
        file,
        path: [...path, 'id'],
        message: `source "${id}": this id is already used by a source in ${first.file}`,
        hint: 'a source id is unique across the whole site: cite the existing source, or give this one another id.',
      });
    } else byId.set(id, { id, file, path });
  };
  shared?.sources.forEach((source, i) => define(source.id, shared.file, [i]));
  for (const entry of files) entry.data.sources?.forEach((source, i) => define(source.id, entry.file, ['sources', i]));
  return { byId, problems };
}

/** Annotation ids, aliases and figure ids are unique in their file; figures' inner ids too. */
export function checkIdentity(entry: AnnotationFileInput): Problem[] {
  const { file, data } = entry;
  const problems: Problem[] = [];
  const live = new Map<string, number>();
  data.claims.forEach((annotation, i) => {
    if (live.has(annotation.id)) {
      problems.push({
        file,
        path: ['claims', i, 'id'],
        message: `annotation "${annotation.id}": this id is already used by annotation number ${live.get(annotation.id)! + 1} of this file`,
        hint: 'an annotation id is its permalink: give each annotation its own id.',
      });
    } else live.set(annotation.id, i);
  });
  const aliases = new Map<string, string>();
  data.claims.forEach((annotation, i) => {
    annotation.aliases?.forEach((alias, j) => {
      const path = ['claims', i, 'aliases', j];
      if (live.has(alias)) {
        problems.push({ file, path, message: `annotation "${annotation.id}", field "aliases": "${alias}" is the id of a live annotation`, hint: 'an alias is a former id that now leads elsewhere: remove it, or rename the live annotation.' });
      } else if (aliases.has(alias)) {
        problems.push({ file, path, message: `annotation "${annotation.id}", field "aliases": "${alias}" is already an alias of annotation "${aliases.get(alias)}"`, hint: 'a former id can lead to one annotation only: remove one of them.' });
      } else aliases.set(alias, annotation.id);
    });
  });
  const figures = new Set<string>();
  data.figures?.forEach((figure, i) => {
    if (figures.has(figure.id)) {
      problems.push({ file, path: ['figures', i, 'id'], message: `figure "${figure.id}": this id is already used by another figure of this file`, hint: 'give each figure its own id.' });
    }
    figures.add(figure.id);
    if (figure.type === 'map') {
      const points = new Set<string>();
      figure.points.forEach((point, j) => {
        if (points.has(point.id)) problems.push({ file, path: ['figures', i, 'points', j, 'id'], message: `figure "${figure.id}", field "points[${j}].id": the point id "${point.id}" is used twice`, hint: 'give each point of a map its own id.' });
        points.add(point.id);
      });
    }
  });
  return problems;
}

/**
 * Every id an annotation file points at exists: sources, figures, related annotations, timeline claims, map points.
 * References into files that could not be read are left for the next run.
 */
export function checkReferences(
  entry: AnnotationFileInput,
  sources: ReadonlySet<string>,
  annotationsOf: ReadonlyMap<string, ReadonlySet<string>>,
  unreadable: { articles: ReadonlySet<string>; sources: boolean } = { articles: new Set(), sources: false },
): Problem[] {
  // A source may be defined in a file that could not be read: its citations cannot be judged until it is fixed.
  const sourcesKnown = !unreadable.sources;
  const { file, data, slug } = entry;
  const problems: Problem[] = [];
  const ownIds = annotationsOf.get(slug) ?? new Set<string>();
  const figureIds = new Set((data.figures ?? []).map((f) => f.id));
  const unknownSource = (id: string, path: (string | number)[], owner: string) => {
    if (sourcesKnown && !sources.has(id)) problems.push({ file, path, message: `${owner}: unknown source "${id}"`, hint: closestIdHint(id, sources, 'source') });
  };

  data.claims.forEach((annotation, i) => {
    const owner = `annotation "${annotation.id}"`;
    annotation.evidence?.forEach((evidence, j) => unknownSource(evidence.source, ['claims', i, 'evidence', j, 'source'], `${owner}, field "evidence[${j}].source"`));
    annotation.figures?.forEach((id, j) => {
      if (!figureIds.has(id)) problems.push({ file, path: ['claims', i, 'figures', j], message: `${owner}, field "figures[${j}]": unknown figure "${id}"`, hint: closestIdHint(id, figureIds, 'figure') });
    });
    annotation.related?.forEach((ref, j) => {
      const { article, id } = parseRelated(ref, slug);
      const path = ['claims', i, 'related', j];
      const field = `${owner}, field "related[${j}]"`;
      const target = annotationsOf.get(article);
      if (unreadable.articles.has(article)) return;
      if (!target) {
        problems.push({ file, path, message: `${field}: unknown article "${article}"`, hint: closestIdHint(article, annotationsOf.keys(), 'article') });
      } else if (!target.has(id)) {
        problems.push({ file, path, message: `${field}: unknown annotation "${id}"${article === slug ? '' : ` in article "${article}"`}`, hint: closestIdHint(id, target, 'annotation') });
      } else if (article === slug && id === annotation.id) {
        problems.push({ file, path, message: `${field}: an annotation cannot be related to itself`, hint: 'remove this entry.' });
      }
    });
  });

  data.figures?.forEach((figure, i) => {
    const owner = `figure "${figure.id}"`;
    figure.sources.forEach((id, j) => unknownSource(id, ['figures', i, 'sources', j], `${owner}, field "sources[${j}]"`));
    if (figure.type === 'timeline') {
      figure.events.forEach((event, j) => {
        if (event.claim !== undefined && !ownIds.has(event.claim)) {
          problems.push({ file, path: ['figures', i, 'events', j, 'claim'], message: `${owner}, field "events[${j}].claim": unknown annotation "${event.claim}"`, hint: closestIdHint(event.claim, ownIds, 'annotation') });
        }
      });
    }
    if (figure.type === 'map') {
      const points = new Set(figure.points.map((p) => p.id));
      figure.routes?.forEach((route, j) => {
        for (const end of ['from', 'to'] as const) {
          if (!points.has(route[end])) problems.push({ file, path: ['figures', i, 'routes', j, end], message: `${owner}, field "routes[${j}].${end}": unknown point "${route[end]}"`, hint: closestIdHint(route[end], points, 'point') });
        }
      });
    }
    if (figure.type === 'table') {
      figure.rows.forEach((row, j) => {
        if (row.length !== figure.columns.length) {
          problems.push({ file, path: ['figures', i, 'rows', j], message: `${owner}, field "rows[${j}]": the row has ${row.length} cells but the table has ${figure.columns.length} columns`, hint: 'give every row one cell per column; write "" for an empty cell.' });
        }
      });
    }
  });
  return problems;
}

/** An annotation file names an article by its file name: that article must exist. */
export function checkOrphans(files: readonly AnnotationFileInput[], articles: readonly ArticleInput[], unreadableArticles: readonly string[] = []): Problem[] {
  const slugs = new Set(articles.map((a) => a.slug));
  return files
    .filter((entry) => !slugs.has(entry.slug) && !unreadableArticles.includes(entry.slug))
    .map((entry) => ({
      file: entry.file,
      message: `annotation file without its article: there is no content/articles/${entry.slug}.md`,
      hint: slugs.size > 0 ? `${closestIdHint(entry.slug, slugs, 'article')} The annotation file and its article share one name.` : 'add the article, or remove this file.',
    }));
}
