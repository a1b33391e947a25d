// The article page as the other modules see it: its notes, references and marks, found through the markup contract.

import { claimsOfMark, classes, data, ids, select } from '../../lib/dom.ts';

export interface ArticlePage {
  body: HTMLElement;
  /** Matches while notes sit in the margin as sidenotes; below it they are popovers. */
  wide: MediaQueryList;
  notes(): NodeListOf<HTMLElement>;
  refs(): NodeListOf<HTMLElement>;
  noteOf(id: string | undefined): HTMLElement | null;
  refOf(id: string): HTMLElement | null;
  marksOf(id: string): HTMLElement[];
  /** The annotations that a mark, reference or note under `target` belongs to. */
  idsAt(target: EventTarget | null): string[];
  /** Whether the reader's filter hides an annotation. */
  filtered(id: string): boolean;
  /** Where an annotation's note opens from: its number, or its last mark when the number is not shown. */
  anchorOf(id: string): HTMLElement | null;
  /** The annotation a `#claim-<id>` target stands for, aliases included. */
  claimAt(target: Element): string | null;
}

export function articlePage(body: HTMLElement): ArticlePage {
  const page: ArticlePage = {
    body,
    wide: matchMedia('(min-width: 1100px)'),
    notes: () => body.querySelectorAll<HTMLElement>(select.anyNote),
    refs: () => body.querySelectorAll<HTMLElement>(select.anyRef),
    noteOf: (id) => (id ? body.querySelector<HTMLElement>(select.noteOf(id)) : null),
    refOf: (id) => body.querySelector<HTMLElement>(select.refOf(id)),
    marksOf: (id) => [...body.querySelectorAll<HTMLElement>(select.marksOf(id))],
    idsAt(target) {
      const el = target instanceof Element ? target.closest(`${select.anyMark}, ${select.anyRef}, ${select.anyNote}`) : null;
      if (!el || !body.contains(el)) return [];
      return claimsOfMark(el.getAttribute(data.claims) ?? el.getAttribute(data.note) ?? el.getAttribute(data.noteFor));
    },
    filtered: (id) => page.noteOf(id)?.classList.contains(classes.filtered) ?? false,
    anchorOf(id) {
      const ref = page.refOf(id);
      if (ref && ref.getClientRects().length > 0) return ref;
      return page.marksOf(id).at(-1) ?? null;
    },
    claimAt(target) {
      const mark = target.closest(select.anyMark);
      if (!mark) return null;
      const listed = claimsOfMark(mark.getAttribute(data.claims));
      // An alias sits at the first mark of its annotation, next to (or as) the annotation's own target.
      return (
        listed.find((id) => ids.claim(id) === target.id) ??
        listed.find((id) => body.querySelector(select.marksOf(id)) === mark) ??
        null
      );
    },
  };
  return page;
}
