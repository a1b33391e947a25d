// Marks open their notes when clicked or tapped; a stretch that several annotations cover offers each of them.

import { claimsOfMark, classes, data, ids, select } from '../../lib/dom.ts';
import type { ArticlePage } from './page.ts';
import { clearPosition, fitsOnlyAbove, lineAt, position, scrollIntoWindow, type Anchor } from './position.ts';

/**
 * Keyboard users reach each annotation through its own number, so marks stay out of the Tab order;
 * this is for pointers and touch, which land on the highlighted words themselves.
 */
export function markClicks(page: ArticlePage, openNote: (id: string, anchor: Anchor) => void, isOpen: (id: string, mark: Element) => boolean, closeNote: () => void): void {
  const chooser = document.createElement('div');
  chooser.className = classes.chooser;
  chooser.popover = 'manual';
  chooser.setAttribute('role', 'dialog');
  chooser.setAttribute('aria-labelledby', ids.chooserTitle);
  let open: { anchor: Anchor; above: boolean; returnTo: Element | null } | null = null;

  function offer(choices: string[], anchor: Anchor): void {
    const title = document.createElement('p');
    title.id = ids.chooserTitle;
    title.textContent = `${choices.length} annotations cover these words`;
    const list = document.createElement('ul');
    for (const id of choices) {
      const note = page.noteOf(id)!;
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute(data.choice, id);
      const number = document.createElement('span');
      number.textContent = note.querySelector(`.${classes.noteNumber}`)?.textContent ?? '';
      const badge = document.createElement('span');
      const source = note.querySelector(`.${classes.badge}`);
      badge.className = source?.className ?? '';
      badge.textContent = source?.textContent ?? '';
      const summary = document.createElement('span');
      summary.textContent = note.querySelector(`.${classes.noteSummary}`)?.textContent ?? '';
      button.append(number, ' ', badge, ' ', summary);
      const item = document.createElement('li');
      item.append(button);
      list.append(item);
    }
    chooser.replaceChildren(title, list);
    if (!chooser.isConnected) document.body.append(chooser);
    const returnTo = document.activeElement;
    dismiss(false);
    chooser.showPopover();
    const above = fitsOnlyAbove(chooser, anchor);
    open = { anchor, above, returnTo };
    position(chooser, anchor, above);
    scrollIntoWindow(chooser);
    chooser.querySelector('button')?.focus({ preventScroll: true });
  }

  function dismiss(returnFocus: boolean): void {
    if (!open) return;
    const { returnTo } = open;
    open = null;
    chooser.hidePopover();
    clearPosition(chooser);
    if (returnFocus && returnTo instanceof HTMLElement) returnTo.focus({ preventScroll: true });
  }

  page.body.addEventListener('click', (event) => {
    const target = event.target as Element;
    const mark = target.closest<HTMLElement>(select.anyMark);
    // Links inside marks keep their own meaning, and a reader selecting words is not asking for a note.
    if (!mark || target.closest('a, button, summary') || !getSelection()?.isCollapsed) return;
    const choices = claimsOfMark(mark.getAttribute(data.claims)).filter((id) => !page.filtered(id) && page.noteOf(id));
    if (choices.length === 0) return;
    const anchor = { element: mark, line: lineAt(mark, event.clientX, event.clientY) };
    if (choices.length === 1 && isOpen(choices[0]!, mark)) closeNote();
    else if (choices.length === 1) openNote(choices[0]!, anchor);
    else offer(choices, anchor);
  });

  chooser.addEventListener('click', (event) => {
    const id = (event.target as Element).closest('button')?.getAttribute(data.choice);
    if (!id || !open) return;
    const { anchor } = open;
    dismiss(false);
    openNote(id, anchor);
  });

  // Registered in the capture phase, so that Escape closes this before anything under it.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !open) return;
      event.preventDefault();
      dismiss(true);
    },
    true,
  );
  document.addEventListener('pointerdown', (event) => {
    if (open && !chooser.contains(event.target as Node) && !open.anchor.element.contains(event.target as Node)) dismiss(false);
  });
  chooser.addEventListener('focusout', (event) => {
    if (open && !chooser.contains(event.relatedTarget as Node | null) && event.relatedTarget) dismiss(false);
  });
  const follow = () => open && position(chooser, open.anchor, open.above);
  new ResizeObserver(follow).observe(document.documentElement);
  addEventListener('resize', follow);
}
