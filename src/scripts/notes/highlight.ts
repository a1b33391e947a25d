// Linked highlighting: a mark, its number and its note light up together while any of them is hovered or focused.

import { classes, select } from '../../lib/dom.ts';
import type { ArticlePage } from './page.ts';

export interface Highlight {
  /** Lights every mark, number and note of these annotations, and only those. */
  light(ids: string[]): void;
  /**
   * Puts the light out (Escape, WCAG 1.4.13) and keeps it out while the pointer or focus stays on
   * `on`, which would otherwise light it again at once.
   */
  dismiss(on: Element | null): void;
}

// Space kept between two sidenotes opened at once; how long the light stays once the pointer has left, in ms.
const GAP = 12;
const GRACE = 400;

/** `busy` says when another piece (an open popover) owns the light. */
export function highlight(page: ArticlePage, busy: () => boolean): Highlight {
  const { body } = page;
  let lit: HTMLElement[] = [];
  let hushed: Element | null = null;

  function light(ids: string[]): void {
    for (const el of lit) {
      el.classList.remove(classes.active);
      el.style.removeProperty('translate');
    }
    lit = ids.flatMap((id) => [...body.querySelectorAll<HTMLElement>(`${select.marksOf(id)}, ${select.refOf(id)}, ${select.noteOf(id)}`)]);
    for (const el of lit) el.classList.add(classes.active);
    // Sidenotes open in full over their neighbours; two open at once must not cover each other.
    if (!body.classList.contains(classes.sidenotesPlaced)) return;
    let below = -Infinity;
    for (const note of lit.filter((el) => el.matches(select.anyNote))) {
      const r = note.getBoundingClientRect();
      const push = Math.max(0, below + GAP - r.top);
      if (push) note.style.translate = `0 ${push}px`;
      below = r.bottom + push;
    }
  }

  // The pointer crossing plain text on its way from a mark to its sidenote must not close the note (WCAG 1.4.13).
  let fading = 0;
  const fade = () => {
    clearTimeout(fading);
    fading = window.setTimeout(() => busy() || light([]), GRACE);
  };
  const follow = (event: Event) => {
    clearTimeout(fading);
    if (busy()) return;
    const at = event.target instanceof Element ? event.target : null;
    if (hushed && at && hushed.contains(at)) return;
    hushed = null;
    const ids = page.idsAt(at);
    if (ids.length === 0 && event.type === 'pointerover') fade();
    else light(ids);
  };
  body.addEventListener('pointerover', follow);
  body.addEventListener('focusin', follow);
  body.addEventListener('pointerleave', fade);

  return {
    light,
    dismiss(on) {
      clearTimeout(fading);
      hushed = on;
      light([]);
    },
  };
}
