// Where the notes sit, with and without JavaScript, at wide and narrow widths; no sideways scrolling; screenshots.
import { mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { classes, select } from '../../src/lib/dom.ts';
import { launchBrowser, settle, startFixtureSite, type FixtureSite } from '../helpers/browser.ts';

const ARTICLE = 'articles/harbour-bridge-budget/';
const SHOTS = join(tmpdir(), 'annotated-news-e2e');

let site: FixtureSite;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([startFixtureSite(), launchBrowser()]);
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, width: number, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(site.url + path);
  // The script places sidenotes on the frame after the page's first layout; measure once it has.
  if (javaScriptEnabled) await settle(page);
  return page;
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

interface NoteGeometry {
  id: string;
  note: Box;
  text: Box;
  passage: Box;
  mark: Box;
  visible: boolean;
}

/** Every note with the boxes of its passage text and of the place its annotation starts. */
function geometry(page: Page): Promise<NoteGeometry[]> {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
    };
    return [...document.querySelectorAll<HTMLElement>('.passage .note')].map((note) => {
      const passage = note.closest('.passage')!;
      const id = note.dataset.noteFor!;
      const start = document.getElementById(`claim-${id}`)!;
      return {
        id,
        note: box(note),
        text: box(passage.querySelector('.passage-text')!),
        passage: box(passage),
        mark: box(start.closest('mark') ?? start),
        visible: note.checkVisibility(),
      };
    });
  });
}

async function noHorizontalOverflow(page: Page): Promise<void> {
  const [scrollWidth, windowWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${windowWidth}px window`).toBeLessThanOrEqual(windowWidth!);
}

describe('wide screen (1280px), with JavaScript', () => {
  test('each sidenote sits in the margin, right of its paragraph, level with its mark', async () => {
    const page = await open(ARTICLE, 1280);
    expect(await page.locator('.article-body').getAttribute('class')).toContain('sidenotes-placed');
    const notes = await geometry(page);
    expect(notes.length).toBe(9);
    let previousBottom = -Infinity;
    for (const { id, note, text, mark, visible } of notes) {
      expect(visible, id).toBe(true);
      expect(note.left, `${id} starts right of the text column`).toBeGreaterThanOrEqual(text.right + 16);
      expect(note.right, `${id} stays in the window`).toBeLessThanOrEqual(1280);
      // Level with the mark, or right under the note above when that one is in the way.
      expect(note.top, `${id} is not above its mark`).toBeGreaterThanOrEqual(mark.top - 8);
      expect(note.top, `${id} is as high as it can be`).toBeLessThanOrEqual(Math.max(mark.top, previousBottom + 12) + 8);
      expect(note.top - mark.top, `${id} is near its mark`).toBeLessThan(250);
      expect(note.top, `${id} does not overlap the note above`).toBeGreaterThanOrEqual(previousBottom);
      previousBottom = note.bottom;
    }
    // The last notes may hang below their paragraph, but never into the footer.
    const footerTop = await page.locator('.site-footer').evaluate((el) => el.getBoundingClientRect().top + scrollY);
    expect(previousBottom).toBeLessThanOrEqual(footerTop);
    await page.context().close();
  });

  test('marks and numbers light up their sidenote, and the sidenote its marks', async () => {
    const page = await open(ARTICLE, 1280);
    await page.locator('mark[data-claims="bridge-length"]').hover();
    await expect.poll(() => page.locator('#note-bridge-length').getAttribute('class')).toContain('is-active');
    await page.locator('#note-opening-year').hover();
    expect(await page.locator('#note-bridge-length').getAttribute('class')).not.toContain('is-active');
    expect(await page.locator('mark[data-claims="opening-year"]').getAttribute('class')).toContain('is-active');
    // An overlap lights every annotation it belongs to.
    await page.locator('#claim-budget-nested').hover();
    for (const id of ['budget-amount', 'budget-nested']) {
      expect(await page.locator(`#note-${id}`).getAttribute('class'), id).toContain('is-active');
    }
    await page.context().close();
  });

  test('a long sidenote shows its first lines and opens in full while hovered; Escape closes it', async () => {
    const page = await open(ARTICLE, 1280);
    const note = page.locator('#note-across-paragraphs');
    const size = () => note.evaluate((el) => ({ shown: el.getBoundingClientRect().height, full: el.scrollHeight, active: el.classList.contains('is-active') }));
    const clamped = await size();
    expect(clamped.shown, 'clamped to its first lines').toBeLessThan(clamped.full - 10);
    await page.locator('mark[data-claims="across-paragraphs"]').first().hover();
    await expect.poll(async () => (await size()).shown).toBeGreaterThanOrEqual(clamped.full);
    // The pointer can move from the mark onto the open note without closing it.
    const box = (await note.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 4, { steps: 10 });
    expect((await size()).active).toBe(true);
    expect((await size()).shown).toBeGreaterThanOrEqual(clamped.full);
    // Dismissible without moving the pointer.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await size()).shown).toBeLessThan(clamped.full - 10);
    await page.context().close();
  });

  test('two notes opened at once do not cover each other', async () => {
    const page = await open(ARTICLE, 1280);
    await page.locator('#claim-budget-nested').hover();
    const [a, b] = await page.evaluate(() => ['#note-budget-amount', '#note-budget-nested'].map((s) => document.querySelector(s)!.getBoundingClientRect().toJSON() as DOMRect));
    expect(b!.top).toBeGreaterThanOrEqual(a!.bottom);
    await page.context().close();
  });

  test('activating a number moves focus to its sidenote, Escape goes back', async () => {
    const page = await open(ARTICLE, 1280);
    const ref = page.locator('.note-ref[data-note="maintenance"]');
    await ref.focus();
    expect(await page.locator('#note-maintenance').getAttribute('class')).toContain('is-active');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('note-maintenance');
    // No jump: the address does not change and the sidenote is on screen.
    expect(new URL(page.url()).hash).toBe('');
    const inView = () =>
      page.locator('#note-maintenance').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
    await expect.poll(inView).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.note)).toBe('maintenance');
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  test('at 375px the note cards are visible under their paragraph', async () => {
    const page = await open(ARTICLE, 375, false);
    const notes = await geometry(page);
    expect(notes.length).toBe(9);
    for (const { id, note, text, visible } of notes) {
      expect(visible, id).toBe(true);
      expect(note.top, `${id} is under its paragraph`).toBeGreaterThanOrEqual(text.bottom);
      expect(note.left, id).toBeGreaterThanOrEqual(0);
      expect(note.right, id).toBeLessThanOrEqual(375);
    }
    await page.context().close();
  });

  test('at 1280px the notes are in the margin beside their paragraph', async () => {
    const page = await open(ARTICLE, 1280, false);
    const notes = await geometry(page);
    for (const { id, note, text, passage, visible } of notes) {
      expect(visible, id).toBe(true);
      expect(note.left, `${id} is right of the text`).toBeGreaterThanOrEqual(text.right + 16);
      expect(note.top, `${id} is beside its paragraph`).toBeGreaterThanOrEqual(passage.top);
      expect(note.bottom, `${id} is beside its paragraph`).toBeLessThanOrEqual(passage.bottom + 1);
    }
    await page.context().close();
  });

  test.each([
    ['a mark that carries the id', 'largest-project'],
    ['an anchor inside a mark (two annotations start at one place)', 'bridge-budget'],
  ])('following #claim-<id> lands on the mark: %s', async (_name, id) => {
    const page = await open(`${ARTICLE}#claim-${id}`, 375, false);
    const landing = await page.evaluate(() => {
      const target = document.querySelector(':target');
      const mark = target?.closest('mark');
      const r = mark?.getBoundingClientRect();
      return { isMark: Boolean(mark), top: r?.top ?? -1, bottom: r?.bottom ?? -1, scrolled: scrollY > 0 };
    });
    expect(landing.isMark).toBe(true);
    expect(landing.scrolled).toBe(true);
    expect(landing.top).toBeGreaterThanOrEqual(0);
    expect(landing.bottom).toBeLessThanOrEqual(200);
    await page.context().close();
  });
});

// axe exempts links inside text from target-size, so the 24 px minimum (WCAG 2.5.8) is measured here.
test.each([375, 1280])('at %ipx every reference number and note number is a target of at least 24 by 24 px', async (width) => {
  const page = await open(ARTICLE, width, false);
  const sizes = await page.evaluate(() =>
    [...document.querySelectorAll('.note-ref, .note-number')].map((el) => {
      const r = el.getBoundingClientRect();
      return { what: `${el.className} ${el.textContent}`, width: r.width, height: r.height };
    }),
  );
  expect(sizes.length).toBe(18);
  for (const { what, width, height } of sizes) {
    expect(width, what).toBeGreaterThanOrEqual(24);
    expect(height, what).toBeGreaterThanOrEqual(24);
  }
  await page.context().close();
});

test('the skip link is the first stop of the keyboard and appears when focused', async () => {
  const page = await open(ARTICLE, 375);
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => {
    const el = document.activeElement!;
    const r = el.getBoundingClientRect();
    return { className: el.className, top: r.top, bottom: r.bottom, outline: getComputedStyle(el).outlineStyle };
  });
  expect(skip.className).toBe('skip-link');
  expect(skip.top).toBeGreaterThanOrEqual(0);
  expect(skip.bottom).toBeLessThanOrEqual(900);
  expect(skip.outline).not.toBe('none');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  await page.context().close();
});

test.each([375, 1280])('printed after reading at %ipx with the script, the notes leave the text for numbered endnotes', async (width) => {
  const page = await open(ARTICLE, width);
  await page.locator(select.refOf('budget-amount')).click();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 760, height: 1000 });
  const notes = await geometry(page);
  expect(notes.length).toBe(9);
  for (const { id, visible } of notes) expect(visible, `${id} is not printed in the text`).toBe(false);
  const endnotes = await page.locator(`.${classes.endnote}`).evaluateAll((items) => items.map((li) => li.checkVisibility()));
  expect(endnotes).toEqual(Array(9).fill(true));
  await page.context().close();
});

describe('no sideways scrolling', () => {
  test.each([320, 1280])('at %ipx, on every kind of page', async (width) => {
    for (const path of ['', ARTICLE, `${ARTICLE}claims/budget-amount/`, `${ARTICLE}claims/across-paragraphs/`, 'sources/council-minutes/', 'claims/', 'verdicts/']) {
      const page = await open(path, width);
      await noHorizontalOverflow(page);
      await page.context().close();
    }
  });
});

test('screenshots of the article at 1280px and 375px', async () => {
  const shots: string[] = [];
  for (const width of [1280, 375]) {
    const page = await open(ARTICLE, width);
    const file = join(SHOTS, `article-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    shots.push(file);
    if (width === 375) {
      await page.locator('.note-ref[data-note="largest-project"]').click();
      const popover = join(SHOTS, 'article-375-popover.png');
      await page.screenshot({ path: popover });
      shots.push(popover);
    }
    await page.context().close();
  }
  for (const file of shots) expect(statSync(file).size).toBeGreaterThan(10_000);
});
