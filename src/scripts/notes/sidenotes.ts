// Sidenotes on wide screens: each note level with its mark, never over the note above, opened from its number.

import { classes, data, ids, select } from '../../lib/dom.ts';
import type { Highlight } from './highlight.ts';
import type { ArticlePage } from './page.ts';

// The space between notes, and how far below its mark a note may be pushed before its paragraph moves down instead.
const GAP = 12;
const DRIFT = 160;

/*
 * The bottom of the first window the page was shown in, in page coordinates. Text a reader may
 * already have seen there is never moved down (a layout shift): notes crowded in it hang lower.
 */
let seen: number | null = null;

/*
 * Wide screens without the script stack a paragraph's notes beside it and let the paragraph grow.
 * With it, each sidenote shows its first lines level with its mark and may hang beside the next
 * paragraphs or figures, pushed down past the notes above it (after Gwern.net's sidenotes); it
 * opens in full, over its neighbours, while its annotation is hovered or focused. The stylesheet
 * already collapses the notes' column before the script runs, so placing them moves no text.
 * Positions go in a custom property of their own: a popover's `top` is never this code's business.
 */
export function layoutSidenotes(page: ArticlePage): void {
  const { body } = page;
  const all = [...body.querySelectorAll<HTMLElement>(`.${classes.passage}`)];
  if (!page.wide.matches) {
    body.style.removeProperty('padding-bottom');
    for (const passage of all) passage.style.removeProperty('padding-top');
    for (const note of page.notes()) note.style.removeProperty('--sidenote-top');
    body.classList.remove(classes.sidenotesPlaced);
    return;
  }
  /*
   * Positions are read as they would be without the room this code added last time, by taking that
   * room away in the sums rather than from the page: a page emptied of it, even for a moment, gets
   * shorter and pulls a reader near its end up to its new bottom.
   */
  const added = new Map<HTMLElement, number>();
  let total = 0;
  for (const passage of all) added.set(passage, (total += parseFloat(passage.style.paddingTop) || 0));
  const y = (el: Element, passage: HTMLElement) => el.getBoundingClientRect().top + scrollY - added.get(passage)!;
  seen ??= scrollY + innerHeight;
  const passages = all
    .filter((passage) => passage.matches(select.passagesWithNotes))
    .map((passage) => {
      const column = passage.querySelector(`.${classes.notes}`)!;
      return {
        passage,
        top: y(column, passage),
        notes: [...passage.querySelectorAll<HTMLElement>(select.anyNote)]
          .filter((note) => !note.classList.contains(classes.filtered))
          .map((note) => {
            // A quote in a closed <details> has no place on screen: its note goes level with the passage.
            const start = document.getElementById(ids.claim(note.getAttribute(data.noteFor) ?? ''));
            // The height of its first lines, as reading.css cuts it (24px + 2lh), even while it is open in full.
            const lines = 24 + 2 * parseFloat(getComputedStyle(note).lineHeight);
            return {
              note,
              height: Math.min(note.scrollHeight, lines),
              clamped: note.scrollHeight > lines + 1,
              want: y(start && start.getClientRects().length > 0 ? start : column, passage) - 3,
            };
          }),
      };
    })
    .filter((p) => p.notes.length > 0);
  const end = body.getBoundingClientRect().bottom + scrollY - total - (parseFloat(body.style.paddingBottom) || 0);

  const padding = new Map<HTMLElement, number>();
  let shift = 0;
  let bottom = -Infinity;
  for (const { passage, top, notes } of passages) {
    // Notes pushed too far by the ones above move their paragraph down instead. Whole pixels: the
    // room added resizes the body, which runs this again, and must then come out the same.
    const excess = top < seen ? 0 : Math.max(0, Math.ceil(bottom + GAP - DRIFT - notes[0]!.want - shift));
    if (excess > 0) padding.set(passage, excess);
    shift += excess;
    for (const { note, height, want, clamped } of notes) {
      const at = Math.max(want + shift, bottom + GAP);
      note.style.setProperty('--sidenote-top', `${at - top - shift}px`);
      if (note.classList.contains(classes.clamped) !== clamped) note.classList.toggle(classes.clamped, clamped);
      bottom = at + height;
    }
  }
  const room = (el: HTMLElement, side: 'padding-top' | 'padding-bottom', px = 0) => {
    const value = px > 0 ? `${px}px` : '';
    if (el.style.getPropertyValue(side) !== value) el.style.setProperty(side, value);
  };
  for (const passage of all) room(passage, 'padding-top', padding.get(passage));
  room(body, 'padding-bottom', Math.ceil(bottom - end - shift));
  if (!body.classList.contains(classes.sidenotesPlaced)) body.classList.add(classes.sidenotesPlaced);
}

export interface Sidenotes {
  /** Brings an annotation's sidenote into view and moves focus to it; Escape leads back to `from`. */
  reveal(id: string, from: HTMLElement | null): void;
}

export function sidenotes(page: ArticlePage, highlight: Highlight): Sidenotes {
  // The number a sidenote was reached from, so Escape can go back to the reading place.
  let cameFrom: { id: string; from: HTMLElement } | null = null;

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !page.wide.matches) return;
    const inNote = document.activeElement?.closest(select.anyNote);
    if (cameFrom && inNote && inNote === page.noteOf(cameFrom.id)) {
      event.preventDefault();
      const { from } = cameFrom;
      cameFrom = null;
      highlight.dismiss(from);
      from.focus();
      return;
    }
    // Closes a sidenote opened by hover or focus without moving the pointer or focus (WCAG 1.4.13).
    const hovered = [...document.querySelectorAll(':hover')].at(-1) ?? null;
    highlight.dismiss(document.activeElement && page.body.contains(document.activeElement) ? document.activeElement : hovered);
  });

  return {
    reveal(id, from) {
      const note = page.noteOf(id);
      if (!note) return;
      cameFrom = from ? { id, from } : null;
      highlight.light([id]);
      note.scrollIntoView({ block: 'nearest' });
      note.focus({ preventScroll: true });
    },
  };
}
