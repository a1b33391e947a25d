// The verdict scale and the annotation kinds, as readers see them: labels and meanings.
import { VERDICTS, type AnnotationKind, type Verdict } from '../schemas/index.ts';

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
