// The reader's controls: a legend, a filter that says what it hides, a highlighting switch; the choice is remembered.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { fields, ids, storageKey } from '../../../src/lib/dom.ts';
import { annotationsOf, classes, data, popoverOpen, select, type PageAnnotation, type Reading } from './context.ts';

/** The order of the counts and the legend: the verdict scale, then corrections, then context notes. */
const ORDER = ['supported', 'mostly-supported', 'mixed', 'misleading', 'contradicted', 'unverifiable'].map((v) => `verdict-${v}`).concat('kind-correction', 'kind-note');

// Highlights fade in and out; a reader who asks for reduced motion gets them at once, and so do these checks.
const STILL = { reducedMotion: 'reduce' } as const;

async function openControls(page: Page): Promise<void> {
  await page.locator(`.${classes.readingControls} summary`).click();
}

/** For each annotation: is its number shown, and is any of its marks still highlighted? */
function shown(page: Page): Promise<Record<string, { ref: boolean; highlighted: boolean }>> {
  return page.evaluate(
    ({ anyRef, anyMark, note, claims, body }) => {
      // The reader opens the article's <details>, whose words would be out of sight either way.
      for (const details of document.querySelectorAll<HTMLDetailsElement>(`${body} details`)) details.open = true;
      const result: Record<string, { ref: boolean; highlighted: boolean }> = {};
      for (const ref of document.querySelectorAll(anyRef)) result[ref.getAttribute(note)!] = { ref: ref.checkVisibility({ visibilityProperty: true }), highlighted: false };
      for (const mark of document.querySelectorAll(anyMark)) {
        const lit = getComputedStyle(mark).backgroundColor !== 'rgba(0, 0, 0, 0)';
        for (const id of mark.getAttribute(claims)!.split(' ')) if (lit && result[id]) result[id].highlighted = true;
      }
      return result;
    },
    { anyRef: select.anyRef, anyMark: select.anyMark, note: data.note, claims: data.claims, body: `.${classes.articleBody}` },
  );
}

/** Checks that exactly the annotations `kept` are shown, numbers and highlights, and that the page says how many it hides. */
async function expectOnly(page: Page, annotations: PageAnnotation[], kept: (a: PageAnnotation) => boolean): Promise<void> {
  const state = await shown(page);
  const hidden = annotations.filter((a) => !kept(a));
  for (const a of annotations) {
    expect(state[a.id]!.ref, `${a.id} (${a.category}) number`).toBe(kept(a));
    // A stretch shared with a kept annotation stays highlighted for that one.
    if (kept(a)) expect(state[a.id]!.highlighted, `${a.id} highlighted`).toBe(true);
  }
  const status = await page.locator(`.${classes.filterStatus}`).textContent();
  expect(status).toBe(hidden.length > 0 ? ` · ${hidden.length} of ${annotations.length} hidden` : '');
  if (hidden.length > 0) expect(await page.locator(`.${classes.filterCount}`).textContent()).toContain(`your filter hides ${hidden.length}`);
}

export function controlsTests(reading: Reading): void {
  describe.each([375, 1440])('the reader\'s controls at %i px', (width) => {
    test('a legend names each verdict and kind the article uses, with what it means', async () => {
      const page = await reading.open(width, STILL);
      const used = new Set((await annotationsOf(page)).map((a) => a.category));
      await openControls(page);
      const legend = page.locator(`.${classes.readingControls} dl`);
      expect(await legend.isVisible()).toBe(true);
      const tones = await legend.locator(`.${classes.badge}`).evaluateAll((badges) => badges.map((b) => [...b.classList].find((c) => /^(verdict|kind)-/.test(c))!));
      expect(tones).toEqual(ORDER.filter((tone) => used.has(tone)));
      for (const dd of await legend.locator('dd').allTextContents()) expect(dd.length).toBeGreaterThan(20);
    });

    test('"Only corrections" hides every other annotation\'s number, note and highlight, and says how many; so does every other choice offered', async () => {
      const page = await reading.open(width, STILL);
      const annotations = await annotationsOf(page);
      await openControls(page);
      await page.getByRole('button', { name: 'Only corrections' }).click();
      await expectOnly(page, annotations, (a) => a.category === 'kind-correction');
      // What is hidden is out of the way of the keyboard too, and its note does not open.
      const other = annotations.find((a) => a.category !== 'kind-correction')!;
      expect(await page.locator(select.noteOf(other.id)).isVisible()).toBe(false);
      const presets = page.locator(`#${ids.readingFilter} [${data.preset}]`);
      const offered = await presets.evaluateAll((buttons, preset) => buttons.map((b) => b.getAttribute(preset)!), data.preset);
      // Only the choices the article has something for: "all", corrections, and contradicted or misleading claims if any.
      expect(offered[0]).toBe('');
      for (const [i, keep] of offered.entries()) {
        await presets.nth(i).click();
        await expectOnly(page, annotations, (a) => keep === '' || keep.split(' ').includes(a.category));
      }
    });

    test('a category unticked stays hidden after a reload; the choice is stored, and "All annotations" forgets it', async () => {
      const page = await reading.open(width, STILL);
      const annotations = await annotationsOf(page);
      const dropped = annotations[0]!.category;
      await openControls(page);
      await page.locator(`#${ids.readingFilter} input[name="${fields.show}"][value="${dropped}"]`).uncheck();
      await expectOnly(page, annotations, (a) => a.category !== dropped);
      await page.reload();
      await expectOnly(page, annotations, (a) => a.category !== dropped);
      expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toContain(dropped);
      await openControls(page);
      expect(await page.locator(`#${ids.readingFilter} input[value="${dropped}"]`).isChecked()).toBe(false);
      await page.getByRole('button', { name: 'All annotations' }).click();
      await expectOnly(page, annotations, () => true);
      expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBe(null);
    });

    test('highlighting off leaves the words plain, the numbers still open their notes, and it is remembered', async () => {
      const page = await reading.open(width, STILL);
      const annotations = await annotationsOf(page);
      await openControls(page);
      await page.getByLabel('Highlight annotated words').uncheck();
      let state = await shown(page);
      for (const a of annotations) {
        expect(state[a.id]!.highlighted, `${a.id} plain`).toBe(false);
        expect(state[a.id]!.ref, `${a.id} number`).toBe(true);
      }
      expect(await page.locator(`.${classes.filterStatus}`).textContent()).toBe(' · highlighting off');
      // Out of the way, so that the pointer resting on words after the reload does not light them.
      await page.mouse.move(0, 0);
      await page.reload();
      state = await shown(page);
      expect(Object.values(state).every((s) => !s.highlighted)).toBe(true);
      const { id } = annotations.at(-1)!;
      await page.locator(select.refOf(id)).click();
      if (width < 1100) await expect.poll(() => popoverOpen(page, id)).toBe(true);
      // The note being read lights its own words, highlighting off or not.
      expect((await shown(page))[id]!.highlighted).toBe(true);
    });
  });

  test('without JavaScript the legend is there, and no control that could not work is offered', async () => {
    const page = await reading.open(375, { javaScriptEnabled: false });
    await openControls(page);
    expect(await page.locator(`.${classes.readingControls} dl`).isVisible()).toBe(true);
    expect(await page.locator(`#${ids.readingFilter}`).isVisible()).toBe(false);
    expect(await page.getByText('Filtering needs JavaScript').isVisible()).toBe(true);
  });
}
