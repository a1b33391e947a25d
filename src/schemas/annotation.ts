// Schema of an annotation file: its annotations (claims, notes, corrections), sources and figures.
import { z } from 'zod';
import { httpUrl, isoDate, KEBAB_CASE, kebabId, nonEmptyString } from './common.ts';
import { figureSchema } from './figure.ts';
import { sourceSchema } from './source.ts';

/** The verdict scale, strongest support first. */
export const VERDICTS = ['supported', 'mostly-supported', 'mixed', 'misleading', 'contradicted', 'unverifiable'] as const;
export const ANNOTATION_KINDS = ['claim', 'note', 'correction'] as const;
export const STANCES = ['supports', 'contradicts', 'context'] as const;
export const SUMMARY_MAX = 280;

export const evidenceSchema = z.strictObject({
  source: kebabId('source'),
  stance: z.enum(STANCES),
  excerpt: z.string().optional(),
  locator: z.string().optional(),
});

/** `id` for an annotation of the same article, `<slug>#<id>` for another article's. */
const relatedRef = z.string().refine(
  (value) => {
    const parts = value.split('#');
    return parts.length <= 2 && parts.every((part) => KEBAB_CASE.test(part));
  },
  { error: 'must be an annotation id, or <article-slug>#<annotation-id> for another article' },
);

export const annotationSchema = z
  .strictObject({
    id: kebabId('annotation'),
    kind: z.enum(ANNOTATION_KINDS).default('claim'),
    quote: nonEmptyString,
    prefix: z.string().min(1).optional(),
    suffix: z.string().min(1).optional(),
    verdict: z.enum(VERDICTS).optional(),
    summary: nonEmptyString.max(SUMMARY_MAX, { error: `a summary is at most ${SUMMARY_MAX} characters` }),
    claimant: z.string().optional(),
    analysis: z.string().optional(),
    correction: nonEmptyString.optional(),
    evidence: z.array(evidenceSchema).optional(),
    figures: z.array(kebabId('figure')).optional(),
    related: z.array(relatedRef).optional(),
    aliases: z.array(kebabId('annotation')).optional(),
  })
  .superRefine((annotation, ctx) => {
    if (annotation.kind === 'claim') {
      if (!annotation.verdict) {
        ctx.addIssue({
          code: 'custom',
          path: ['verdict'],
          message: 'an annotation of kind claim needs a verdict',
          params: { hint: `add "verdict:" with one of: ${VERDICTS.join(', ')}; or make it a note with "kind: note".` },
        });
      }
      if (annotation.verdict !== 'unverifiable' && (annotation.evidence ?? []).length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['evidence'],
          message: 'an annotation of kind claim needs at least one piece of evidence unless its verdict is unverifiable',
          params: { hint: 'add "evidence:" with at least one { source, stance }; a claim the record cannot settle takes "verdict: unverifiable".' },
        });
      }
    }
    if (annotation.kind === 'correction' && !annotation.correction) {
      ctx.addIssue({
        code: 'custom',
        path: ['correction'],
        message: 'an annotation of kind correction needs the text as it most likely read, in correction',
        params: { hint: 'add "correction:" with the words as the original most likely had them.' },
      });
    }
  });

export const reviewerSchema = z.strictObject({ name: nonEmptyString, url: httpUrl.optional() });

export const annotationFileSchema = z.strictObject({
  reviewed: isoDate,
  reviewers: z.array(reviewerSchema).optional(),
  claims: z.array(annotationSchema).min(1, { error: 'an annotation file needs at least one annotation in claims' }),
  sources: z.array(sourceSchema).optional(),
  figures: z.array(figureSchema).optional(),
});

export type Verdict = (typeof VERDICTS)[number];
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];
export type Evidence = z.infer<typeof evidenceSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type Reviewer = z.infer<typeof reviewerSchema>;
export type AnnotationFile = z.infer<typeof annotationFileSchema>;
