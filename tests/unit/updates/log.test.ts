// The updates log: an annotation's updates in order, newest first, with the verdicts each one replaced and led to.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src/schemas/index.ts';
import { annotationUpdates } from '../../../src/lib/updates/log.ts';
import { chronological, latestUpdate } from '../../../src/lib/updates/order.ts';

const annotation = (updates: Annotation['updates'], verdict: Annotation['verdict'] = 'contradicted') =>
  ({ id: 'span', kind: 'claim', quote: 'q', summary: 's', verdict, updates }) as Annotation;

describe('the order of updates', () => {
  it('is by the instant each names, a day before a time later that day, and by the list for the same instant', () => {
    const updates = [{ date: '2025-04-02T16:45:00Z' }, { date: '2025-04-02' }, { date: '2025-03-01' }, { date: '2025-04-02' }];
    expect(chronological(updates).map((p) => p.index)).toEqual([2, 1, 3, 0]);
    expect(latestUpdate(updates)?.index).toBe(0);
    expect(latestUpdate([])).toBeUndefined();
  });
});

describe('the updates of an annotation', () => {
  it('come newest first, each with the verdict it replaced and the one it led to', () => {
    const entries = annotationUpdates({
      article: 'bridge',
      annotation: annotation([
        { date: '2025-03-25', note: 'First.', previous: 'mixed' },
        { date: '2025-04-08', note: 'Link added.' },
        { date: '2025-04-02', note: 'Second.', previous: 'misleading' },
      ]),
    });
    expect(entries.map((e) => [e.anchor, e.update.note, e.change])).toEqual([
      ['update-2025-04-08', 'Link added.', null],
      ['update-2025-04-02', 'Second.', { from: 'misleading', to: 'contradicted' }],
      ['update-2025-03-25', 'First.', { from: 'mixed', to: 'misleading' }],
    ]);
  });

  it('keep the anchor of an earlier update of the same day when a later one is added', () => {
    const first = annotationUpdates({ article: 'a', annotation: annotation([{ date: '2025-04-02', note: 'One.' }]) });
    const both = annotationUpdates({ article: 'a', annotation: annotation([{ date: '2025-04-02', note: 'One.' }, { date: '2025-04-02T18:00:00Z', note: 'Two.' }]) });
    expect(first.map((e) => e.anchor)).toEqual(['update-2025-04-02']);
    expect(both.map((e) => [e.anchor, e.update.note])).toEqual([
      ['update-2025-04-02-2', 'Two.'],
      ['update-2025-04-02', 'One.'],
    ]);
  });

  it('name no verdict after the change for an annotation that has none now', () => {
    const [entry] = annotationUpdates({ article: 'a', annotation: { ...annotation([{ date: '2025-04-02', note: 'Now a note.', previous: 'mixed' }]), kind: 'note', verdict: undefined } });
    expect(entry!.change).toEqual({ from: 'mixed', to: null });
  });
});
