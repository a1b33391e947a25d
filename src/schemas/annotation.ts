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
export const UPDATE_NOTE_MAX = 280;

export const evidenceSchema = z
  .strictObject({
    source: kebabId('source').describe('the id of the source, defined in this file\'s sources or in content/sources.yaml'),
    stance: z.enum(STANCES).describe('how the source bears on the annotation: supports, contradicts or context'),
    excerpt: z.string().optional().describe('the words of the source that matter, copied exactly'),
    // The words of the source right before and after the excerpt: they make a link to the passage find a short
    // excerpt's place in the source.
    prefix: nonEmptyString.optional().describe('the words of the source right before the excerpt, for a short excerpt the source may have more than once'),
    suffix: nonEmptyString.optional().describe('the words of the source right after the excerpt, likewise'),
    locator: z.string().optional().describe('where in the source: a page, a section or a time code'),
  })
  // The verification pass says the same (rule excerpt-context-without-excerpt), for editors' tools.
  .meta({ description: 'a piece of evidence: a source and how it bears on the annotation', dependentRequired: { prefix: ['excerpt'], suffix: ['excerpt'] } });

/** A change to an annotation after it was first published. */
export const updateSchema = z
  .strictObject({
    date: isoDate.describe('when the annotation changed'),
    note: nonEmptyString
      .max(UPDATE_NOTE_MAX, { error: `an update note is at most ${UPDATE_NOTE_MAX} characters` })
      .describe(`what changed and why, at most ${UPDATE_NOTE_MAX} characters`),
    previous: z.enum(VERDICTS).optional().describe('the verdict before this change, when the change replaced it'),
  })
  .describe('a change to the annotation after its publication');

const RELATED = /^[a-z0-9]+(-[a-z0-9]+)*(#[a-z0-9]+(-[a-z0-9]+)*)?$/;

/** `id` for an annotation of the same article, `<slug>#<id>` for another article's. */
const relatedRef = z
  .string()
  .refine((value) => value.split('#').length <= 2 && value.split('#').every((part) => KEBAB_CASE.test(part)), {
    error: 'must be an annotation id, or <article-slug>#<annotation-id> for another article',
  })
  .meta({ pattern: RELATED.source });

// What the verification pass requires of each kind, said again for editors' tools, which read JSON Schema.
const notAClaim = { properties: { kind: { enum: ['note', 'correction'] } }, required: ['kind'] };
const kindRequirements = [
  { if: { properties: { kind: { const: 'correction' } }, required: ['kind'] }, then: { required: ['correction'] } },
  { if: notAClaim, else: { required: ['verdict'] } },
  {
    if: notAClaim,
    else: {
      if: { properties: { verdict: { const: 'unverifiable' } }, required: ['verdict'] },
      else: { required: ['evidence'], properties: { evidence: { minItems: 1 } } },
    },
  },
];

export const annotationSchema = z
  .strictObject({
    id: kebabId('annotation').describe('kebab-case, at most 64 characters, unique in the article: the permalink; never change it (use aliases)'),
    kind: z.enum(ANNOTATION_KINDS).default('claim').describe('claim (a checkable statement, the default), note (context) or correction (a flaw in the text)'),
    quote: nonEmptyString.describe('the exact words of the article that the annotation is about'),
    prefix: z.string().min(1).optional().describe('the words right before the quote, to pick one of several occurrences'),
    suffix: z.string().min(1).optional().describe('the words right after the quote, to pick one of several occurrences'),
    verdict: z.enum(VERDICTS).optional().describe('what the record shows, for a claim: supported, mostly-supported, mixed, misleading, contradicted or unverifiable'),
    summary: nonEmptyString
      .max(SUMMARY_MAX, { error: `a summary is at most ${SUMMARY_MAX} characters` })
      .describe(`the finding in one sentence, at most ${SUMMARY_MAX} characters`),
    claimant: z.string().optional().describe('who made the statement'),
    analysis: z.string().optional().describe('the longer explanation, in Markdown without raw HTML'),
    correction: nonEmptyString.optional().describe('for a correction: the text as it most likely read'),
    evidence: z.array(evidenceSchema).optional().describe('the sources and how each bears on the annotation; a claim needs one unless its verdict is unverifiable'),
    figures: z.array(kebabId('figure')).optional().describe('ids of figures of this file that bear on the annotation'),
    related: z.array(relatedRef).optional().describe('related annotations: an id of this article, or <article-slug>#<id> of another'),
    aliases: z.array(kebabId('annotation')).optional().describe('former ids, whose permalinks must keep working'),
    updates: z.array(updateSchema).optional().describe('changes after the annotation was first published, in any order'),
  })
  .meta({ description: 'an annotation: a claim, a context note or a correction, anchored to a quote of the article', allOf: kindRequirements });

export const reviewerSchema = z
  .strictObject({
    name: nonEmptyString.describe('the reviewer\'s name'),
    url: httpUrl.optional().describe('the reviewer\'s page'),
  })
  .describe('who reviewed these annotations');

export const annotationFileSchema = z
  .strictObject({
    reviewed: isoDate.describe('the date these annotations were last checked'),
    reviewers: z.array(reviewerSchema).optional().describe('who checked them; the site\'s organisation when absent'),
    claims: z
      .array(annotationSchema)
      .min(1, { error: 'an annotation file needs at least one annotation in claims' })
      .describe('the list of annotations'),
    sources: z.array(sourceSchema).optional().describe('the sources used only by this article'),
    figures: z.array(figureSchema).optional().describe('the figures of this article'),
  })
  .describe('the annotations of an article (content/annotations/<slug>.yaml)');

export type Verdict = (typeof VERDICTS)[number];
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];
export type Stance = (typeof STANCES)[number];
export type Evidence = z.infer<typeof evidenceSchema>;
export type Update = z.infer<typeof updateSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type Reviewer = z.infer<typeof reviewerSchema>;
export type AnnotationFile = z.infer<typeof annotationFileSchema>;
