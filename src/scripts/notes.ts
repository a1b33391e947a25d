// Progressive enhancement of the article page: notes as popovers on small screens, linked highlights with sidenotes on wide ones.

import { classes, data, ids, select } from '../lib/dom.ts';

const body = document.querySelector<HTMLElement>(`.${classes.articleBody}`);

// Popovers need the native popover attribute; without it the in-flow note cards simply stay.
if (body && 'popover' in HTMLElement.prototype) enhance(body);

function enhance(body: HTMLElement): void {
  const wide = matchMedia('(min-width: 1100px)');
  const notes = () => body.querySelectorAll<HTMLElement>(select.anyNote);
  const refs = () => body.querySelectorAll<HTMLAnchorElement>(select.anyRef);
  const noteFor = (id: string | undefined) => (id ? document.getElementById(ids.note(id)) : null);

  // Sidenote placement: the space between notes, and how far below its mark a note may be pushed.
  const GAP = 12;
  const DRIFT = 160;

  let open: { note: HTMLElement; ref: HTMLElement } | null = null;
  // The reference a sidenote was reached from, so Escape can go back to the reading place.
  let cameFrom: HTMLElement | null = null;

  function setMode(): void {
    close(false);
    const popovers = !wide.matches;
    for (const note of notes()) {
      note.tabIndex = -1;
      if (popovers) note.popover = 'manual';
      else note.removeAttribute('popover');
    }
    for (const ref of refs()) {
      if (popovers) {
        ref.setAttribute('aria-expanded', 'false');
        ref.setAttribute('aria-controls', ids.note(ref.dataset.note ?? ''));
      } else {
        ref.removeAttribute('aria-expanded');
        ref.removeAttribute('aria-controls');
      }
    }
  }

  function place(note: HTMLElement, ref: HTMLElement): void {
    const r = ref.getBoundingClientRect();
    const width = note.offsetWidth;
    const height = note.offsetHeight;
    const viewport = document.documentElement.clientWidth;
    const centre = r.left + r.width / 2;
    const left = Math.max(8, Math.min(centre - width / 2, viewport - width - 8));
    // Below the line of the reference, unless only the space above can hold the whole note.
    const above = r.bottom + height + 12 > innerHeight && r.top - height - 12 > 0;
    const top = above ? r.top - height - 8 : r.bottom + 8;
    // The popover lives in the top layer, positioned against the document, so it scrolls with the text.
    note.style.left = `${left + scrollX}px`;
    note.style.top = `${top + scrollY}px`;
    note.style.setProperty('--arrow', `${Math.max(16, Math.min(centre - left, width - 16))}px`);
    note.classList.toggle('is-above', above);
  }

  function show(note: HTMLElement, ref: HTMLElement): void {
    close(false);
    // `source` ties the popover to its reference: Tab order continues after the reference (where supported).
    (note.showPopover as (options?: { source?: HTMLElement }) => void)({ source: ref });
    place(note, ref);
    ref.setAttribute('aria-expanded', 'true');
    open = { note, ref };
    light(ref.dataset.note ? [ref.dataset.note] : []);
    note.focus({ preventScroll: true });
  }

  function close(returnFocus: boolean): void {
    if (!open) return;
    const { note, ref } = open;
    open = null;
    if (note.matches(':popover-open')) note.hidePopover();
    note.removeAttribute('style');
    note.classList.remove('is-above');
    ref.setAttribute('aria-expanded', 'false');
    light([]);
    if (returnFocus) ref.focus();
  }

  // Highlights a note together with every mark and reference of the same annotations.
  let lit: Element[] = [];
  function light(ids: string[]): void {
    for (const el of lit) {
      el.classList.remove(classes.active);
      (el as HTMLElement).style.removeProperty('translate');
    }
    lit = ids.flatMap((id) => [
      ...body.querySelectorAll(`${select.marksOf(id)}, ${select.refOf(id)}`),
      ...(noteFor(id) ? [noteFor(id)!] : []),
    ]);
    for (const el of lit) el.classList.add(classes.active);
    // Sidenotes open in full over their neighbours; two open at once must not cover each other.
    if (!body.classList.contains(classes.sidenotesPlaced)) return;
    let below = -Infinity;
    for (const note of body.querySelectorAll<HTMLElement>(`${select.anyNote}.${classes.active}`)) {
      const r = note.getBoundingClientRect();
      const push = Math.max(0, below + GAP - r.top);
      if (push) note.style.translate = `0 ${push}px`;
      below = r.bottom + push;
    }
  }

  function idsAt(target: EventTarget | null): string[] {
    const el = target instanceof Element ? target.closest(`${select.anyMark}, ${select.anyRef}, ${select.anyNote}`) : null;
    if (!el || !body.contains(el)) return [];
    const listed = el.getAttribute(data.claims) ?? el.getAttribute(data.note) ?? el.getAttribute(data.noteFor) ?? '';
    return listed.split(' ').filter(Boolean);
  }

  body.addEventListener('click', (event) => {
    const target = event.target as Element;
    const ref = target.closest<HTMLElement>(select.anyRef);
    const note = noteFor(ref?.dataset.note);
    if (ref && note) {
      event.preventDefault();
      if (note.popover) {
        if (open?.ref === ref) close(true);
        else show(note, ref);
      } else {
        // Wide screens: the note is already beside the text; bring it into view instead of jumping.
        cameFrom = ref;
        note.scrollIntoView({ block: 'nearest' });
        note.focus({ preventScroll: true });
        light(idsAt(ref));
      }
      return;
    }
    // In a popover the number leads back to the text, which is right under it: just close.
    if (open && target.closest(`.${classes.noteNumber}`) && open.note.contains(target)) {
      event.preventDefault();
      close(true);
    }
  });

  document.addEventListener('pointerdown', (event) => {
    const target = event.target as Node;
    if (open && !open.note.contains(target) && !open.ref.contains(target)) close(false);
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    if (open) {
      event.preventDefault();
      close(true);
    } else if (cameFrom && document.activeElement?.closest(select.anyNote) === noteFor(cameFrom.dataset.note)) {
      cameFrom.focus();
      cameFrom = null;
    } else {
      // Closes a sidenote opened by hover without moving the pointer (WCAG 1.4.13).
      light([]);
    }
  });

  // Focus moving to something outside the popover (Tab past its end) dismisses it.
  document.addEventListener('focusout', (event) => {
    const to = event.relatedTarget as Node | null;
    if (open && to && !open.note.contains(to) && to !== open.ref) close(false);
  });

  body.addEventListener('pointerover', (event) => {
    if (!open) light(idsAt(event.target));
  });
  body.addEventListener('pointerleave', () => {
    if (!open) light([]);
  });
  body.addEventListener('focusin', (event) => {
    if (!open) light(idsAt(event.target));
  });

  addEventListener('resize', () => {
    if (open) place(open.note, open.ref);
  });

  /*
   * Wide screens without the script stack a paragraph's notes beside it and let the paragraph grow.
   * With it, each sidenote shows its first lines level with its mark and may hang beside the next
   * paragraphs or figures, pushed down past the notes above it (after Gwern.net's sidenotes); it
   * opens in full, over its neighbours, while its annotation is hovered or focused.
   */
  function layout(): void {
    body.classList.remove(classes.sidenotesPlaced);
    body.style.removeProperty('padding-bottom');
    for (const el of body.querySelectorAll<HTMLElement>(`.${classes.passage}, ${select.anyNote}`)) {
      el.style.removeProperty('padding-top');
      el.style.removeProperty('top');
    }
    if (!wide.matches) return;
    body.classList.add(classes.sidenotesPlaced);
    // Read every position first, then write, so the page is laid out once.
    const y = (el: Element) => el.getBoundingClientRect().top + scrollY;
    const passages = [...body.querySelectorAll<HTMLElement>(select.passagesWithNotes)].map((passage) => ({
      passage,
      top: y(passage.querySelector(`.${classes.notes}`)!),
      notes: [...passage.querySelectorAll<HTMLElement>(select.anyNote)].map((note) => ({
        note,
        height: note.offsetHeight,
        clamped: note.scrollHeight > note.clientHeight + 1,
        want: y(document.getElementById(ids.claim(note.dataset.noteFor ?? '')) ?? passage) - 3,
      })),
    }));
    const end = body.getBoundingClientRect().bottom + scrollY;
    let shift = 0;
    let bottom = -Infinity;
    for (const { passage, top, notes } of passages) {
      // Notes pushed too far by the ones above move their paragraph down instead.
      const excess = Math.max(0, bottom + GAP - DRIFT - notes[0]!.want - shift);
      if (excess > 0) passage.style.paddingTop = `${excess}px`;
      shift += excess;
      for (const { note, height, want, clamped } of notes) {
        const at = Math.max(want + shift, bottom + GAP);
        note.style.top = `${at - top - shift}px`;
        note.classList.toggle('is-clamped', clamped);
        bottom = at + height;
      }
    }
    if (bottom > end + shift) body.style.paddingBottom = `${bottom - end - shift}px`;
  }

  let queued = false;
  new ResizeObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      layout();
    });
  }).observe(body);

  // A shared #note-… address opens that note where notes are popovers.
  const openFromHash = () => {
    const id = /^#note-([a-z0-9-]+)$/.exec(location.hash)?.[1];
    const note = noteFor(id);
    const ref = (id ? body.querySelector<HTMLElement>(select.refOf(id)) : null);
    if (note?.popover && ref) {
      ref.scrollIntoView({ block: 'center' });
      show(note, ref);
    }
  };

  wide.addEventListener('change', () => {
    setMode();
    layout();
  });
  addEventListener('hashchange', openFromHash);
  setMode();
  openFromHash();
}
