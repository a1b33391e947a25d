// What each kind of annotation needs: a claim its verdict and evidence, a correction the text as it most likely read.
import { VERDICTS } from '../../schemas/index.ts';
import type { AnnotationFileInput } from '../content/types.ts';
import type { Problem } from './problem.ts';

export function checkKinds(entry: AnnotationFileInput): Problem[] {
  const { file } = entry;
  return entry.data.claims.flatMap((annotation, i): Problem[] => {
    const owner = `annotation "${annotation.id}"`;
    const problems: Problem[] = [];
    if (annotation.kind === 'claim' && !annotation.verdict) {
      problems.push({
        rule: 'claim-needs-verdict',
        file,
        path: ['claims', i, 'verdict'],
        message: `${owner}, field "verdict": an annotation of kind claim needs a verdict`,
        hint: `add "verdict:" with one of: ${VERDICTS.join(', ')}; or make it a note with "kind: note".`,
      });
    }
    if (annotation.kind === 'claim' && annotation.verdict !== 'unverifiable' && (annotation.evidence ?? []).length === 0) {
      problems.push({
        rule: 'claim-needs-evidence',
        file,
        path: ['claims', i, 'evidence'],
        message: `${owner}, field "evidence": an annotation of kind claim needs at least one piece of evidence unless its verdict is unverifiable`,
        hint: 'add "evidence:" with at least one { source, stance }; a claim the record cannot settle takes "verdict: unverifiable".',
      });
    }
    if (annotation.kind === 'correction' && !annotation.correction) {
      problems.push({
        rule: 'correction-needs-text',
        file,
        path: ['claims', i, 'correction'],
        message: `${owner}, field "correction": an annotation of kind correction needs the text as it most likely read, in correction`,
        hint: 'add "correction:" with the words as the original most likely had them.',
      });
    }
    return problems;
  });
}
