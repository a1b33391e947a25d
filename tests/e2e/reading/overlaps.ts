// Words that several annotations cover offer each of them when clicked or tapped; content shown on hover or focus follows WCAG 1.4.13.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ids } from '../../../src/lib/dom.ts';
import { summaryShown } from './keyboard.ts';
import { annotationsOf, boxOf, classes, clickWords, data, firstLine, focused, popoverOpen, select, WIDE, type Reading } from './context.ts';

/** The mark covered by the most annotations (the first such), outside any link, with the ids it lists. */
function busiestMark(page: Page): Promise<{ index: number; ids: string[] }> {
  return page.evaluate(
    ({ anyMark, claims }) => {
      const marks = [...document.querySelectorAll(anyMark)];
      let best = { index: -1, ids: [] as string[] };
      marks.forEach((mark, index) => {
        const listed = mark.getAttribute(claims)!.split(' ');
        if (!mark.closest('a') && listed.length > best.ids.length) best = { index, ids: listed };
      });
      return best;
    },
    { anyMark: select.anyMark, claims: data.claims },
  );
}

const chooser = (page: Page) => page.locator(`.${classes.chooser}`);
const chooserOpen = (page: Page) => page.evaluate((selector) => document.querySelector(selector)?.matches(':popover-open') ?? false, `.${classes.chooser}`);

export function overlapTests(reading: Reading): void {
  describe.each([375, 1440])('words that several annotations cover, at %i px', (width) => {
    test('clicking them offers each annotation, with its number, verdict and finding; choosing one shows its note', async () => {
      const page = await reading.open(width);
      const annotations = new Map((await annotationsOf(page)).map((a) => [a.id, a]));
      const { index, ids: listed } = await busiestMark(page);
      expect(listed.length, 'the article has words under several annotations').toBeGreaterThan(1);
      const mark = page.locator(select.anyMark).nth(index);
      await clickWords(page, mark);
      await expect.poll(() => chooserOpen(page)).toBe(true);
      expect(await page.getByRole('dialog', { name: `${listed.length} annotations cover these words` }).count()).toBe(1);
      const choices = chooser(page).locator(`[${data.choice}]`);
      expect(await choices.evaluateAll((buttons, choice) => buttons.map((b) => b.getAttribute(choice)), data.choice)).toEqual(listed);
      for (const [i, id] of listed.entries()) {
        const text = await choices.nth(i).textContent();
        const { number, label, summary } = annotations.get(id)!;
        expect(text, id).toContain(String(number));
        expect(text, id).toContain(label);
        expect(text, id).toContain(summary);
      }
      // The chooser sits against the words clicked, in the window.
      const [words, offer] = [await firstLine(mark), await boxOf(page, `.${classes.chooser}`)];
      expect(Math.min(Math.abs(offer!.top - words.y), Math.abs(words.y - offer!.bottom)), 'next to the line clicked').toBeLessThan(40);
      expect(offer!.left >= 0 && offer!.right <= width).toBe(true);

      // The keyboard works inside it: focus is on the first choice, Tab goes to the next, Enter takes it.
      expect(await page.evaluate((choice) => document.activeElement?.getAttribute(choice), data.choice)).toBe(listed[0]);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const chosen = listed[1]!;
      await expect.poll(() => chooserOpen(page)).toBe(false);
      await expect.poll(() => summaryShown(page, chosen)).toBe(true);
      if (width < WIDE) expect(await popoverOpen(page, chosen)).toBe(true);
      else expect(await focused(page)).toBe(`note:${chosen}`);
    });

    test('Escape or a click elsewhere closes the offer; the marks themselves never take focus', async () => {
      const page = await reading.open(width);
      const { index } = await busiestMark(page);
      const mark = page.locator(select.anyMark).nth(index);
      await clickWords(page, mark);
      await expect.poll(() => chooserOpen(page)).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => chooserOpen(page)).toBe(false);
      await clickWords(page, mark);
      await expect.poll(() => chooserOpen(page)).toBe(true);
      await page.locator('h1').click();
      await expect.poll(() => chooserOpen(page)).toBe(false);
      expect(await page.locator(`${select.anyMark}[tabindex]`).count()).toBe(0);
    });

    test('clicking words of a single annotation shows its note straight away', async () => {
      const page = await reading.open(width);
      const single = page.locator(`${select.anyMark}:not([${data.claims}*=" "])`).first();
      const id = (await single.getAttribute(data.claims))!;
      await clickWords(page, single);
      await expect.poll(() => summaryShown(page, id)).toBe(true);
      expect(await chooserOpen(page)).toBe(false);
    });
  });

  describe('content shown on hover or focus (WCAG 1.4.13)', () => {
    test.each([375, 1440])('at %i px: the pointer can move onto the note, which stays until dismissed with Escape', async (width) => {
      const page = await reading.open(width);
      const { id } = (await annotationsOf(page)).at(-1)!;
      const ref = page.locator(select.refOf(id));
      if (width < WIDE) await ref.click();
      else {
        const { x, y } = await firstLine(page.locator(select.marksOf(id)).first());
        await page.mouse.move(x, y);
      }
      const note = page.locator(select.noteOf(id));
      const shown = () => (width < WIDE ? popoverOpen(page, id) : note.evaluate((el, active) => el.classList.contains(active), classes.active));
      await expect.poll(shown).toBe(true);
      // Hoverable: the pointer travels onto the note, and the note never closes on the way.
      await note.evaluate((el, active) => {
        const watch = new MutationObserver(() => {
          if (!el.classList.contains(active) && !el.matches(':popover-open')) el.dataset.closed = 'yes';
        });
        watch.observe(el, { attributeFilter: ['class'] });
      }, classes.active);
      const box = (await note.boundingBox())!;
      const target = { x: box.x + box.width / 2, y: box.y + Math.min(box.height - 4, 30) };
      // Beside the text, the pointer goes down the gutter, crossing no other annotation's words or note.
      if (width >= WIDE) {
        const start = await firstLine(page.locator(select.marksOf(id)).first());
        await page.mouse.move(box.x - 8, start.y, { steps: 4 });
        await page.mouse.move(box.x - 8, target.y, { steps: 4 });
      }
      await page.mouse.move(target.x, target.y, { steps: 4 });
      expect(await note.getAttribute('data-closed'), 'closed on the way').toBe(null);
      // Persistent: nothing takes it away while the reader reads.
      await page.waitForTimeout(800);
      expect(await shown()).toBe(true);
      // Dismissible: Escape, without moving the pointer or focus.
      await page.keyboard.press('Escape');
      await expect.poll(shown).toBe(false);
    });

    test('the offer of several annotations stays while the pointer moves onto it, and Escape dismisses it', async () => {
      const page = await reading.open(375);
      const { index } = await busiestMark(page);
      await clickWords(page, page.locator(select.anyMark).nth(index));
      await expect.poll(() => chooserOpen(page)).toBe(true);
      const box = (await boxOf(page, `#${ids.chooserTitle}`))!;
      await page.mouse.move(box.left + 10, box.top + 5, { steps: 6 });
      await page.waitForTimeout(800);
      expect(await chooserOpen(page)).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => chooserOpen(page)).toBe(false);
    });
  });
}
