// Notes as popovers below 1,100 px: opened under their number, kept there whatever moves the text, closed when it scrolls away.

import { classes, data, ids } from '../../lib/dom.ts';
import type { Highlight } from './highlight.ts';
import type { ArticlePage } from './page.ts';
import { clearPosition, fitsOnlyAbove, position, scrollIntoWindow, type Anchor } from './position.ts';

export type { Anchor };

export interface Popovers {
  open(id: string, anchor: Anchor, returnTo: HTMLElement | null): void;
  close(returnFocus: boolean): void;
  /** The annotation whose note is open, if any. */
  current(): { id: string; anchor: Anchor } | null;
  /** Turns the notes into popovers, or back into in-flow notes. */
  setMode(popovers: boolean): void;
  /** Puts the open popover back under its anchor after something moved the text. */
  reposition(): void;
}

export function popovers(page: ArticlePage, highlight: Highlight): Popovers {
  let open: { id: string; note: HTMLElement; anchor: Anchor; ref: HTMLElement | null; returnTo: HTMLElement | null; above: boolean } | null = null;

  let queued = false;
  const schedule = () => {
    if (queued || !open) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      if (open) position(open.note, open.anchor, open.above);
    });
  };
  // Fonts, images, a <details> opening, the sidenote layout, a rotation: all of them resize something here.
  const resized = new ResizeObserver(() => {
    if (open) position(open.note, open.anchor, open.above);
  });
  // A turned device re-flows the whole text: the reader's place, the number and its note, stays in the window.
  let width = innerWidth;
  addEventListener('resize', () => {
    if (open && innerWidth !== width) {
      const r = open.anchor.element.getBoundingClientRect();
      if (r.bottom < 0 || r.top > innerHeight) open.anchor.element.scrollIntoView({ block: 'center' });
      position(open.note, open.anchor, open.above);
      scrollIntoWindow(open.note);
    }
    width = innerWidth;
    schedule();
  });
  document.fonts?.addEventListener('loadingdone', schedule);

  // An anchor scrolled a whole window away takes its note with it, rather than leave it floating elsewhere.
  const distance = new IntersectionObserver(
    (entries) => {
      if (!open || entries.every((entry) => entry.isIntersecting || entry.target !== open!.anchor.element)) return;
      const hadFocus = open.note.contains(document.activeElement);
      const back = open.returnTo;
      close(false);
      if (hadFocus) back?.focus({ preventScroll: true });
    },
    { rootMargin: '100% 0px' },
  );

  function show(id: string, anchor: Anchor, returnTo: HTMLElement | null): void {
    const note = page.noteOf(id);
    if (!note?.popover) return;
    close(false);
    const ref = page.refOf(id);
    // `source` ties the popover to its number: Tab order continues after the number.
    (note.showPopover as (options?: { source?: HTMLElement }) => void)(ref ? { source: ref } : undefined);
    const above = fitsOnlyAbove(note, anchor);
    open = { id, note, anchor, ref, returnTo, above };
    position(note, anchor, above);
    scrollIntoWindow(note);
    ref?.setAttribute('aria-expanded', 'true');
    highlight.light([id]);
    note.focus({ preventScroll: true });
    for (const el of [document.documentElement, page.body, note, anchor.element]) resized.observe(el);
    distance.observe(anchor.element);
  }

  function close(returnFocus: boolean): void {
    if (!open) return;
    const { note, ref, returnTo } = open;
    open = null;
    resized.disconnect();
    distance.disconnect();
    if (note.matches(':popover-open')) note.hidePopover();
    clearPosition(note);
    ref?.setAttribute('aria-expanded', 'false');
    highlight.light([]);
    // The page stays where the reader is, even when the number is further on (a note opened from a mark).
    if (returnFocus) returnTo?.focus({ preventScroll: true });
  }

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !open) return;
    event.preventDefault();
    close(true);
  });

  document.addEventListener('pointerdown', (event) => {
    const target = event.target as Node;
    if (open && !open.note.contains(target) && !open.anchor.element.contains(target) && !open.ref?.contains(target)) close(false);
  });

  // Focus moving to something outside the popover (Tab past its end) dismisses it.
  document.addEventListener('focusout', (event) => {
    const to = event.relatedTarget as Node | null;
    if (open && to && !open.note.contains(to) && to !== open.ref) close(false);
  });

  // In a popover the number leads back to the text, which is right under it: just close.
  page.body.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (open && target.closest(`.${classes.noteNumber}`) && open.note.contains(target)) {
      event.preventDefault();
      close(true);
    }
  });

  return {
    open: show,
    close,
    current: () => (open ? { id: open.id, anchor: open.anchor } : null),
    reposition: () => open && position(open.note, open.anchor, open.above),
    setMode(popovers) {
      close(false);
      for (const note of page.notes()) {
        note.tabIndex = -1;
        if (popovers) note.popover = 'manual';
        else note.removeAttribute('popover');
      }
      for (const ref of page.refs()) {
        if (popovers) {
          ref.setAttribute('aria-expanded', 'false');
          ref.setAttribute('aria-controls', ids.note(ref.getAttribute(data.note) ?? ''));
        } else {
          ref.removeAttribute('aria-expanded');
          ref.removeAttribute('aria-controls');
        }
      }
    },
  };
}
