// Schema of an annotation file: its annotations (claims, notes, corrections), sources and figures.
import { z } from 'zod';
import { latestUpdate } from '../lib/updates/order.ts';
import { httpUrl, isoDate, KEBAB_CASE, kebabId, nonEmptyString } from './common.ts';
import { figureSchema } from './figure.ts';
import { sourceSchema } from './source.ts';

/** The verdict scale, strongest support first. */
export const VERDICTS = ['supported', 'mostly-supported', 'mixed', 'misleading', 'contradicted', 'unverifiable'] as const;
export const ANNOTATION_KINDS = ['claim', 'note', 'correction'] as const;
export const STANCES = ['supports', 'contradicts', 'context'] as const;
export const SUMMARY_MAX = 280;
export const UPDATE_NOTE_MAX = 280;

export const evidenceSchema = z.strictObject({
  source: kebabId('source'),
  stance: z.enum(STANCES),
  excerpt: z.string().optional(),
  // The words of the source right before and after the excerpt: they make a deep link find a short excerpt's place.
  prefix: nonEmptyString.optional(),
  suffix: nonEmptyString.optional(),
  locator: z.string().optional(),
});

/** A change to an annotation after it was first published. */
export const updateSchema = z.strictObject({
  date: isoDate,
  note: nonEmptyString.max(UPDATE_NOTE_MAX, { error: `an update note is at most ${UPDATE_NOTE_MAX} characters` }),
  previous: z.enum(VERDICTS).optional(),
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
    updates: z.array(updateSchema).optional(),
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
    (annotation.evidence ?? []).forEach((evidence, i) => {
      for (const field of ['prefix', 'suffix'] as const) {
        if (evidence[field] !== undefined && evidence.excerpt === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['evidence', i, field],
            message: `a ${field} places an excerpt in its source, and this evidence has no excerpt`,
            params: { hint: `add "excerpt:" with the words of the source that matter, or remove "${field}".` },
          });
        }
      }
    });
    // The newest update's previous verdict is the one it replaced: the verdict now must differ from it.
    const latest = latestUpdate(annotation.updates ?? []);
    if (latest && latest.update.previous !== undefined && latest.update.previous === annotation.verdict) {
      ctx.addIssue({
        code: 'custom',
        path: ['updates', latest.index, 'previous'],
        message: `the latest update names "${latest.update.previous}" as the previous verdict, which is the verdict the annotation still has`,
        params: { hint: 'set "verdict:" to the verdict after the change, or remove "previous" if the verdict did not change.' },
      });
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
export type Update = z.infer<typeof updateSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type Reviewer = z.infer<typeof reviewerSchema>;
export type AnnotationFile = z.infer<typeof annotationFileSchema>;
