// Counts of an article's annotations by kind and verdict, for lists and headers.
import { VERDICTS, type Verdict } from '../../schemas/index.ts';
import type { ResolvedAnnotation } from './types.ts';

export interface AnnotationCounts {
  claims: number;
  notes: number;
  corrections: number;
  /** Claims by verdict, in the scale's order, verdicts with no claim left out. */
  verdicts: { verdict: Verdict; count: number }[];
}

export function countAnnotations(annotations: readonly ResolvedAnnotation[]): AnnotationCounts {
  const of = (kind: string) => annotations.filter((a) => a.annotation.kind === kind);
  const claims = of('claim');
  return {
    claims: claims.length,
    notes: of('note').length,
    corrections: of('correction').length,
    verdicts: VERDICTS.map((verdict) => ({ verdict, count: claims.filter((a) => a.annotation.verdict === verdict).length })).filter((v) => v.count > 0),
  };
}
