// Where a popover goes: against the line box it hangs from, inside the window, with its arrow pointing at the anchor.

import { classes } from '../../lib/dom.ts';

/** What a popover hangs from: a number, or the line of a mark that was clicked. */
export interface Anchor {
  element: HTMLElement;
  /** Which of the element's line boxes, for a mark that wraps. */
  line?: number;
}

// Space between the anchor and the popover, and between the popover and the window's edges.
const GAP = 8;
const EDGE = 8;

export function anchorBox({ element, line = 0 }: Anchor): DOMRect {
  const rects = element.getClientRects();
  return rects[Math.min(line, rects.length - 1)] ?? element.getBoundingClientRect();
}

/** The line box of `element` under a point, for an anchor that wraps over several lines. */
export function lineAt(element: HTMLElement, x: number, y: number): number {
  const rects = [...element.getClientRects()];
  const hit = rects.findIndex((r) => y >= r.top && y <= r.bottom && x >= r.left - 1 && x <= r.right + 1);
  return Math.max(0, hit);
}

/** Whether the popover has to go above its anchor: only when the space below cannot hold it and the space above can. */
export function fitsOnlyAbove(popover: HTMLElement, anchor: Anchor): boolean {
  const r = anchorBox(anchor);
  const height = popover.offsetHeight;
  return r.bottom + GAP + height + EDGE > innerHeight && r.top - GAP - height - EDGE > 0;
}

/*
 * The popover lives in the top layer, positioned against the document, so it scrolls with the
 * text; only a change of layout can part it from its anchor, and each such change calls this again.
 */
export function position(popover: HTMLElement, anchor: Anchor, above: boolean): void {
  const r = anchorBox(anchor);
  const width = popover.offsetWidth;
  const viewport = document.documentElement.clientWidth;
  const centre = r.left + r.width / 2;
  const left = Math.max(EDGE, Math.min(centre - width / 2, viewport - width - EDGE));
  const top = above ? r.top - popover.offsetHeight - GAP : r.bottom + GAP;
  popover.style.left = `${left + scrollX}px`;
  popover.style.top = `${top + scrollY}px`;
  popover.style.setProperty('--arrow', `${Math.max(16, Math.min(centre - left, width - 16))}px`);
  popover.classList.toggle(classes.above, above);
}

export function clearPosition(popover: HTMLElement): void {
  for (const property of ['top', 'left', '--arrow']) popover.style.removeProperty(property);
  popover.classList.remove(classes.above);
}

/** Scrolls the page, as little as it can, so that the whole popover (or at least its start) is in the window. */
export function scrollIntoWindow(popover: HTMLElement): void {
  const box = popover.getBoundingClientRect();
  const down = box.bottom + EDGE - innerHeight;
  if (down > 0) scrollBy({ top: Math.min(down, box.top - EDGE), behavior: 'instant' });
  else if (box.top < EDGE) scrollBy({ top: box.top - EDGE, behavior: 'instant' });
}
