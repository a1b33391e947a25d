// Identity of the content: every annotation, figure, source and map point has an id of its own.
import type { AnnotationFileInput, SharedSourcesInput } from '../content/types.ts';
import type { Problem } from './problem.ts';

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
        rule: 'duplicate-source-id',
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
        rule: 'duplicate-annotation-id',
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
        problems.push({ rule: 'alias-conflict', file, path, message: `annotation "${annotation.id}", field "aliases": "${alias}" is the id of a live annotation`, hint: 'an alias is a former id that now leads elsewhere: remove it, or rename the live annotation.' });
      } else if (aliases.has(alias)) {
        problems.push({ rule: 'alias-conflict', file, path, message: `annotation "${annotation.id}", field "aliases": "${alias}" is already an alias of annotation "${aliases.get(alias)}"`, hint: 'a former id can lead to one annotation only: remove one of them.' });
      } else aliases.set(alias, annotation.id);
    });
  });
  const figures = new Set<string>();
  data.figures?.forEach((figure, i) => {
    if (figures.has(figure.id)) {
      problems.push({ rule: 'duplicate-figure-id', file, path: ['figures', i, 'id'], message: `figure "${figure.id}": this id is already used by another figure of this file`, hint: 'give each figure its own id.' });
    }
    figures.add(figure.id);
    if (figure.type === 'map') {
      const points = new Set<string>();
      figure.points.forEach((point, j) => {
        if (points.has(point.id)) problems.push({ rule: 'duplicate-point-id', file, path: ['figures', i, 'points', j, 'id'], message: `figure "${figure.id}", field "points[${j}].id": the point id "${point.id}" is used twice`, hint: 'give each point of a map its own id.' });
        points.add(point.id);
      });
    }
  });
  return problems;
}

