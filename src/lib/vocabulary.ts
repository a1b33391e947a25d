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
  supported: { label: 'Supported', rating: 5, meaning: 'The record supports what the quoted words say, as the article says it.' },
  'mostly-supported': { label: 'Mostly supported', rating: 4, meaning: 'What the quoted words say is right in substance, but a detail is missing, imprecise or overstated.' },
  mixed: { label: 'Mixed', rating: 3, meaning: 'Part of what the quoted words say is supported and part is not, or reliable sources disagree.' },
  misleading: { label: 'Misleading', rating: 2, meaning: 'The facts given may be accurate, but the quoted words leave a wrong impression.' },
  contradicted: { label: 'Contradicted', rating: 1, meaning: 'The record contradicts what the quoted words say.' },
  unverifiable: { label: 'Unverifiable', rating: -1, meaning: 'The public record can neither confirm nor refute what the quoted words say, as with a forecast it cannot yet settle or a fact that rests on one unnamed source.' },
};

/**
 * What a verdict rates, by the kind of statement quoted. A verdict rates what the quoted words say, as a reader finds
 * them; statements that assert no checkable fact are context notes, not claims.
 */
export const STATEMENT_RULES: { id: string; kind: string; rule: string }[] = [
  {
    id: 'facts',
    kind: 'Statements of fact',
    rule: 'Rated on the scale against the record: what happened, who said what, how many. The verdict rates what the quoted words say, not what their author may have meant.',
  },
  {
    id: 'attributions',
    kind: 'Attributions',
    rule: 'A sentence that reports what someone said or believes is rated on whether the record confirms what is attributed. When only the article itself reports it, from a source it does not name, it is unverifiable, or a note that says what the record shows around it.',
  },
  {
    id: 'forecasts',
    kind: 'Forecasts and expectations',
    rule: 'A prediction cannot be checked when it is made. Once the time it speaks of has passed, it is rated against what happened, and the analysis says that it was a forecast; while the record cannot settle it, it is unverifiable.',
  },
  {
    id: 'opinions',
    kind: 'Opinions, assessments and worries',
    rule: 'A judgement (that something is unclear, likely, worrying, a signal) is not true or false. It is a context note giving the record around it; any fact it rests on can be a claim of its own, quoting only that fact.',
  },
  {
    id: 'questions',
    kind: 'Questions',
    rule: 'A question asserts nothing and gets no verdict: it is a context note. What it takes for granted, if that is wrong, is a correction or a claim of its own.',
  },
  {
    id: 'garbles',
    kind: 'Garbled words',
    rule: 'Where a correction shows that the published words change who did or said what, no claim with a positive verdict covers those words: the claim quotes only the words that are right, or the passage is a note, and the correction says what the published words get wrong. The claim page links every correction in its passage and, when one lies inside the quote, gives the claim as the original most likely read it.',
  },
];

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
