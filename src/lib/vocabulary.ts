// The product's words: verdicts, annotation kinds, evidence stances and source kinds, with the labels readers see.
import { VERDICTS, type Annotation, type AnnotationKind, type SOURCE_KINDS, type STANCES, type Verdict } from '../schemas/index.ts';

export interface VerdictInfo {
  verdict: Verdict;
  label: string;
  meaning: string;
  /** Rating for schema.org ClaimReview: 5 best, 1 worst, -1 where no rating applies. */
  rating: number;
}

const INFO: Record<Verdict, Omit<VerdictInfo, 'verdict'>> = {
  supported: { label: 'Supported', rating: 5, meaning: 'The record supports the statement as the article makes it.' },
  'mostly-supported': { label: 'Mostly supported', rating: 4, meaning: 'The statement is right in substance, but a detail is missing, imprecise or overstated.' },
  mixed: { label: 'Mixed', rating: 3, meaning: 'Part of the statement is supported and part is not, or reliable sources disagree.' },
  misleading: { label: 'Misleading', rating: 2, meaning: 'The facts given may be accurate, but the statement leaves a wrong impression.' },
  contradicted: { label: 'Contradicted', rating: 1, meaning: 'The record contradicts the statement.' },
  unverifiable: { label: 'Unverifiable', rating: -1, meaning: 'The public record available can neither confirm nor refute the statement.' },
};

export const verdictScale: VerdictInfo[] = VERDICTS.map((verdict) => ({ verdict, ...INFO[verdict] }));

export function verdictInfo(verdict: Verdict): VerdictInfo {
  return { verdict, ...INFO[verdict] };
}

export const KIND_LABELS: Record<AnnotationKind, { label: string; plural: string; meaning: string }> = {
  claim: { label: 'Claim', plural: 'Claims', meaning: 'a checkable statement, with a verdict and its evidence' },
  note: { label: 'Context', plural: 'Context notes', meaning: 'context a reader needs to understand the passage' },
  correction: { label: 'Correction', plural: 'Corrections', meaning: 'a flaw in the text as published, with what it most likely said' },
};

/** How a piece of evidence bears on an annotation: as a label, and as a verb for "evidence that … the annotation". */
export const STANCE_LABELS: Record<(typeof STANCES)[number], { label: string; verb: string }> = {
  supports: { label: 'Supports', verb: 'supports' },
  contradicts: { label: 'Contradicts', verb: 'contradicts' },
  context: { label: 'Context', verb: 'gives context to' },
};

export const SOURCE_KIND_LABELS: Record<(typeof SOURCE_KINDS)[number], string> = {
  news: 'News report',
  official: 'Official statement or document',
  transcript: 'Transcript',
  research: 'Research',
  reference: 'Reference work',
  social: 'Social media post',
  dataset: 'Dataset',
};

/** What an annotation is called wherever it is named in one word or two: its verdict for a claim, its kind otherwise. */
export interface AnnotationLabel {
  /** "Supported", "Context", "Correction". */
  label: string;
  /** The verdict of a claim, or null for notes and corrections. */
  verdict: VerdictInfo | null;
  /** The class that colours its badge: `verdict-<verdict>` or `kind-<kind>`. */
  tone: string;
}

export function annotationLabel(annotation: Pick<Annotation, 'kind' | 'verdict'>): AnnotationLabel {
  if (annotation.kind === 'claim' && annotation.verdict) {
    const verdict = verdictInfo(annotation.verdict);
    return { label: verdict.label, verdict, tone: `verdict-${verdict.verdict}` };
  }
  return { label: KIND_LABELS[annotation.kind].label, verdict: null, tone: `kind-${annotation.kind}` };
}

/** "Context notes", "Corrections": a kind's meaning as a sentence. */
export function kindMeaning(kind: AnnotationKind): string {
  const { meaning } = KIND_LABELS[kind];
  return `${meaning[0]!.toUpperCase()}${meaning.slice(1)}.`;
}
