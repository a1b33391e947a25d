// An open popover stays under its number whatever moves the text, and closes rather than float once its number is far away.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/build.ts';
import { settle } from '../../helpers/browser.ts';
import { boxOf, classes, data, focused, popoverOpen, select, type Reading } from './context.ts';

const FONT = readFileSync(join(PROJECT_ROOT, 'node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2')).toString('base64');
const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><rect width="640" height="480" fill="#8ab"/></svg>';

/** Where the open note sits against its number: touching its line, spanning it, inside the window's width. */
async function placement(page: Page, id: string): Promise<{ open: boolean; gap: number; spans: boolean; inside: boolean }> {
  const [ref, note] = [await boxOf(page, select.refOf(id)), await boxOf(page, select.noteOf(id))];
  const open = await popoverOpen(page, id);
  if (!ref || !note) return { open, gap: Infinity, spans: false, inside: false };
  const gap = Math.min(Math.abs(note.top - ref.bottom), Math.abs(ref.top - note.bottom));
  return { open, gap, spans: note.right > ref.left && note.left < ref.right, inside: note.left >= 0 && note.right <= page.viewportSize()!.width };
}

async function expectUnderItsNumber(page: Page, id: string, after: string): Promise<void> {
  await settle(page);
  const where = await placement(page, id);
  expect(where.open, `open after ${after}`).toBe(true);
  expect(where.gap, `touches the line of its number after ${after}`).toBeLessThan(12);
  expect(where.spans, `spans its number after ${after}`).toBe(true);
  expect(where.inside, `inside the window after ${after}`).toBe(true);
}

/** The first number after every <details> and image of the text: all of them can move it. */
function numberBelowEverything(page: Page): Promise<string> {
  return page.evaluate(
    ({ body, anyRef, note }) => {
      const movers = [...document.querySelectorAll(`${body} details, ${body} img`)];
      const last = movers.at(-1);
      const refs = [...document.querySelectorAll(`${body} ${anyRef}`)];
      const after = refs.find((ref) => !last || last.compareDocumentPosition(ref) & Node.DOCUMENT_POSITION_FOLLOWING);
      return (after ?? refs.at(-1))!.getAttribute(note)!;
    },
    { body: `.${classes.articleBody}`, anyRef: select.anyRef, note: data.note },
  );
}

export function stabilityTests(reading: Reading, { image }: { image?: string } = {}): void {
  describe.each([
    { width: 375, height: 720 },
    { width: 1024, height: 768 },
  ])('an open note at $width px', ({ width, height }) => {
    test('opened as soon as the page allows, it stays under its number while images and fonts arrive, a <details> opens and the device turns', async () => {
      let release = () => {};
      const arrived = new Promise<void>((resolve) => (release = resolve));
      const page = await reading.open(width, {
        height,
        wait: 'document',
        before: async (page) => {
          if (image) await page.route(`**${image}`, async (route) => {
            await arrived;
            await route.fulfill({ body: PICTURE, contentType: 'image/svg+xml' });
          });
        },
      });
      await page.waitForSelector(`.${classes.articleBody}.${classes.marksOpen}`);
      const id = await numberBelowEverything(page);
      await page.locator(select.refOf(id)).click();
      await expectUnderItsNumber(page, id, 'opening');

      if (image) {
        release();
        await page.waitForFunction((src) => [...document.images].some((img) => img.src.endsWith(src) && img.complete && img.naturalHeight > 0), image);
        await expectUnderItsNumber(page, id, 'an image above it loaded');
      }

      // A disclosure above opens without the reader touching the page: a script, find in page.
      await page.evaluate((body) => {
        for (const details of document.querySelectorAll<HTMLDetailsElement>(`${body} details`)) details.open = true;
      }, `.${classes.articleBody}`);
      await expectUnderItsNumber(page, id, 'a <details> above it opened');

      await page.evaluate(async ({ font, body }) => {
        const face = new FontFace('Late Serif', Uint8Array.from(atob(font), (c) => c.charCodeAt(0)));
        document.fonts.add(await face.load());
        document.querySelector<HTMLElement>(body)!.style.fontFamily = '"Late Serif", serif';
      }, { font: FONT, body: `.${classes.articleBody}` });
      await expectUnderItsNumber(page, id, 'a web font arrived');

      await page.setViewportSize({ width: height, height: width });
      await expectUnderItsNumber(page, id, 'a rotation');
      await page.setViewportSize({ width, height });
      await expectUnderItsNumber(page, id, 'turning back');
    });

    test('it scrolls with its number, and closes once the number is a window away, focus back on the number', async () => {
      const page = await reading.open(width, { height });
      const id = await numberBelowEverything(page);
      await page.locator(select.refOf(id)).focus();
      await page.keyboard.press('Enter');
      await expectUnderItsNumber(page, id, 'opening');
      await page.mouse.wheel(0, 120);
      await expectUnderItsNumber(page, id, 'a short scroll');
      // To whichever end of the page is further from the number.
      const away = await page.locator(select.refOf(id)).evaluate((ref) => {
        const y = ref.getBoundingClientRect().top + scrollY;
        const end = y > document.documentElement.scrollHeight / 2 ? 0 : document.documentElement.scrollHeight;
        scrollTo(0, end);
        return Math.abs(ref.getBoundingClientRect().top) / innerHeight;
      });
      expect(away, 'the page is long enough to take the number two windows away').toBeGreaterThan(2);
      await expect.poll(() => popoverOpen(page, id)).toBe(false);
      const scrolled = await page.evaluate(() => scrollY);
      expect(await focused(page)).toBe(`ref:${id}`);
      expect(await page.evaluate(() => scrollY), 'giving focus back does not scroll the page').toBe(scrolled);
    });
  });
}
