// The reader's controls: which annotations to show and whether to highlight them, remembered on every article.

import { claimsOfMark, classes, data, fields, ids, select, storageKey } from '../../lib/dom.ts';
import type { ArticlePage } from './page.ts';

interface Choice {
  /** Categories (`verdict-<verdict>`, `kind-<kind>`) whose annotations are hidden. */
  hidden: string[];
  highlights: boolean;
}

const EVERYTHING: Choice = { hidden: [], highlights: true };

// Storage can be full, forbidden or hold something older; none of it may stop the page.
function load(): Choice {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Partial<Choice> | null;
    return {
      hidden: Array.isArray(stored?.hidden) ? stored.hidden.filter((c): c is string => typeof c === 'string') : [],
      highlights: stored?.highlights !== false,
    };
  } catch {
    return EVERYTHING;
  }
}

function save(choice: Choice): void {
  try {
    if (choice.hidden.length === 0 && choice.highlights) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, JSON.stringify(choice));
  } catch {
    // The choice then holds for this page only.
  }
}

/** Applies the stored choice at once (the script runs before the first paint), then follows the form; `changed` relays it. */
export function readerControls(page: ArticlePage, changed: () => void): void {
  const form = document.getElementById(ids.readingFilter) as HTMLFormElement | null;
  const status = document.querySelector(`.${classes.filterStatus}`);
  const everyCategory = (form?.getAttribute(data.categories) ?? '').split(' ').filter(Boolean);
  // The form is written by the page and never changes: its fields are found once.
  const categoryBoxes = [...(form?.querySelectorAll<HTMLInputElement>(`input[name="${fields.show}"]`) ?? [])];
  const highlightsBox = form?.querySelector<HTMLInputElement>(`input[name="${fields.highlights}"]`) ?? null;
  const said = form?.querySelector(`.${classes.filterCount}`) ?? null;
  let choice = load();

  function apply(): void {
    const hidden = new Set(choice.hidden);
    const off = new Set<string>();
    const notes = page.notes();
    for (const note of notes) {
      const out = hidden.has(note.getAttribute(data.category) ?? '');
      note.classList.toggle(classes.filtered, out);
      if (out) off.add(note.getAttribute(data.noteFor) ?? '');
    }
    for (const ref of page.refs()) ref.classList.toggle(classes.filtered, off.has(ref.getAttribute(data.note) ?? ''));
    for (const mark of page.body.querySelectorAll(select.anyMark)) {
      const listed = claimsOfMark(mark.getAttribute(data.claims));
      mark.classList.toggle(classes.filtered, listed.length > 0 && listed.every((id) => off.has(id)));
    }
    page.body.classList.toggle(classes.highlightsOff, !choice.highlights);

    const total = notes.length;
    const shown = total - off.size;
    const short = [off.size > 0 ? `${off.size} of ${total} hidden` : '', choice.highlights ? '' : 'highlighting off'].filter(Boolean);
    if (status) status.textContent = short.length ? ` · ${short.join(' · ')}` : '';
    if (said) {
      const what = off.size > 0 ? `Showing ${shown} of ${total} annotations: your filter hides ${off.size}.` : `Showing all ${total} annotations.`;
      said.textContent = choice.highlights ? what : `${what} Highlighting is off.`;
    }
    for (const box of categoryBoxes) box.checked = !hidden.has(box.value);
    if (highlightsBox) highlightsBox.checked = choice.highlights;
  }

  function show(next: Choice): void {
    choice = next;
    apply();
    changed();
  }

  function choose(next: Choice): void {
    save(next);
    show(next);
  }

  apply();
  if (!form) return;
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', () => {
    const here = new Set(categoryBoxes.map((box) => box.value));
    // Categories this article lacks keep the place the reader gave them on another page.
    const hidden = [...choice.hidden.filter((c) => !here.has(c)), ...categoryBoxes.filter((box) => !box.checked).map((box) => box.value)];
    const highlights = highlightsBox?.checked ?? true;
    choose({ hidden, highlights });
  });
  form.addEventListener('click', (event) => {
    const preset = (event.target as Element).closest('button')?.getAttribute(data.preset);
    if (preset === null || preset === undefined) return;
    const keep = new Set(preset.split(' ').filter(Boolean));
    choose({ ...choice, hidden: keep.size === 0 ? [] : everyCategory.filter((c) => !keep.has(c)) });
  });
  // Another tab changed the choice: this page follows.
  addEventListener('storage', (event) => {
    if (event.key === storageKey) show(load());
  });
}
