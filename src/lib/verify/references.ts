// References between content: every id that an annotation file points at exists.
import { closest } from 'fastest-levenshtein';
import { parseRelated } from '../content/related.ts';
import type { AnnotationFileInput } from '../content/types.ts';
import type { Problem } from './problem.ts';

/** "did you mean" over a list of existing ids. */
export function closestIdHint(id: string, known: Iterable<string>, what: string): string {
  const list = [...known];
  if (list.length === 0) return `there is no ${what} to point at yet: define it first.`;
  return `did you mean "${closest(id, list)}"? Check the ${what} ids defined in the content.`;
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
    if (sourcesKnown && !sources.has(id)) problems.push({ rule: 'unknown-source', file, path, message: `${owner}: unknown source "${id}"`, hint: closestIdHint(id, sources, 'source') });
  };

  data.claims.forEach((annotation, i) => {
    const owner = `annotation "${annotation.id}"`;
    annotation.evidence?.forEach((evidence, j) => unknownSource(evidence.source, ['claims', i, 'evidence', j, 'source'], `${owner}, field "evidence[${j}].source"`));
    annotation.figures?.forEach((id, j) => {
      if (!figureIds.has(id)) problems.push({ rule: 'unknown-figure', file, path: ['claims', i, 'figures', j], message: `${owner}, field "figures[${j}]": unknown figure "${id}"`, hint: closestIdHint(id, figureIds, 'figure') });
    });
    annotation.related?.forEach((ref, j) => {
      const { article, id } = parseRelated(ref, slug);
      const path = ['claims', i, 'related', j];
      const field = `${owner}, field "related[${j}]"`;
      const target = annotationsOf.get(article);
      if (unreadable.articles.has(article)) return;
      if (!target) {
        problems.push({ rule: 'unknown-article', file, path, message: `${field}: unknown article "${article}"`, hint: closestIdHint(article, annotationsOf.keys(), 'article') });
      } else if (!target.has(id)) {
        problems.push({ rule: 'unknown-annotation', file, path, message: `${field}: unknown annotation "${id}"${article === slug ? '' : ` in article "${article}"`}`, hint: closestIdHint(id, target, 'annotation') });
      } else if (article === slug && id === annotation.id) {
        problems.push({ rule: 'related-to-itself', file, path, message: `${field}: an annotation cannot be related to itself`, hint: 'remove this entry.' });
      }
    });
  });

  data.figures?.forEach((figure, i) => {
    const owner = `figure "${figure.id}"`;
    figure.sources.forEach((id, j) => unknownSource(id, ['figures', i, 'sources', j], `${owner}, field "sources[${j}]"`));
    if (figure.type === 'timeline') {
      figure.events.forEach((event, j) => {
        if (event.claim !== undefined && !ownIds.has(event.claim)) {
          problems.push({ rule: 'unknown-annotation', file, path: ['figures', i, 'events', j, 'claim'], message: `${owner}, field "events[${j}].claim": unknown annotation "${event.claim}"`, hint: closestIdHint(event.claim, ownIds, 'annotation') });
        }
      });
    }
    if (figure.type === 'map') {
      const points = new Set(figure.points.map((p) => p.id));
      figure.routes?.forEach((route, j) => {
        for (const end of ['from', 'to'] as const) {
          if (!points.has(route[end])) problems.push({ rule: 'unknown-point', file, path: ['figures', i, 'routes', j, end], message: `${owner}, field "routes[${j}].${end}": unknown point "${route[end]}"`, hint: closestIdHint(route[end], points, 'point') });
        }
      });
    }
  });
  return problems;
}

