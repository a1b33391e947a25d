// The updates of an annotation: the newest one's previous verdict is the one it replaced, so the verdict now differs.
import type { AnnotationFileInput } from '../content/types.ts';
import { latestUpdate } from '../updates/order.ts';
import type { Problem } from './problem.ts';

export function checkUpdates(entry: AnnotationFileInput): Problem[] {
  return entry.data.claims.flatMap((annotation, i): Problem[] => {
    const latest = latestUpdate(annotation.updates ?? []);
    if (!latest || latest.update.previous === undefined || latest.update.previous !== annotation.verdict) return [];
    // Usually the verdict was not changed along with the update.
    return [
      {
        rule: 'update-previous-is-current',
        file: entry.file,
        path: ['claims', i, 'updates', latest.index, 'previous'],
        message: `annotation "${annotation.id}", field "updates[${latest.index}].previous": the latest update names "${latest.update.previous}" as the previous verdict, which is the verdict the annotation still has`,
        hint: 'set "verdict:" to the verdict after the change, or remove "previous" if the verdict did not change.',
      },
    ];
  });
}
