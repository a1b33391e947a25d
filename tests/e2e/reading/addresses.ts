// A shared address, /articles/<slug>/#claim-<id> or #note-<id>, brings the annotation into view and shows its note.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ids } from '../../../src/lib/dom.ts';
import { summaryShown } from './keyboard.ts';
import { annotationsOf, data, popoverOpen, select, WIDE, WIDTHS, type Reading } from './context.ts';

/** Whether some mark of the annotation is in the window. */
function markInWindow(page: Page, id: string): Promise<boolean> {
  return page.evaluate((selector) => {
    return [...document.querySelectorAll(selector)].some((mark) => {
      const r = mark.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
    });
  }, select.marksOf(id));
}

/** The first and last annotations, and one nested in or overlapping another, by number. */
async function someAnnotations(page: Page): Promise<string[]> {
  const all = await annotationsOf(page);
  const shared = await page.evaluate(
    ({ anyMark, claims }) => [...document.querySelectorAll(anyMark)].find((m) => m.getAttribute(claims)!.includes(' '))?.getAttribute(claims)!.split(' ').at(-1),
    { anyMark: select.anyMark, claims: data.claims },
  );
  return [...new Set([all[0]!.id, ...(shared ? [shared] : []), all.at(-1)!.id])];
}

export function addressTests(reading: Reading): void {
  describe.each(WIDTHS)('a shared address at %i px', (width) => {
    test.each(['claim', 'note'] as const)('#%s-<id> with JavaScript scrolls to the annotation and shows its note', async (kind) => {
      const chosen = await someAnnotations(await reading.open(width));
      for (const id of chosen) {
        const page = await reading.open(width, { hash: `#${kind === 'claim' ? ids.claim(id) : ids.note(id)}` });
        await expect.poll(() => summaryShown(page, id), { message: `${id}: its note's summary is in the window` }).toBe(true);
        expect(await markInWindow(page, id), `${id}: its words are in the window`).toBe(true);
        if (width < WIDE) expect(await popoverOpen(page, id), id).toBe(true);
      }
    });

    test('without JavaScript, #note-<id> shows the note and #claim-<id> lands on its words', async () => {
      const chosen = await someAnnotations(await reading.open(width, { javaScriptEnabled: false }));
      for (const id of chosen) {
        let page = await reading.open(width, { javaScriptEnabled: false, hash: `#${ids.note(id)}` });
        expect(await summaryShown(page, id), `${id}: note`).toBe(true);
        page = await reading.open(width, { javaScriptEnabled: false, hash: `#${ids.claim(id)}` });
        expect(await markInWindow(page, id), `${id}: words`).toBe(true);
      }
    });
  });
}
