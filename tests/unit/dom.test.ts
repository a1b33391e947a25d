// The addresses the article page answers to: `#claim-<id>` and `#note-<id>`, for ids of the format only.
import { describe, expect, it } from 'vitest';
import { parseHash } from '../../src/lib/dom.ts';

describe('parseHash', () => {
  it('names the annotation of a #claim- or #note- address', () => {
    expect(parseHash('#claim-budget-2025')).toEqual({ kind: 'claim', id: 'budget-2025' });
    expect(parseHash('#note-budget')).toEqual({ kind: 'note', id: 'budget' });
  });

  it('refuses any other address, and ids the format does not allow, which could not be put in a selector', () => {
    for (const hash of ['', '#', '#figure-map', '#claim-', '#note-Budget', '#claim-a--b', '#note-a"]', '#claim-a b']) expect(parseHash(hash)).toBeNull();
  });
});
