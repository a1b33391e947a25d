// The article page's enhancements, wired together: notes as popovers or placed sidenotes, linked highlights, marks
// that open their notes, the reader's controls and shared addresses. The page reads fully without any of it.

import { classes, data, select } from '../../lib/dom.ts';
import { followAddresses } from './address.ts';
import { markClicks } from './chooser.ts';
import { readerControls } from './controls.ts';
import { highlight } from './highlight.ts';
import { articlePage, type ArticlePage } from './page.ts';
import { popovers, type Anchor, type Popovers } from './popovers.ts';
import { layoutSidenotes, sidenotes } from './sidenotes.ts';

const body = document.querySelector<HTMLElement>(`.${classes.articleBody}`);
if (body) enhance(articlePage(body));

function enhance(page: ArticlePage): void {
  const { body, wide } = page;
  let notes: Popovers | null = null;
  const lights = highlight(page, () => Boolean(notes?.current()));
  const margin = sidenotes(page, lights);
  // Without the popover API the stylesheet's fallback stands below 1,100 px: each number leads to its note.
  notes = 'popover' in HTMLElement.prototype ? popovers(page, lights) : null;

  /** Shows an annotation's note the way the width calls for; `false` when only following the link can. */
  function openNote(id: string, anchor: Anchor | null, returnTo: HTMLElement | null): boolean {
    if (wide.matches) margin.reveal(id, returnTo);
    else {
      const from = anchor ?? (page.anchorOf(id) ? { element: page.anchorOf(id)! } : null);
      if (!notes || !from) return false;
      notes.open(id, from, returnTo);
    }
    return true;
  }

  body.addEventListener('click', (event) => {
    const ref = (event.target as Element).closest<HTMLElement>(select.anyRef);
    const id = ref?.getAttribute(data.note);
    if (!ref || !id || !page.noteOf(id)) return;
    if (notes?.current()?.id === id) {
      event.preventDefault();
      notes.close(true);
    } else if (openNote(id, { element: ref }, ref)) {
      // Wide screens: the note is already beside the text; it comes into view instead of the page jumping.
      event.preventDefault();
    }
  });

  const pops = notes;
  if (pops) {
    markClicks(
      page,
      (id, anchor) => openNote(id, anchor, page.refOf(id)),
      (id, mark) => pops.current()?.id === id && pops.current()?.anchor.element === mark,
      () => pops.close(false),
    );
    body.classList.add(classes.marksOpen);
  }

  function relayout(): void {
    layoutSidenotes(page);
    notes?.reposition();
  }

  readerControls(page, () => {
    const open = notes?.current();
    if (open && page.filtered(open.id)) notes?.close(false);
    relayout();
  });

  notes?.setMode(!wide.matches);
  // Placed before the first paint, so that the script moves nothing a reader has seen.
  relayout();

  wide.addEventListener('change', () => {
    notes?.setMode(!wide.matches);
    relayout();
  });

  let queued = false;
  new ResizeObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      relayout();
    });
  }).observe(body);

  followAddresses(page, (id) => {
    const marks = page.marksOf(id);
    // The quote's first words at the top of the window, then its note beside them or under its number.
    marks[0]?.scrollIntoView({ block: 'start' });
    if (wide.matches) {
      lights.light([id]);
      page.noteOf(id)?.scrollIntoView({ block: 'nearest' });
    } else openNote(id, null, page.refOf(id));
  });
}
