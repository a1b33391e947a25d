// The words around an evidence excerpt (prefix, suffix) place the excerpt in its source: they need the excerpt.
import type { AnnotationFileInput } from '../content/types.ts';
import type { Problem } from './problem.ts';

export function checkExcerptContext(entry: AnnotationFileInput): Problem[] {
  return entry.data.claims.flatMap((annotation, i) =>
    (annotation.evidence ?? []).flatMap((evidence, e) =>
      (['prefix', 'suffix'] as const)
        .filter((field) => evidence[field] !== undefined && evidence.excerpt === undefined)
        .map(
          (field): Problem => ({
            rule: 'excerpt-context-without-excerpt',
            file: entry.file,
            path: ['claims', i, 'evidence', e, field],
            message: `annotation "${annotation.id}", field "evidence[${e}].${field}": a ${field} places an excerpt in its source, and this evidence has no excerpt`,
            hint: `add "excerpt:" with the words of the source that matter, or remove "${field}".`,
          }),
        ),
    ),
  );
}
