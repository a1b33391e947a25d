// Keyboard: every annotation is reached with Tab from its number, in reading order; Enter shows its note; Escape goes back.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { annotationsOf, classes, data, focused, popoverOpen, refOrder, select, WIDE, WIDTHS, type Reading } from './context.ts';

const MODES = WIDTHS.flatMap((width) => [
  { width, javaScript: true, how: 'with JavaScript' },
  { width, javaScript: false, how: 'without JavaScript' },
]);

/** Whether the summary of an annotation's note is on screen and on top: in the window, and what a click there would hit. */
export function summaryShown(page: Page, id: string): Promise<boolean> {
  return page.evaluate(
    ({ noteOf, summary }) => {
      const note = document.querySelector(noteOf);
      const text = note?.querySelector(summary);
      if (!note || !text?.checkVisibility()) return false;
      const r = text.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > document.documentElement.clientWidth) return false;
      const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 40), r.top + Math.min(r.height / 2, 8));
      return hit !== null && note.contains(hit);
    },
    { noteOf: select.noteOf(id), summary: `.${classes.noteSummary}` },
  );
}

/** Presses Tab from the top of the page until focus leaves the article text; returns each stop in it. */
async function tabThroughArticle(page: Page): Promise<string[]> {
  const stops: string[] = [];
  let inside = false;
  for (let presses = 0; presses < 5000; presses++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(
      ({ body, anyRef, anyMark, note }) => {
        const el = document.activeElement!;
        const within = el.closest(body) !== null;
        const what = el.matches(anyRef) ? `ref:${el.getAttribute(note)}` : el.matches(anyMark) ? 'mark' : el.tagName.toLowerCase();
        const closed = el.matches('summary') && !(el.parentElement as HTMLDetailsElement).open;
        return { within, what, closed };
      },
      { body: `.${classes.articleBody}`, anyRef: select.anyRef, anyMark: select.anyMark, note: data.note },
    );
    if (stop.within) {
      inside = true;
      stops.push(stop.what);
      // A reader opens a <details> on the way to read what it holds, annotations included.
      if (stop.closed) await page.keyboard.press('Enter');
    } else if (inside) return stops;
  }
  throw new Error('Tab never left the article text');
}

export function keyboardTests(reading: Reading): void {
  describe.each(MODES)('keyboard at $width px $how', ({ width, javaScript }) => {
    test('Tab reaches every annotation through its number, in reading order, and never stops on a mark', async () => {
      const page = await reading.open(width, { javaScriptEnabled: javaScript });
      const expected = await refOrder(page);
      expect(new Set(expected).size, 'one number per annotation').toBe((await annotationsOf(page)).length);
      const stops = await tabThroughArticle(page);
      expect(stops.filter((s) => s.startsWith('ref:')).map((s) => s.slice(4))).toEqual(expected);
      expect(stops).not.toContain('mark');
    });

    test('Enter on each number shows its note with the summary in the window' + (javaScript ? '; Escape closes it and focus returns to the number' : ''), async () => {
      const page = await reading.open(width, { javaScriptEnabled: javaScript });
      for (const { id } of await annotationsOf(page)) {
        // A number inside a closed <details> is reached once the reader has opened it.
        await page.locator(select.refOf(id)).evaluate((ref) => ref.closest('details')?.setAttribute('open', ''));
        await page.locator(select.refOf(id)).focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => summaryShown(page, id), { message: `${id}: summary shown`, timeout: 2000 }).toBe(true);
        if (!javaScript) {
          // The number is a link to the note, which the page shows beside or under its paragraph.
          expect(new URL(page.url()).hash).toBe(`#note-${id}`);
          continue;
        }
        if (width < WIDE) expect(await popoverOpen(page, id), id).toBe(true);
        await page.keyboard.press('Escape');
        expect(await focused(page), id).toBe(`ref:${id}`);
        if (width < WIDE) expect(await popoverOpen(page, id), `${id} closed`).toBe(false);
        else expect(await page.locator(select.noteOf(id)).getAttribute('class'), `${id} back to its first lines`).not.toContain(classes.active);
        expect(new URL(page.url()).hash, 'nothing navigated').toBe('');
      }
    });
  });
}
